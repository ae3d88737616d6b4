import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { loadConfig } from '../../../src/config.js';
import { writeArticle } from '../../../src/domain/articles/articles.service.js';
import { avatarFileName } from '../../../src/domain/authors/avatar.js';
import { storeImage } from '../../../src/domain/media/media.service.js';
import { addRedirect } from '../../../src/domain/redirects/redirects.queries.js';
import { updateSiteSettings } from '../../../src/domain/settings/settings.js';
import { listVersions } from '../../../src/domain/versions/versions.queries.js';
import { visitTotals } from '../../../src/domain/views/views.queries.js';
import { createSession, sessionCookieName } from '../../../src/domain/accounts/sessions.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { BROWSER_UA, createTestApp, type TestApp } from '../../helpers/app.js';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../../helpers/db.js';
import { makeArticle, makeAuthor, makeCategory, sampleBody } from '../../helpers/factories.js';
import { makeUser } from '../../web/accounts-client.js';
import { archiveEntries, CLOCK_AT, exportTo, restoreFrom } from './backup-helpers.js';

// The test app's SITE_URL is https: the session cookie has its __Host- name.
const SESSION_COOKIE = sessionCookieName(true);

// Export from SQLite, restore into PostgreSQL, export that, restore into SQLite: every table's
// rows are the same bytes at each step, and the restored sites serve the same pages.

const ENV = { MEDIA_DIR: '', SECRET_KEY: 'round-trip-test-secret-key-0123456789' };

/** Equal strings, or a failure that shows where they part (pages are long). */
function sameText(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  assert.fail(`${what} differs at ${i}: …${actual.slice(Math.max(0, i - 80), i + 80)}… instead of …${expected.slice(Math.max(0, i - 80), i + 80)}…`);
}

