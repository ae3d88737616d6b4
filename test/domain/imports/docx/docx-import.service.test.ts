import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { insertUser } from '../../../../src/domain/accounts/users.queries.js';
import { findAuthorByUserId } from '../../../../src/domain/authors/authors.js';
import type { DomainContext } from '../../../../src/domain/context.js';
import { importDocxDraft, titleFromFilename } from '../../../../src/domain/imports/docx/docx-import.service.js';
import { DocxError } from '../../../../src/domain/imports/docx/docx-to-markdown.js';
import { domainContext } from '../../../../src/runtime.js';
import { fixedClock } from '../../../../src/shared/clock.js';
import { describeEachDialect, type TestDatabase } from '../../../helpers/db.js';
import { makeAuthor } from '../../../helpers/factories.js';
import { pngBomb } from '../../media/media-fixtures.js';
import { bluePng, CONTENT_TYPES, docmFrom, imageDocx, libreOfficeDocx, plainDocx, richDocx, unzip, zip } from './docx-fixtures.js';

const NOW = '2026-12-03T10:00:00.000Z';

async function count(db: TestDatabase, table: 'articles' | 'media' | 'authors' | 'article_versions' | 'article_media'): Promise<number> {
  const row = await db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function counts(db: TestDatabase): Promise<number[]> {
  return Promise.all((['articles', 'media', 'authors', 'article_versions', 'article_media'] as const).map((t) => count(db, t)));
}

async function account(ctx: DomainContext, name = 'Morwenna Tregear'): Promise<{ id: number; name: string }> {
  const id = await insertUser(ctx.db, { email: `w-${randomBytes(4).toString('hex')}@example.org`, name, role: 'author', passwordHash: 'x' }, NOW);
  return { id, name };
}

describeEachDialect('importing a Word file as a draft', (db) => {
  const ctx = (): DomainContext => domainContext(db(), fixedClock(NOW));

  test('makes a draft owned by the account, bylined to a profile made from its name, with its picture stored', async () => {
    const user = await account(ctx());
    const mediaBefore = await count(db(), 'media');
    const { articleId, warnings } = await importDocxDraft(ctx(), { data: await richDocx(await bluePng()), filename: 'harbour.docx', ownerUserId: user.id, ownerName: user.name });
    const article = await db().db.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirstOrThrow();
    assert.equal(article.title, 'Tides of the Northern Harbour');
    assert.equal(article.status, 'draft');
    assert.equal(article.owner_user_id, user.id);
    assert.equal(article.dek, '');
    assert.equal(Number(article.footnote_count), 3);
    assert.doesNotMatch(article.body_md, /docx-image:/);
    const image = /!\[The tide gauge at dawn\]\((\/media\/i\/[0-9a-f]{16}-64x40\/[0-9]+\.webp)\)/.exec(article.body_md);
    assert.ok(image, article.body_md);
    assert.match(article.body_html, /<img[^>]+alt="The tide gauge at dawn"/);
    assert.doesNotMatch(article.body_html, /<script|javascript:/);

    const profile = await findAuthorByUserId(db().db, user.id);
    assert.equal(profile?.name, 'Morwenna Tregear');
    const byline = await db().db.selectFrom('article_authors').select('author_id').where('article_id', '=', articleId).execute();
    assert.deepEqual(byline.map((b) => b.author_id), [profile?.id]);

    assert.equal(await count(db(), 'media'), mediaBefore + 1);
    const media = await db().db.selectFrom('media').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual([media.alt, media.uploaded_by], ['The tide gauge at dawn', user.id]);
    const uses = await db().db.selectFrom('article_media').select('media_id').where('article_id', '=', articleId).execute();
    assert.deepEqual(uses.map((u) => u.media_id), [media.id]);

    const versions = await db().db.selectFrom('article_versions').selectAll().where('article_id', '=', articleId).execute();
    assert.deepEqual(versions.map((v) => [v.number, v.kind, v.user_id]), [[1, 'import', user.id]]);
    assert.ok(warnings.some((w) => /only http, https and mailto/.test(w)));
  });

  test('a second import reuses the profile; an explicit author is used as given', async () => {
    const user = await account(ctx(), 'Ifan Morgan');
    const first = await importDocxDraft(ctx(), { data: await plainDocx('First piece.'), filename: 'one.docx', ownerUserId: user.id, ownerName: user.name });
    const authors = await count(db(), 'authors');
    const second = await importDocxDraft(ctx(), { data: await plainDocx('Second piece.'), filename: 'two.docx', ownerUserId: user.id, ownerName: user.name });
    assert.equal(await count(db(), 'authors'), authors);
    const bylines = await db().db.selectFrom('article_authors').select(['article_id', 'author_id']).where('article_id', 'in', [first.articleId, second.articleId]).execute();
    assert.equal(new Set(bylines.map((b) => b.author_id)).size, 1);

    const guest = await makeAuthor(ctx(), { name: 'A Guest Writer' });
    const third = await importDocxDraft(ctx(), { data: await plainDocx('Third piece.'), filename: 'three.docx', ownerUserId: user.id, authorId: guest.id });
    const byline = await db().db.selectFrom('article_authors').select('author_id').where('article_id', '=', third.articleId).execute();
    assert.deepEqual(byline.map((b) => b.author_id), [guest.id]);
  });

  test('without a Title paragraph the file name, tidied, is the title', async () => {
    const user = await account(ctx());
    const { articleId } = await importDocxDraft(ctx(), { data: await plainDocx(), filename: 'C:\\Users\\me\\ferry_timetable-notes  v2.docx', ownerUserId: user.id, ownerName: user.name });
    const row = await db().db.selectFrom('articles').select(['title', 'body_md']).where('id', '=', articleId).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Ferry timetable notes v2');
    assert.equal(row.body_md, 'A short note about the ferry timetable.\n');
    assert.equal(titleFromFilename('.docx'), 'Untitled draft');
  });

  test('the LibreOffice file imports with both notes and its picture', async () => {
    const user = await account(ctx());
    const { articleId } = await importDocxDraft(ctx(), { data: libreOfficeDocx(), filename: 'ledgers.docx', ownerUserId: user.id, ownerName: user.name });
    const row = await db().db.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Salt Marsh Ledgers');
    assert.equal(Number(row.footnote_count), 2);
    assert.match(row.body_md, /!\[A blue map tile\]\(\/media\/i\//);
  });

  test('a picture too small to use is left out with a warning; the text is imported', async () => {
    const user = await account(ctx());
    const media = await count(db(), 'media');
    const { articleId, warnings } = await importDocxDraft(ctx(), { data: await imageDocx(await bluePng(8, 8)), filename: 'tiny.docx', ownerUserId: user.id, ownerName: user.name });
    assert.equal(await count(db(), 'media'), media);
    assert.ok(warnings.some((w) => /Picture 1 \(“A chart”\) was left out: The image is too small/.test(w)), warnings.join('\n'));
    const row = await db().db.selectFrom('articles').select('body_md').where('id', '=', articleId).executeTakeFirstOrThrow();
    assert.equal(row.body_md.trim(), 'The chart follows.');
  });

  test('every refused file writes nothing: no article, picture, profile or version', async () => {
    const user = await account(ctx(), 'Nobody Yet');
    const good = await richDocx(await bluePng());
    const goodEntries = await unzip(good);
    const hostile: Array<[string, Buffer, RegExp]> = [
      ['renamed text', Buffer.from('Not a Word file at all.\n'), /not a Word document/],
      ['renamed PNG', await bluePng(), /not a Word document/],
      ['zip, not docx', zip([{ name: 'a.txt', data: 'zip' }]), /zip archive but not a Word document/],
      ['zip bomb', zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: '<w:document/>', declaredSize: 3_000_000_000 }]), /zip bomb/],
      ['docm', await docmFrom(good), /contains macros/],
      ['oversized file', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(15 * 1024 * 1024)]), /larger than 15 MB/],
      ['oversized picture', zip([...goodEntries, { name: 'word/media/scan.png', data: randomBytes(10 * 1024 * 1024 + 1), method: 'store' }]), /larger than 10 MB/],
      ['picture of 3.6 gigapixels', await imageDocx(await pngBomb()), /too large: The image is 60,000 × 60,000 pixels/],
      ['document with no text', await plainDocx(''), /no text to import/],
    ];
    const before = await counts(db());
    for (const [label, data, message] of hostile) {
      await assert.rejects(
        importDocxDraft(ctx(), { data, filename: `${label}.docx`, ownerUserId: user.id, ownerName: user.name }),
        (err: unknown) => err instanceof DocxError && message.test(err.message) && err.fields.manuscript === err.message,
        label,
      );
    }
    assert.deepEqual(await counts(db()), before);
    assert.equal(await findAuthorByUserId(db().db, user.id), undefined);
  });
});
