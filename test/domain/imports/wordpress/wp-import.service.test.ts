import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import type { Executor } from '../../../../src/db/database.js';
import { importWordpress, type WpImportSummary } from '../../../../src/domain/imports/wordpress/wp-import.service.js';
import { readWxr } from '../../../../src/domain/imports/wordpress/wxr-reader.js';
import { WxrError } from '../../../../src/domain/imports/wordpress/wxr.types.js';
import { describeEachApp, type TestApp } from '../../../helpers/app.js';

const FIXTURES = new URL('../../../fixtures/wxr/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

let uploads = '';
before(async () => {
  uploads = mkdtempSync(join(tmpdir(), 'wp-uploads-'));
  mkdirSync(join(uploads, '2024/03'), { recursive: true });
  const image = (r: number, g: number, b: number) => sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g, b } } });
  await image(200, 120, 40).jpeg().toFile(join(uploads, '2024/03/harbour-light.jpg'));
  await image(40, 90, 160).png().toFile(join(uploads, '2024/03/pier.png'));
  // quay-low-tide.jpg is left out on purpose: a missing file is a warning.
});
after(() => rmSync(uploads, { recursive: true, force: true }));

async function run(app: TestApp, text: string, options: { dryRun?: boolean; uploads?: boolean } = {}): Promise<WpImportSummary> {
  return importWordpress(app.ctx, () => readWxr([text]), {
    ...(options.uploads === false ? {} : { uploadsDir: uploads }),
    ...(options.dryRun ? { dryRun: true } : {}),
  });
}

const TABLES = ['users', 'authors', 'categories', 'tags', 'articles', 'article_authors', 'article_versions', 'redirects', 'media', 'visit_days', 'import_map', 'related_articles'] as const;

async function rowCounts(db: Executor): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const row = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

