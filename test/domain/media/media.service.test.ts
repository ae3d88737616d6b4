import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { insertUser } from '../../../src/domain/accounts/users.queries.js';
import { findMediaByUrl, MediaError, readMediaVariant, storeImage, syncArticleMedia } from '../../../src/domain/media/media.service.js';
import { mediaUsage } from '../../../src/domain/media/media.queries.js';
import { parseMediaUrl } from '../../../src/domain/media/media-urls.js';
import { VariantCache } from '../../../src/domain/media/variant-cache.js';
import { describeEachDialect, type TestDatabase } from '../../helpers/db.js';
import { EXIF_ARTIST, gif, jpegWithExif, pngBomb, pngWithAlpha, svg, textPretendingToBeJpeg, webp } from './media-fixtures.js';

const NOW = '2026-12-03T10:00:00.000Z';

async function counts(db: TestDatabase): Promise<[number, number]> {
  const m = await db.db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const v = await db.db.selectFrom('media_variants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return [Number(m.n), Number(v.n)];
}

async function article(db: TestDatabase, title: string): Promise<number> {
  const row = await db.db
    .insertInto('articles')
    .values({ slug: `media-${Math.random().toString(36).slice(2, 10)}`, title, body_md: '', body_html: '', plain_text: '', created_at: NOW, updated_at: NOW })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describeEachDialect('media storage', (db) => {
  test('an upload is stored as WebP variants in the database, without its EXIF', async () => {
    const uploader = await insertUser(db().db, { email: `up-${Date.now()}@example.org`, name: 'Uploader', role: 'author', passwordHash: 'x' }, NOW);
    const data = await jpegWithExif(1800, 1200);
    const stored = await storeImage(db().db, { data, originalName: 'C:\\Users\\me\\harbour.jpg', uploadedBy: uploader, now: NOW, alt: '  The harbour  at dusk ' });
    assert.match(stored.url, /^\/media\/i\/[0-9a-f]{16}-1600x1067\/960\.webp$/);
    assert.deepEqual([stored.width, stored.height, stored.alt], [1600, 1067, 'The harbour at dusk']);
    assert.equal(stored.hash.slice(0, 16), parseMediaUrl(stored.url)?.hash);

    const row = await db().db.selectFrom('media').selectAll().where('id', '=', stored.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.original_name, row.source_format, Number(row.bytes), row.uploaded_by, row.kind], ['harbour.jpg', 'jpeg', data.length, uploader, 'image']);
    const variants = await db().db.selectFrom('media_variants').selectAll().where('media_id', '=', stored.id).orderBy('width').execute();
    assert.deepEqual(variants.map((v) => [v.name, v.content_type, v.width]), [['480.webp', 'image/webp', 480], ['960.webp', 'image/webp', 960], ['1600.webp', 'image/webp', 1600]]);
    for (const v of variants) {
      const bytes = Buffer.from(v.data);
      assert.equal(bytes.length, Number(v.bytes));
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.format, 'webp');
      assert.equal(meta.exif, undefined, `${v.name} has no EXIF`);
      assert.ok(!bytes.includes(Buffer.from(EXIF_ARTIST)));
    }
    const parts = parseMediaUrl(stored.url);
    assert.ok(parts);
    const served = await readMediaVariant(db().db, parts);
    assert.equal(served?.contentType, 'image/webp');
    assert.deepEqual(served?.data, Buffer.from(variants[1]?.data ?? []));
    assert.equal((await findMediaByUrl(db().db, stored.url))?.id, stored.id);
  });

  test('PNG, WebP and GIF are accepted', async () => {
    for (const [name, data] of [['a.png', await pngWithAlpha()], ['b.webp', await webp(700, 500, 9)], ['c.gif', await gif()]] as const) {
      const stored = await storeImage(db().db, { data, originalName: name, uploadedBy: null, now: NOW });
      assert.ok(stored.id > 0, name);
    }
  });

  test('the same file twice is the same row; a description given later fills an empty one', async () => {
    const data = await webp(640, 400, 21);
    const first = await storeImage(db().db, { data, originalName: 'first.webp', uploadedBy: null, now: NOW });
    const before = await counts(db());
    const again = await storeImage(db().db, { data: Buffer.from(data), originalName: 'renamed.webp', uploadedBy: null, now: NOW, alt: 'Described the second time' });
    assert.equal(again.id, first.id);
    assert.equal(again.url, first.url);
    assert.deepEqual(await counts(db()), before, 'nothing new written');
    const row = await db().db.selectFrom('media').select(['alt', 'original_name']).where('id', '=', first.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { alt: 'Described the second time', original_name: 'first.webp' });
    // Two uploads of one new file at once still make one row.
    const fresh = await webp(500, 300, 33);
    const [x, y] = await Promise.all([0, 1].map(() => storeImage(db().db, { data: fresh, originalName: 'race.webp', uploadedBy: null, now: NOW })));
    assert.equal(x?.id, y?.id);
    const variants = await db().db.selectFrom('media_variants').select('name').where('media_id', '=', x?.id ?? 0).execute();
    assert.equal(variants.length, 1);
  });

  test('refused files write nothing and say why, by the file field', async () => {
    const before = await counts(db());
    const cases: Array<[Buffer, RegExp]> = [
      [svg, /SVG images are not accepted/],
      [textPretendingToBeJpeg, /not an image we can read/],
      [Buffer.alloc(0), /empty/],
      [Buffer.alloc(10 * 1024 * 1024 + 1, 0xff), /larger than 10 MB/],
      [await pngBomb(), /more than the 50 megapixels/],
    ];
    for (const [data, message] of cases) {
      await assert.rejects(storeImage(db().db, { data, originalName: 'x.jpg', uploadedBy: null, now: NOW }), (err: unknown) => {
        assert.ok(err instanceof MediaError);
        assert.match(err.fields.file ?? '', message);
        return true;
      });
    }
    await assert.rejects(storeImage(db().db, { data: await gif(), originalName: 'x.gif', uploadedBy: null, now: NOW, alt: 'x'.repeat(301) }), (err: unknown) => {
      assert.ok(err instanceof MediaError);
      assert.match(err.fields.alt ?? '', /300 characters/);
      return true;
    });
    assert.deepEqual(await counts(db()), before);
  });

  test('storeImage joins a transaction it is given: a rollback takes the upload with it', async () => {
    const data = await webp(400, 300, 44);
    const before = await counts(db());
    await assert.rejects(
      db().db.transaction().execute(async (tx) => {
        const stored = await storeImage(tx, { data, originalName: 'in-tx.webp', uploadedBy: null, now: NOW });
        assert.ok(stored.id > 0);
        throw new Error('the caller changes its mind');
      }),
      /changes its mind/,
    );
    assert.deepEqual(await counts(db()), before);
  });

  test('syncArticleMedia records the images a body and a cover use, and forgets removed ones', async () => {
    const a = await storeImage(db().db, { data: await webp(1200, 800, 51), originalName: 'a.webp', uploadedBy: null, now: NOW });
    const b = await storeImage(db().db, { data: await webp(800, 600, 52), originalName: 'b.webp', uploadedBy: null, now: NOW });
    const c = await storeImage(db().db, { data: await webp(600, 600, 53), originalName: 'c.webp', uploadedBy: null, now: NOW });
    const id = await article(db(), 'Uses images');
    const body = `Intro.\n\n![A](${a.url})\n\nAgain ![A small](${a.url.replace('/960.webp', '/480.webp')}) and [B](https://journal.example${b.url}).\n\n![gone](/media/i/ffffffffffffffff-900x900/900.webp)`;
    await db().db.transaction().execute((tx) => syncArticleMedia(tx, id, body, c.url));
    const used = async () =>
      (await db().db.selectFrom('article_media').select('media_id').where('article_id', '=', id).orderBy('media_id').execute()).map((r) => r.media_id);
    assert.deepEqual(await used(), [a.id, b.id, c.id].sort((x, y) => x - y));
    const usage = await mediaUsage(db().db, [a.id]);
    assert.deepEqual(usage.map((u) => [u.kind, u.id, u.title]), [['article', id, 'Uses images']]);

    await syncArticleMedia(db().db, id, `Only B now: ![B](${b.url})`, null);
    assert.deepEqual(await used(), [b.id]);
    await syncArticleMedia(db().db, id, 'No images at all.', null);
    assert.deepEqual(await used(), []);
  });
});

test('the variant cache keeps the most recently used within its byte budget', () => {
  const cache = new VariantCache(100, 60);
  const v = (n: number) => ({ data: Buffer.alloc(n), contentType: 'image/webp' });
  cache.set('a', v(40));
  cache.set('b', v(40));
  assert.ok(cache.get('a'), 'a is now the most recent');
  cache.set('c', v(40)); // over budget: b, the least recently used, goes
  assert.equal(cache.get('b'), undefined);
  assert.ok(cache.get('a'));
  assert.ok(cache.get('c'));
  assert.equal(cache.totalBytes, 80);
  cache.set('huge', v(61));
  assert.equal(cache.get('huge'), undefined, 'an entry over the per-entry limit is not kept');
  cache.set('a', v(10));
  assert.equal(cache.totalBytes, 50, 'replacing an entry counts its new size only');
});
