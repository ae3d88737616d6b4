import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../../src/db/database.js';
import { submitArticle } from '../../../src/domain/articles/desk.service.js';
import { renderMarkdown } from '../../../src/domain/articles/content/markdown.js';
import { createRuntime, type Runtime } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { BROWSER_UA, describeEachApp, type TestApp } from '../../helpers/app.js';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../../helpers/db.js';
import { makeArticle, makeAuthor, makeCategory, sampleBody } from '../../helpers/factories.js';
import { Client, hiddenValue, makeUser } from '../accounts-client.js';

// The article editor over HTTP, as an editor and as an author would use it:
// create → preview → publish → live everywhere; slug changes, scheduling,
// conflicting saves, trash. The same suite on SQLite and PostgreSQL.

type Pairs = Array<[string, string]>;

async function postForm(app: TestApp, c: Client, url: string, pairs: Pairs, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.app.inject({
    method: 'POST',
    url,
    remoteAddress: c.ip,
    headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie: c.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(pairs).toString(),
  });
}

const unique = () => randomBytes(3).toString('hex');

describeEachApp('editorial desk: articles', (app) => {
  let editor: Client;
  let editorName = '';
  let csrf = '';
  let authorId = 0;

  async function signedIn(role: 'editor' | 'author' | 'admin') {
    const u = await makeUser(app().ctx, { role, name: `Desk ${role} ${unique()}` });
    const c = new Client(app);
    assert.equal((await c.signIn(u.email, u.password)).statusCode, 303);
    const token = hiddenValue((await c.get('/editor/articles/new')).body, '_csrf');
    return { c, u, token };
  }

  function fields(over: Partial<Record<string, string>> & { intent: string }, extra: Pairs = []): Pairs {
    const base: Record<string, string> = {
      _csrf: csrf,
      title: 'Harbour dredging and the tidal commons',
      dek: 'Who pays when the channel silts up again?',
      body: sampleBody('harbour dredging'),
      tags: 'ports, commons',
      meta_description: '',
      ...over,
    } as Record<string, string>;
    return [...Object.entries(base), ['authors', String(authorId)], ...extra];
  }

  const editIdOf = (res: LightMyRequestResponse) => {
    const m = /^\/editor\/articles\/(\d+)\//.exec(String(res.headers.location ?? ''));
    assert.ok(m, `redirected to the edit form: ${res.statusCode} ${res.headers.location ?? res.body.slice(0, 300)}`);
    return Number(m[1]);
  };

  before(async () => {
    const s = await signedIn('editor');
    editor = s.c;
    editorName = s.u.name;
    csrf = s.token;
    authorId = (await makeAuthor(app().ctx, { name: `Mara Quill ${unique()}` })).id;
  });

  test('create → preview → publish: the article is live, in search, in the feed and the sitemap', async () => {
    const word = `zebrafish${unique()}`;
    const body = `${sampleBody('tidal flats')}\nA closing line about ${word}.\n`;
    const created = await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'save', title: `Tidal flats ${word}`, body }));
    assert.equal(created.statusCode, 303);
    const id = editIdOf(created);
    const form = await editor.get(`/editor/articles/${id}/`);
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['cache-control'], 'no-store');
    assert.match(form.body, /name="base_version" value="1"/);
    assert.match(form.body, /id="article-form"/);

    const preview = await postForm(app(), editor, '/editor/preview', [['_csrf', csrf], ['body', body]]);
    assert.equal(preview.statusCode, 200);
    assert.equal(preview.body, renderMarkdown(body).html, 'the preview is the publishing pipeline byte for byte');
    assert.match(preview.body, /data-footnotes/);

    // The no-JS Preview button renders the same HTML into the form and saves nothing.
    const noJs = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'preview', title: 'Not saved', body, base_version: '1' }));
    assert.equal(noJs.statusCode, 200);
    assert.ok(noJs.body.includes(renderMarkdown(body).html));
    assert.equal((await app().ctx.db.selectFrom('articles').select('title').where('id', '=', id).executeTakeFirstOrThrow()).title, `Tidal flats ${word}`);

    const published = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'publish', title: `Tidal flats ${word}`, body, base_version: '1' }));
    assert.equal(published.statusCode, 303, published.body.slice(0, 500));
    const row = await app().ctx.db.selectFrom('articles').select(['slug', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'published');
    const page = await app().app.inject({ method: 'GET', url: `/${row.slug}/`, headers: { 'user-agent': BROWSER_UA } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`Tidal flats ${word}`));
    const search = await app().app.inject({ method: 'GET', url: `/search?q=${word}` });
    assert.match(search.body, new RegExp(`/${row.slug}/`), 'search finds it');
    const feed = await app().app.inject({ method: 'GET', url: '/feed/' });
    assert.match(feed.body, new RegExp(`Tidal flats ${word}`), 'the feed has it');
    const sitemap = await app().app.inject({ method: 'GET', url: '/sitemap.xml' });
    const parts = [...sitemap.body.matchAll(/<loc>https:\/\/journal\.example(\/sitemap-[^<]+)<\/loc>/g)].map((m) => m[1] as string);
    const bodies = [sitemap.body, ...(await Promise.all(parts.map(async (p) => (await app().app.inject({ method: 'GET', url: p })).body)))];
    assert.ok(bodies.some((b) => b.includes(`/${row.slug}/`)), 'the sitemap lists it');
    const versions = await app().ctx.db.selectFrom('article_versions').select(['number', 'kind', 'user_name']).where('article_id', '=', id).orderBy('number').execute();
    assert.deepEqual(versions.map((v) => v.kind), ['save', 'publish']);
    assert.equal(versions[1]?.user_name, editorName);
  });

  test('a published slug change keeps the old address working as a 301', async () => {
    const slug = `old-address-${unique()}`;
    const id = editIdOf(await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'publish', slug })));
    const next = `new-address-${unique()}`;
    const moved = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'save', slug: next, base_version: '2' }));
    assert.equal(moved.statusCode, 303, moved.body.slice(0, 400));
    const old = await app().app.inject({ method: 'GET', url: `/${slug}/?utm=x`, headers: { 'user-agent': BROWSER_UA } });
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, `/${next}/?utm=x`);
    assert.equal((await app().app.inject({ method: 'GET', url: `/${next}/`, headers: { 'user-agent': BROWSER_UA } })).statusCode, 200);
  });

  test('schedule: not live until the clock passes the time, then published by the scheduler', async () => {
    const when = new Date(app().clock.now().getTime() + 2 * 3600_000);
    const local = when.toISOString().slice(0, 16); // the site's zone is UTC
    const slug = `scheduled-${unique()}`;
    const res = await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'schedule', slug, publish_at: local }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    const page = () => app().app.inject({ method: 'GET', url: `/${slug}/`, headers: { 'user-agent': BROWSER_UA } });
    assert.equal((await page()).statusCode, 404);
    assert.equal((await app().scheduler.tick()).published, 0);
    app().clock.advance(2 * 3600_000 + 1000);
    const pass = await app().scheduler.tick();
    assert.equal(pass.published, 1);
    assert.equal((await page()).statusCode, 200);
    const row = await app().ctx.db.selectFrom('articles').select(['published_at', 'status']).where('slug', '=', slug).executeTakeFirstOrThrow();
    assert.equal(row.status, 'published');
    assert.equal(row.published_at?.slice(0, 16), local, 'the publication date is the scheduled time');
    // A time in the past is refused, with the form kept.
    const past = await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'schedule', title: 'Too late', publish_at: '2001-01-01T10:00' }));
    assert.equal(past.statusCode, 400);
    assert.match(past.body, /in the future/);
    assert.match(past.body, /value="Too late"/);
  });

  test('conflicting saves: the second is refused, shows the other change, and keeps its text', async () => {
    const id = editIdOf(await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'save', title: 'Shared draft' })));
    const other = await signedIn('editor');
    const base = '1';
    const first = await postForm(app(), other.c, `/editor/articles/${id}/`, [
      ...fields({ intent: 'save', title: 'Shared draft, retitled by the second editor', base_version: base }).filter(([k]) => k !== '_csrf'),
      ['_csrf', other.token],
    ]);
    assert.equal(first.statusCode, 303);
    const mine = 'My own careful paragraph that must never be lost.\n\n' + sampleBody('silt');
    const second = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'save', title: 'Shared draft', body: mine, base_version: base }));
    assert.equal(second.statusCode, 409);
    assert.match(second.body, /someone else changed this article/i);
    assert.match(second.body, /<ins>/, 'their change is shown as a diff');
    assert.ok(second.body.includes('My own careful paragraph that must never be lost.'), 'the text typed is still in the form');
    assert.match(second.body, /name="base_version" value="2"/, 'saving again is based on what is stored now');
    const stored = await app().ctx.db.selectFrom('articles').select(['title', 'body_md']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(stored.title, 'Shared draft, retitled by the second editor', 'nothing was overwritten');
    // The JSON (autosave) answer says the same in a form the script can use.
    const auto = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'autosave', body: mine, base_version: base }), { accept: 'application/json' });
    assert.equal(auto.statusCode, 409);
    assert.equal(JSON.parse(auto.body).conflict, true);
    // Saving knowingly on top of the current version works.
    const again = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'save', body: mine, base_version: '2' }));
    assert.equal(again.statusCode, 303);
  });

  test('autosave answers JSON, merges into one history entry, and a status change alone is no conflict', async () => {
    const res = await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'autosave', title: 'Autosaved piece' }), { accept: 'application/json' });
    assert.equal(res.statusCode, 200);
    const saved = JSON.parse(res.body) as { ok: boolean; id: number; version: number; editUrl: string };
    assert.equal(saved.ok, true);
    assert.equal(saved.editUrl, `/editor/articles/${saved.id}/`);
    for (const n of [1, 2, 3]) {
      const r = await postForm(app(), editor, saved.editUrl, fields({ intent: 'autosave', title: 'Autosaved piece', body: `${sampleBody('autosave')}\nEdit ${n}.`, base_version: String(saved.version + n - 1) }), { accept: 'application/json' });
      assert.equal(r.statusCode, 200, r.body);
    }
    const kinds = await app().ctx.db.selectFrom('article_versions').select('kind').where('article_id', '=', saved.id).execute();
    assert.ok(kinds.length <= 2, `autosaves merged (${kinds.length} entries)`);
    // Unchanged form: no new version.
    const current = await app().ctx.db.selectFrom('articles').select('version').where('id', '=', saved.id).executeTakeFirstOrThrow();
    const same = await postForm(app(), editor, saved.editUrl, fields({ intent: 'autosave', title: 'Autosaved piece', body: `${sampleBody('autosave')}\nEdit 3.`, base_version: String(current.version) }), { accept: 'application/json' });
    assert.equal(JSON.parse(same.body).version, current.version);
  });

  test('trash hides a published article; restoring makes it a draft again', async () => {
    const slug = `trashed-${unique()}`;
    const id = editIdOf(await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'publish', slug })));
    const trashed = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'trash', base_version: '2' }));
    assert.equal(trashed.statusCode, 303);
    assert.match(String(trashed.headers.location), /status=trash/);
    assert.equal((await app().app.inject({ method: 'GET', url: `/${slug}/`, headers: { 'user-agent': BROWSER_UA } })).statusCode, 404);
    const editorUser = await app().ctx.db.selectFrom('users').select(['id', 'name', 'email']).where('name', '=', editorName).executeTakeFirstOrThrow();
    const actor = { userId: editorUser.id, role: 'editor' as const, name: editorUser.name, email: editorUser.email, trusted: true, verified: true };
    const back = await submitArticle(app().ctx, actor, { id, input: { title: '', bodyMarkdown: '', authorIds: [], categoryIds: [], tags: [] }, intent: 'untrash' });
    assert.equal(back.status, 'draft');
  });

  test('an author writes own drafts but cannot publish, nor open other pieces', async () => {
    const a = await signedIn('author');
    const own = await makeAuthor(app().ctx, { name: `Own Byline ${unique()}` });
    const created = await postForm(app(), a.c, '/editor/articles/new', [
      ['_csrf', a.token], ['title', 'An author draft'], ['body', sampleBody('authorship')], ['authors', String(own.id)], ['intent', 'save'],
    ]);
    const id = editIdOf(created);
    assert.equal((await a.c.get(`/editor/articles/${id}/`)).statusCode, 200);
    const publish = await postForm(app(), a.c, `/editor/articles/${id}/`, [
      ['_csrf', a.token], ['title', 'An author draft'], ['body', sampleBody('authorship')], ['authors', String(own.id)], ['intent', 'publish'], ['base_version', '1'],
    ]);
    assert.equal(publish.statusCode, 403);
    const theirs = editIdOf(await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'save', title: 'Desk piece' })));
    assert.equal((await a.c.get(`/editor/articles/${theirs}/`)).statusCode, 404);
    assert.doesNotMatch((await a.c.get(`/editor/articles/${id}/`)).body, /value="publish"/, 'the form offers no Publish button');
  });

  test('Also Read: an editor pins an article; it leads the picks and survives a recomputation', async () => {
    const target = await makeArticle(app().ctx, { title: `Pinned reading ${unique()}` });
    const id = editIdOf(await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'publish', slug: `pinning-${unique()}` })));
    const form = await editor.get(`/editor/articles/${id}/`);
    assert.match(form.body, /Also Read/);
    const version = /name="base_version" value="(\d+)"/.exec(form.body)?.[1] ?? '';
    const saved = await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'save', base_version: version }, [['related_pin', `https://journal.example/${target.slug}/`], ['related_pin', ''], ['related_pin', '']]));
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
    const slug = (await app().ctx.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
    const page = async () => (await app().app.inject({ method: 'GET', url: `/${slug}/`, headers: { 'user-agent': BROWSER_UA } })).body;
    const first = /<aside class="also-read"[^>]*>[\s\S]*?<a href="([^"]+)"/.exec(await page());
    assert.equal(first?.[1], `/${target.slug}/`, 'the pinned article is the first Also Read');
    await makeArticle(app().ctx, { title: 'Another piece to trigger a recomputation' });
    const again = /<aside class="also-read"[^>]*>[\s\S]*?<a href="([^"]+)"/.exec(await page());
    assert.equal(again?.[1], `/${target.slug}/`, 'still pinned after other publications');
    assert.match((await editor.get(`/editor/articles/${id}/`)).body, new RegExp(`value="/${target.slug}/"`), 'the form shows the pin');
  });

  test('bad input gets messages by the fields and keeps what was typed', async () => {
    const section = await makeCategory(app().ctx);
    const res = await postForm(app(), editor, '/editor/articles/new', [
      ...fields({ intent: 'save', title: '', slug: 'Not A Slug!', body: 'Kept body text <script>alert(1)</script>', cover_url: 'javascript:alert(1)' }),
      ['categories', String(section.id)],
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /A title is required/);
    assert.match(res.body, /lowercase letters/);
    assert.ok(res.body.includes('Kept body text &lt;script'), 'the body is kept, escaped');
    assert.ok(!res.body.includes('<script>alert(1)'), 'and never as markup');
    assert.ok(!res.body.includes('javascript:alert'), 'a hostile cover address is dropped');
    assert.match(res.body, new RegExp(`value="${section.id}" checked`));
    const missing = await editor.get('/editor/articles/999999/');
    assert.equal(missing.statusCode, 404);
    const junk = await editor.get('/editor/articles/abc/');
    assert.equal(junk.statusCode, 404);
  });

  // Last: it moves the clock two days on.
  test('an edit to a published article is live at once; "Updated" only for a change a day or more later', async () => {
    const slug = `updated-${unique()}`;
    const id = editIdOf(await postForm(app(), editor, '/editor/articles/new', fields({ intent: 'publish', slug })));
    const page = async () => (await app().app.inject({ method: 'GET', url: `/${slug}/`, headers: { 'user-agent': BROWSER_UA } })).body;
    assert.ok((await page()).includes('Harbour dredging and the tidal commons'));
    app().clock.advance(3600_000);
    await postForm(app(), editor, `/editor/articles/${id}/`, fields({ intent: 'save', title: 'A same-day correction', slug, base_version: '2' }));
    const sameDay = await page();
    assert.ok(sameDay.includes('A same-day correction'), 'live at once');
    assert.doesNotMatch(sameDay, /Updated <time/);
    app().clock.advance(2 * 86_400_000);
    // Two days on, the first session has expired: sign in again.
    const fresh = await signedIn('editor');
    await postForm(app(), fresh.c, `/editor/articles/${id}/`, [...fields({ intent: 'save', title: 'A later revision', slug, base_version: '3' }).filter(([k]) => k !== '_csrf'), ['_csrf', fresh.token]]);
    const later = await page();
    assert.ok(later.includes('A later revision'));
    assert.match(later, /Updated <time datetime="[^"]+">/);
  });
});

