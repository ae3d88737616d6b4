import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import type { Executor } from '../../../../src/db/database.js';
import { importWordpress, type WpImportSummary } from '../../../../src/domain/imports/wordpress/wp-import.service.js';
import { readWxr } from '../../../../src/domain/imports/wordpress/wxr-reader.js';
import { describeEachApp, type TestApp } from '../../../helpers/app.js';

// Roles from user meta, [gallery ids] from the imported media, old feed addresses, and a post
// still waiting for its date, on the fixture written for them (fixtures/tidewater-extras.xml).
// The test app's clock starts at 2026-11-20T12:00Z; the scheduled post is for 2026-11-25T10:00Z.

const text = readFileSync(new URL('./fixtures/tidewater-extras.xml', import.meta.url), 'utf8');

let uploads = '';
before(async () => {
  uploads = mkdtempSync(join(tmpdir(), 'wp-extras-'));
  mkdirSync(join(uploads, '2026/10'), { recursive: true });
  const image = (r: number, g: number, b: number) => sharp({ create: { width: 48, height: 32, channels: 3, background: { r, g, b } } });
  await image(20, 60, 120).png().toFile(join(uploads, '2026/10/tide-chart.png'));
  await image(90, 90, 80).jpeg().toFile(join(uploads, '2026/10/jetty.jpg'));
  await image(230, 150, 60).jpeg().toFile(join(uploads, '2026/10/ferry.jpg'));
});
after(() => rmSync(uploads, { recursive: true, force: true }));

const run = (app: TestApp) => importWordpress(app.ctx, () => readWxr([text]), { uploadsDir: uploads });

async function article(db: Executor, slug: string) {
  return db.selectFrom('articles').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

const TABLES = ['users', 'authors', 'articles', 'article_versions', 'redirects', 'media', 'import_map'] as const;
async function rowCounts(db: Executor): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return out;
}