async function article(db: Executor, slug: string) {
  return db.selectFrom('articles').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

async function byline(db: Executor, articleId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('article_authors as aa')
    .innerJoin('authors as a', 'a.id', 'aa.author_id')
    .select('a.name')
    .where('aa.article_id', '=', articleId)
    .orderBy('aa.position')
    .execute();
  return rows.map((r) => r.name);
}

/** Whatever in an HTML text could run: script elements (other than data and our static files), event handler attributes, javascript: URLs. */
function executableBits(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attrs = [...(tag[2] ?? '').matchAll(/([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => ({ name: (a[1] ?? '').toLowerCase(), value: (a[2] ?? '').replace(/^["']|["']$/g, '') }));
    if (['iframe', 'object', 'embed'].includes(name)) found.push(tag[0]);
    if (name === 'script' && !attrs.some((a) => (a.name === 'src' && a.value.startsWith('/static/')) || (a.name === 'type' && a.value === 'application/ld+json'))) found.push(tag[0]);
    for (const a of attrs) {
      if (a.name.startsWith('on')) found.push(tag[0]);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value.replace(/&#x?0*(3a|58);?/gi, ':'))) found.push(tag[0]);
    }
  }
  return found;
}

describeEachApp('WordPress import', (app) => {
  let first: WpImportSummary;

  test('a truncated export writes nothing and says where it stopped', async () => {
    const before = await rowCounts(app().ctx.db);
    const text = fixture('magazine-wxr12.xml');
    await assert.rejects(run(app(), text.slice(0, Math.floor(text.length * 0.7))), (err: unknown) => err instanceof WxrError && err.line > 1);
    assert.deepEqual(await rowCounts(app().ctx.db), before);
  });

  test('a dry run reports everything and writes nothing', async () => {
    const before = await rowCounts(app().ctx.db);
    const summary = await run(app(), fixture('magazine-wxr12.xml'), { dryRun: true });
    assert.equal(summary.dryRun, true);
    assert.ok(summary.counts.posts >= 7 && summary.counts.pages === 1, JSON.stringify(summary.counts));
    assert.deepEqual(await rowCounts(app().ctx.db), before);
  });

  test('the magazine export: people, sections, statuses, dates, bylines', async () => {
    first = await run(app(), fixture('magazine-wxr12.xml'));
    const c = first.counts;
    assert.equal(first.source, 'https://lantern.example.org');
    assert.deepEqual([c.accounts, c.guestAuthors, c.sections, c.pages], [3, 2, 5, 1]);
    assert.equal(c.posts, 8);
    assert.equal(c.viewTotals, 3);
    const db = app().ctx.db;
    const users = await db.selectFrom('users').select(['email', 'role', 'password_hash']).where('email', 'like', '%lantern.example.org').execute();
    assert.equal(users.length, 2);
    assert.ok(users.every((u) => u.password_hash === null && u.role === 'author'));

    const river = await article(db, 'the-river-remembers');
    assert.equal(river.status, 'published');
    assert.equal(river.published_at, '2024-03-05T08:30:00.000Z');
    assert.equal(river.updated_at, '2024-03-09T17:12:44.000Z');
    assert.deepEqual(await byline(db, river.id), ['Maren Holt', 'Odile Brandt']);
    assert.deepEqual(await byline(db, (await article(db, 'bridges-that-move')).id), ['Samuel Achterberg']);
    const guest = await db.selectFrom('authors').select(['website', 'bio_md', 'user_id']).where('name', '=', 'Odile Brandt').executeTakeFirstOrThrow();
    assert.equal(guest.website, 'https://brandt.example.com');
    assert.equal(guest.user_id, null);
    const maren = await db.selectFrom('authors').select('user_id').where('name', '=', 'Maren Holt').executeTakeFirstOrThrow();
    assert.ok(maren.user_id !== null, 'a user who wrote has a linked profile');

    assert.equal((await article(db, 'what-the-dockers-sang')).status, 'draft');
    assert.equal((await article(db, 'board-minutes-march')).status, 'draft');
    assert.ok(first.warnings.some((w) => w.wpId === 306 && /private/.test(w.message)));
    // The duplicate slug got a suffix and a warning naming the post.
    assert.ok(first.warnings.some((w) => /taken by another article/.test(w.message)));
    await article(db, 'the-river-remembers-2');
    // Versions record the import.
    const kinds = await db.selectFrom('article_versions').select('kind').where('article_id', '=', river.id).orderBy('number').execute();
    assert.deepEqual(kinds.map((k) => k.kind), ['import', 'publish']);
    // Footnotes became real footnotes.
    assert.ok(river.footnote_count >= 2, `footnotes: ${river.footnote_count}`);
    assert.match(river.body_html, /data-footnote-ref|footnote/);
  });

  test('images come from --uploads and bodies point at the stored copies; a missing one is a warning', async () => {
    const db = app().ctx.db;
    assert.ok(first.counts.media >= 1, JSON.stringify(first.counts));
    const river = await article(db, 'the-river-remembers');
    assert.match(river.cover_image_url ?? '', /^\/media\/i\//);
    const all = await db.selectFrom('articles').select(['body_md', 'body_html']).execute();
    for (const a of all) assert.ok(!a.body_html.includes('/wp-content/uploads/2024/03/pier.png') && !a.body_html.includes('harbour-light.jpg'), 'no old upload URL left where a copy exists');
    assert.ok(first.warnings.some((w) => /quay-low-tide\.jpg/.test(w.message)));
  });

  test('old links answer 301: permalinks, /?p=ID, categories; and "Visited N times" continues', async () => {
    const web = app().app;
    for (const from of ['/2024/03/05/the-river-remembers/', '/2024/03/the-river-remembers/', '/category/cities/waterfronts/']) {
      const res = await web.inject({ method: 'GET', url: from });
      assert.equal(res.statusCode, 301, from);
    }
    assert.equal((await web.inject({ method: 'GET', url: '/2024/03/05/the-river-remembers/' })).headers.location, '/the-river-remembers/');
    // 304 is a draft: its ID link does not reveal it.
    assert.equal((await web.inject({ method: 'GET', url: '/?p=304' })).statusCode, 200);
    const published = await web.inject({ method: 'GET', url: '/?p=302' });
    assert.equal(published.statusCode, 301);
    assert.equal(published.headers.location, '/bridges-that-move/');
    assert.equal((await web.inject({ method: 'GET', url: '/?p=999999' })).statusCode, 200, 'an unknown ID is the home page');
    const page = await web.inject({ method: 'GET', url: '/the-river-remembers/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Visited 4,82[12] times/);
  });

  test('running the same export again changes nothing', async () => {
    const before = await rowCounts(app().ctx.db);
    const again = await run(app(), fixture('magazine-wxr12.xml'));
    assert.equal(again.counts.changed, 0);
    assert.equal(again.counts.redirects, 0);
    assert.deepEqual(await rowCounts(app().ctx.db), before);
  });

  test('a hostile export leaves nothing executable on the pages', async () => {
    const summary = await run(app(), fixture('hostile.xml'), { uploads: false });
    assert.ok(summary.counts.posts + summary.counts.pages > 0);
    const db = app().ctx.db;
    const ids = await db.selectFrom('import_map').select('local_id').where('source', '=', summary.source).where('kind', 'in', ['post', 'page']).execute();
    const rows = await db.selectFrom('articles').select(['slug', 'status', 'title', 'body_html']).where('id', 'in', ids.map((i) => i.local_id)).execute();
    let pages = 0;
    for (const r of rows) {
      assert.deepEqual(executableBits(r.body_html), [], r.slug);
      if (r.status !== 'published') continue;
      const res = await app().app.inject({ method: 'GET', url: `/${r.slug}/` });
      assert.equal(res.statusCode, 200);
      pages += 1;
      // The layout's own scripts are files under /static/ or JSON-LD data; nothing else may run.
      assert.deepEqual(executableBits(res.body), [], r.slug);
    }
    assert.ok(pages > 0, 'at least one hostile post is published and rendered');
  });
});