describe('scheduling with two instances on one PostgreSQL', { skip: pgAdminUrl ? false : 'PostgreSQL is not installed' }, () => {
  let shared: TestDatabase;
  let secondHandle: DatabaseHandle;
  let a: Runtime;
  let b: Runtime;
  const clock = fixedClock('2026-11-20T12:00:00.000Z');

  before(async () => {
    shared = await createTestDatabase('postgres');
    secondHandle = openDatabase({ kind: 'postgres', url: shared.url });
    const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0' });
    a = await createRuntime(config, { database: shared, logger: false, migrate: false, clock });
    b = await createRuntime(config, { database: secondHandle, logger: false, migrate: false, clock });
  });

  after(async () => {
    await a?.close();
    await b?.close();
    await secondHandle?.close();
    await shared?.drop();
  });

  test('a scheduled article is published exactly once', async () => {
    const editor = await makeUser(a.ctx, { role: 'editor', name: 'Scheduling Editor' });
    const actor = { userId: editor.id, role: 'editor' as const, name: editor.name, email: editor.email, trusted: true, verified: true };
    const author = await makeAuthor(a.ctx);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await submitArticle(a.ctx, actor, {
        input: { title: `Timed piece ${i}`, bodyMarkdown: sampleBody(`timing ${i}`), authorIds: [author.id], categoryIds: [], tags: [] },
        intent: 'schedule',
        publishAt: new Date(clock.now().getTime() + 60_000).toISOString(),
      });
      ids.push(r.id);
    }
    clock.advance(61_000);
    // Both instances' schedulers at once, several times: the lease lets one run, the conditional update makes each publication single.
    const passes = await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.scheduler.tick(), b.scheduler.tick()]);
    const second = await Promise.all([b.scheduler.tick(), a.scheduler.tick()]);
    // Concurrent ticks in one process share one pass: count each pass once.
    const total = [...new Set([...passes, ...second])].reduce((n, p) => n + p.published, 0);
    assert.equal(total, 5);
    const publishes = await a.ctx.db.selectFrom('article_versions').select('article_id').where('kind', '=', 'publish').where('article_id', 'in', ids).execute();
    assert.equal(publishes.length, 5, 'one publish version per article');
    const served = await b.app.inject({ method: 'GET', url: `/${(await a.ctx.db.selectFrom('articles').select('slug').where('id', '=', ids[0] as number).executeTakeFirstOrThrow()).slug}/`, headers: { 'user-agent': BROWSER_UA } });
    assert.equal(served.statusCode, 200);
  });
});