describe('export and restore round trip, SQLite → PostgreSQL → SQLite', { skip: pgAdminUrl ? false : 'PostgreSQL is not installed' }, () => {
  let dir = '';
  let source: TestApp;
  let onPg: TestDatabase;
  let onSqlite: TestDatabase;
  const apps: Runtime[] = [];
  let article = { id: 0, slug: '' };
  let authorSlug = '';
  let sectionSlug = '';
  let imageUrl = '';
  let avatarFile = '';

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'masthead-roundtrip-'));
    source = await createTestApp('sqlite', { ...ENV, MEDIA_DIR: join(dir, 'media-a') });
    const ctx = source.ctx;
    const section = await makeCategory(ctx, { slug: 'field-notes', name: 'Field notes' });
    sectionSlug = section.slug;
    const author = await makeAuthor(ctx, { slug: 'ines-okafor', name: 'Inès Okafor', bioMarkdown: 'Writes on *wetlands* — and “quotes”.' });
    authorSlug = author.slug;
    const image = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#2a6f97' } }).png().toBuffer();
    const media = await storeImage(ctx.db, { data: image, originalName: 'delta.png', uploadedBy: null, now: CLOCK_AT, alt: 'A blue delta' });
    imageUrl = media.url;
    const made = await makeArticle(ctx, {
      slug: 'salt-marsh-ledger',
      title: 'The salt marsh ledger',
      body: `![A blue delta](${media.url})\n\n${sampleBody('salt marshes')}`,
      authorIds: [author.id],
      categoryIds: [section.id],
      tags: ['wetlands', 'carbon'],
    });
    article = { id: made.id, slug: made.slug };
    // A second save makes a second version, by a named editor.
    await writeArticle(
      ctx,
      { title: 'The salt marsh ledger', dek: 'What the tides keep, counted.', bodyMarkdown: `![A blue delta](${media.url})\n\n${sampleBody('salt marshes')}`, authorIds: [author.id], categoryIds: [section.id], tags: ['wetlands', 'carbon'] },
      made.id,
      { by: { userId: null, name: 'Desk editor' } },
    );
    for (let i = 0; i < 4; i++) await makeArticle(ctx, { authorIds: [author.id], categoryIds: [section.id], tags: ['wetlands'], publishedAt: `2026-11-1${i}T08:00:00.000Z` });
    await makeArticle(ctx, { title: 'An unfinished draft', publish: false });
    await addRedirect(ctx.db, { from: '/old/salt-marsh/', to: `/${made.slug}/`, source: 'manual', now: CLOCK_AT });
    await updateSiteSettings(ctx, { name: 'The Estuary Review', tagline: 'Slow news from wet places' });
    for (let i = 1; i <= 7; i++) {
      await source.visits.record({ articleId: made.id, clientAddress: `198.51.100.${i}`, method: 'GET', userAgent: BROWSER_UA, purpose: undefined });
    }
    await source.visits.flush();
    avatarFile = avatarFileName(author.id, '0123456789abcdef');
    await mkdir(join(dir, 'media-a', 'avatars'), { recursive: true });
    await writeFile(join(dir, 'media-a', 'avatars', avatarFile), Buffer.from('RIFF-not-really-webp-but-bytes'));
    // Related-reading scores are doubles: one with a long fraction proves they survive as written.
    await source.ctx.db.updateTable('related_articles').set({ score: 0.1 + 0.2 }).where('article_id', '=', made.id).execute();

    await exportTo(source.testDb, join(dir, 'a.tar.gz'), join(dir, 'media-a'));
    onPg = await createTestDatabase('postgres');
    await restoreFrom(onPg, join(dir, 'a.tar.gz'), join(dir, 'media-b'));
    await exportTo(onPg, join(dir, 'b.tar.gz'), join(dir, 'media-b'));
    onSqlite = await createTestDatabase('sqlite');
    await restoreFrom(onSqlite, join(dir, 'b.tar.gz'), join(dir, 'media-c'));
    await exportTo(onSqlite, join(dir, 'c.tar.gz'), join(dir, 'media-c'));
  });

  after(async () => {
    for (const app of apps) await app.close();
    await source?.stop();
    await onPg?.drop();
    await onSqlite?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  async function appOn(db: TestDatabase, media: string): Promise<Runtime> {
    const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0', ...ENV, MEDIA_DIR: join(dir, media) });
    const app = await createRuntime(config, { database: db, clock: fixedClock(CLOCK_AT), logger: false, migrate: false });
    apps.push(app);
    return app;
  }

  test('every table holds the same rows, byte for byte, after each engine', async () => {
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => archiveEntries(join(dir, `${n}.tar.gz`))));
    const tables = [...a!.keys()].filter((k) => k.startsWith('tables/'));
    for (const t of ['articles', 'authors', 'media_variants', 'article_versions', 'visit_days', 'redirects', 'settings', 'related_articles']) {
      assert.ok(tables.includes(`tables/${t}.ndjson`), t);
    }
    assert.ok(!tables.some((t) => /sessions|app_secrets|outbox|visit_seen|article_search/.test(t)));
    for (const t of tables) {
      assert.equal(b!.get(t)?.toString('utf8'), a!.get(t)?.toString('utf8'), `${t} after PostgreSQL`);
      assert.equal(c!.get(t)?.toString('utf8'), a!.get(t)?.toString('utf8'), `${t} after SQLite again`);
    }
    assert.match(a!.get('tables/related_articles.ndjson')!.toString(), /"score":0\.30000000000000004/);
    assert.deepEqual(c!.get(`media/avatars/${avatarFile}`), a!.get(`media/avatars/${avatarFile}`));
    assert.deepEqual(await readFile(join(dir, 'media-c', 'avatars', avatarFile)), await readFile(join(dir, 'media-a', 'avatars', avatarFile)));
  });

  test('public pages render the same HTML on the original and both restored sites', async () => {
    const pgApp = await appOn(onPg, 'media-b');
    const sqliteApp = await appOn(onSqlite, 'media-c');
    const pages = ['/', `/${article.slug}/`, `/category/${sectionSlug}/`, `/author/${authorSlug}/`, '/feed/', '/feed/atom/', '/tag/wetlands/', '/search?q=marsh'];
    for (const url of pages) {
      const original = await source.app.inject({ method: 'GET', url });
      assert.equal(original.statusCode, 200, url);
      // Search snippets come from each engine's own search (FTS5 snippet() or ts_headline), so
      // the search page is compared on the same engine only; every other page on both.
      for (const restored of url.startsWith('/search') ? [sqliteApp] : [pgApp, sqliteApp]) {
        const res = await restored.app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 200, url);
        sameText(res.body, original.body, `${url} on ${restored.database.dialect}`);
      }
    }
    const body = (await sqliteApp.app.inject({ method: 'GET', url: `/${article.slug}/` })).body;
    assert.match(body, /data-footnotes/);
    assert.match(body, /Visited/);
    const moved = await sqliteApp.app.inject({ method: 'GET', url: '/old/salt-marsh/' });
    assert.equal(moved.statusCode, 301);
    assert.equal(moved.headers.location, `/${article.slug}/`);
  });

  test('visit counts, versions and media match', async () => {
    const today = CLOCK_AT.slice(0, 10);
    const want = await visitTotals(source.ctx.db, article.id, today);
    assert.ok(want.total >= 7, JSON.stringify(want));
    for (const db of [onPg, onSqlite]) {
      assert.deepEqual(await visitTotals(db.db, article.id, today), want);
      assert.deepEqual(await listVersions(db.db, article.id), await listVersions(source.ctx.db, article.id));
    }
    assert.ok((await listVersions(onSqlite.db, article.id)).length >= 2);
    const original = await source.app.inject({ method: 'GET', url: imageUrl });
    assert.equal(original.statusCode, 200);
    const sqliteApp = apps[1] ?? (await appOn(onSqlite, 'media-c'));
    const restored = await sqliteApp.app.inject({ method: 'GET', url: imageUrl });
    assert.equal(restored.statusCode, 200);
    assert.deepEqual(restored.rawPayload, original.rawPayload);
    assert.equal(restored.headers['content-type'], original.headers['content-type']);
  });

  test('an admin downloads the same archive from /admin/export, and it restores', async () => {
    const admin = await makeUser(source.ctx, { role: 'admin', name: 'Export Admin' });
    const session = await createSession(source.ctx.db, admin.id, { persistent: false }, source.clock.now());
    const res = await source.app.inject({ method: 'GET', url: '/admin/export', headers: { cookie: `${SESSION_COOKIE}=${session.token}`, 'user-agent': BROWSER_UA } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/gzip');
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="masthead-export-2026-11-20\.tar\.gz"$/);
    const file = join(dir, 'download.tar.gz');
    await writeFile(file, res.rawPayload);
    const target = await createTestDatabase('sqlite');
    try {
      const summary = await restoreFrom(target, file, join(dir, 'media-d'));
      const articles = await target.db.selectFrom('articles').select('slug').orderBy('id').execute();
      assert.ok(articles.some((a) => a.slug === article.slug));
      assert.equal(summary.files, 1);
      // The archive holds the account that downloaded it, but never its session.
      assert.equal((await target.db.selectFrom('sessions').select('id_hash').execute()).length, 0);
      assert.ok(await target.db.selectFrom('users').select('id').where('id', '=', admin.id).executeTakeFirst());
    } finally {
      await target.drop();
    }
  });

  test('new rows after a PostgreSQL restore get fresh ids (sequences were moved past the restored ones)', async () => {
    const restoredCtx = { ...source.ctx, db: onPg.db, dialect: onPg.dialect };
    const fresh = await makeAuthor(restoredCtx, { slug: 'after-restore' });
    const max = await onPg.db.selectFrom('authors').select((eb) => eb.fn.max('id').as('m')).where('slug', '!=', 'after-restore').executeTakeFirstOrThrow();
    assert.ok(fresh.id > Number(max.m));
  });
});