describeEachApp('WordPress import: roles, galleries, old feeds, scheduled posts', (app) => {
  let summary: WpImportSummary;

  test('roles come from wp_capabilities (any table prefix) or a role field; without either, who posted is an author, the rest readers', async () => {
    summary = await run(app());
    const users = await app().ctx.db.selectFrom('users').select(['email', 'role', 'password_hash']).where('email', 'like', '%@tidewater.example.net').execute();
    const roles = Object.fromEntries(users.map((u) => [u.email.split('@')[0], u.role]));
    assert.deepEqual(roles, { rhea: 'admin', jonas: 'editor', cato: 'author', mira: 'reader', till: 'reader', quiet: 'reader', wren: 'author' });
    assert.ok(users.every((u) => u.password_hash === null), 'nobody can sign in before claiming the account');
    const messages = summary.warnings.map((w) => w.message);
    assert.ok(messages.some((m) => /^user "till" has the WordPress role "shop_manager", which Masthead does not know: made a reader/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^2 account\(s\) came without a WordPress role/.test(m)), messages.join('\n'));
    assert.ok(!messages.some((m) => /"(?:rhea|jonas\.b|cato|mira)"/.test(m)), 'known roles need no warning');
  });

  test('[gallery ids] shows the attachments as stored images with alt text and captions; a missing id is a warning', async () => {
    const db = app().ctx.db;
    assert.equal(summary.counts.media, 3, JSON.stringify(summary.counts));
    const gauges = await article(db, 'tide-gauges');
    const images = [...gauges.body_md.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1], src: m[2] }));
    assert.deepEqual(images.map((i) => i.alt), ['A chart of high and low water', 'Timber piles in grey water']);
    assert.ok(images.every((i) => /^\/media\/i\//.test(i.src ?? '')), JSON.stringify(images));
    assert.match(gauges.body_md, /\n\n\*High water at the north gauge, drawn by hand\.\*\n\n/);
    assert.doesNotMatch(gauges.body_md, /\[gallery|wp-content\/uploads/);
    assert.equal((gauges.body_html.match(/<img /g) ?? []).length, 2);
    assert.ok(summary.warnings.some((w) => w.wpId === 401 && /attachment 599, not in the export/.test(w.message)), JSON.stringify(summary.warnings));
    // A bare [gallery] shows the post's own attachments.
    const ferry = await article(db, 'dawn-ferry');
    assert.match(ferry.body_md, /!\[\]\(\/media\/i\/[^)]+\)\n\n\*The 6:10 leaving the slip\.\*/);
    assert.ok(!summary.warnings.some((w) => w.wpId === 402), JSON.stringify(summary.warnings));
  });

  test('old WordPress feed addresses answer 301 to the matching feed, which answers', async () => {
    const web = app().app;
    const jonas = (await app().ctx.db.selectFrom('authors').select('slug').where('name', '=', 'Jonas Bergmann').executeTakeFirstOrThrow()).slug;
    assert.notEqual(jonas, 'jonas.b', 'the login is not a Masthead slug: its old author path redirects');
    const cases: Array<[string, string]> = [
      ['/feed/rss2/', '/feed/'],
      ['/feed/rdf/', '/feed/'],
      ['/wp-atom.php', '/feed/atom/'],
      ['/comments/feed/', '/feed/'],
      ['/?feed=rss2', '/feed/'],
      ['/?feed=atom', '/feed/atom/'],
      ['/index.php?feed=rss2', '/feed/'],
      ['/?cat=32&feed=rss2', '/category/harbour-news/feed/'],
      ['/?category_name=harbour/harbour-news&feed=atom', '/category/harbour-news/feed/atom/'],
      ['/?tag=tides&feed=rss2', '/tag/tides/feed/'],
      ['/?author=11&feed=rss2', '/author/rhea/feed/'],
      ['/?p=401&feed=rss2', '/feed/'],
      ['/category/harbour/harbour-news/feed/', '/category/harbour-news/feed/'],
      ['/category/harbour/harbour-news/feed/atom/', '/category/harbour-news/feed/atom/'],
      ['/category/harbour-news/feed/rss2/', '/category/harbour-news/feed/'],
      ['/author/jonas.b/feed/', `/author/${jonas}/feed/`],
      ['/2026/10/02/tide-gauges/feed/', '/feed/'],
      ['/tide-gauges/feed/', '/feed/'],
      ['/tide-gauges/feed/atom/', '/feed/atom/'],
    ];
    for (const [from, to] of cases) {
      const res = await web.inject({ method: 'GET', url: from });
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, to, from);
      const feed = await web.inject({ method: 'GET', url: to });
      assert.equal(feed.statusCode, 200, to);
      assert.match(String(feed.headers['content-type']), /^application\/(rss|atom)\+xml/, to);
    }
    const tag = await web.inject({ method: 'GET', url: '/tag/tides/feed/' });
    assert.equal(tag.statusCode, 200);
    assert.match(tag.body, /Reading the tide gauges/);
    assert.equal((await web.inject({ method: 'GET', url: '/tag/tides/feed/atom/' })).statusCode, 200);
    // Not feeds, or feeds of nothing here: unchanged.
    assert.equal((await web.inject({ method: 'GET', url: '/nothing-here/feed/' })).statusCode, 404);
    assert.equal((await web.inject({ method: 'GET', url: '/category/nothing-here/feed/' })).statusCode, 404);
    assert.equal((await web.inject({ method: 'GET', url: '/?p=401' })).headers.location, '/tide-gauges/');
    assert.equal((await web.inject({ method: 'GET', url: '/feed/' })).statusCode, 200);
  });

  test('a post still scheduled in WordPress is scheduled here and the scheduler publishes it on its date', async () => {
    const db = app().ctx.db;
    const web = app().app;
    const tables = await article(db, 'spring-tide-tables');
    assert.equal(tables.status, 'scheduled');
    assert.equal(tables.publish_at, '2026-11-25T10:00:00.000Z');
    assert.equal(tables.published_at, null);
    assert.ok(tables.created_at <= app().clock.now().toISOString(), `created ${tables.created_at}: not in the future`);
    assert.equal((await web.inject({ method: 'GET', url: '/spring-tide-tables/' })).statusCode, 404);
    assert.equal((await web.inject({ method: 'GET', url: '/?p=403' })).statusCode, 200, 'its ID link does not reveal it yet');

    await app().scheduler.tick();
    assert.equal((await article(db, 'spring-tide-tables')).status, 'scheduled', 'not before its time');
    app().clock.set('2026-11-25T10:00:05.000Z');
    await app().scheduler.tick();
    const live = await article(db, 'spring-tide-tables');
    assert.equal(live.status, 'published');
    assert.equal(live.published_at, '2026-11-25T10:00:00.000Z', 'dated when it was due, not when the pass ran');
    assert.equal((await web.inject({ method: 'GET', url: '/spring-tide-tables/' })).statusCode, 200);
    assert.equal((await web.inject({ method: 'GET', url: '/?p=403' })).headers.location, '/spring-tide-tables/');
  });

  test('running the export again changes nothing: roles, media, the post published meanwhile', async () => {
    const db = app().ctx.db;
    const before = await rowCounts(db);
    const again = await run(app());
    assert.equal(again.counts.changed, 0);
    assert.equal(again.counts.redirects, 0);
    assert.deepEqual(await rowCounts(db), before);
    const live = await article(db, 'spring-tide-tables');
    assert.equal(live.status, 'published');
    assert.equal(live.published_at, '2026-11-25T10:00:00.000Z');
    assert.equal((await db.selectFrom('users').select('role').where('email', '=', 'rhea@tidewater.example.net').executeTakeFirstOrThrow()).role, 'admin');
  });
});
