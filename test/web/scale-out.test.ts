import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { saveArticle } from '../../src/domain/articles/articles.service.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { visitTotals } from '../../src/domain/views/views.queries.js';
import { sessionCookieName } from '../../src/domain/accounts/sessions.js';
import { BROWSER_UA } from '../helpers/app.js';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../helpers/db.js';
import { makeArticle, sampleBody } from '../helpers/factories.js';
import { createUserFromCli } from '../../src/domain/accounts/user-admin.service.js';
import { hiddenValue, setCookies } from './accounts-client.js';

// Two app instances, each with its own connection pool and page cache, sharing one
// PostgreSQL database: what runs behind a load balancer.
describe('scale-out on PostgreSQL', { skip: pgAdminUrl ? false : 'PostgreSQL is not installed' }, () => {
  let shared: TestDatabase;
  let secondHandle: DatabaseHandle;
  let a: Runtime;
  let b: Runtime;

  before(async () => {
    shared = await createTestDatabase('postgres');
    secondHandle = openDatabase({ kind: 'postgres', url: shared.url });
    const config = loadConfig({ SITE_URL: 'https://journal.example', LOG_LEVEL: 'silent', MASTHEAD_DEMO: '0', TRUST_PROXY: '1' });
    a = await createRuntime(config, { database: shared, logger: false, migrate: false });
    b = await createRuntime(config, { database: secondHandle, logger: false, migrate: false });
  });

  after(async () => {
    await a?.close();
    await b?.close();
    await secondHandle?.close();
    await shared?.drop();
  });

  test('an edit published through one instance is served fresh by the other without a restart', async () => {
    const art = await makeArticle(a.ctx, { title: 'Before the edit' });
    const page = () => b.app.inject({ method: 'GET', url: `/${art.slug}/`, headers: { 'user-agent': 'curl/8' } });
    const home = () => b.app.inject({ method: 'GET', url: '/' });
    assert.match((await page()).body, /Before the edit/);
    assert.match((await home()).body, /Before the edit/);
    const edited = Date.now();
    await saveArticle(a.ctx, { title: 'After the edit', slug: art.slug, bodyMarkdown: sampleBody(), authorIds: art.authorIds, categoryIds: [], tags: [] }, art.id);
    // The notification normally arrives in milliseconds; the generous bound is for a loaded CI
    // machine, where a fixed second failed once. What matters is that B never needs a restart
    // or a TTL expiry (an hour for articles) to serve the edit.
    let fresh = false;
    while (Date.now() - edited < 15_000) {
      if (/After the edit/.test((await page()).body) && /After the edit/.test((await home()).body)) {
        fresh = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(fresh, 'instance B still served the old page 15 s after the edit');
  });

  test('visits recorded on both instances add up exactly', async () => {
    const art = await makeArticle(a.ctx);
    const visit = (rt: Runtime, visitor: number) =>
      rt.app.inject({ method: 'GET', url: `/${art.slug}/`, headers: { 'user-agent': BROWSER_UA, 'x-forwarded-for': `198.51.100.${visitor}` } });
    // Visitors 0-59 read on A, 40-99 on B: 40-59 read on both and must count once.
    for (let v = 0; v < 60; v++) await visit(a, v);
    for (let v = 40; v < 100; v++) await visit(b, v);
    await Promise.all([a.visits.flush(), b.visits.flush()]);
    const totals = await visitTotals(shared.db, art.id, new Date().toISOString().slice(0, 10));
    assert.deepEqual(totals, { total: 100, today: 100 });
  });

  test('a session started on one instance works on the other, and signing out there ends it everywhere', async () => {
    const password = 'correct horse battery staple 42';
    await createUserFromCli(a.ctx, { email: 'scale@example.org', name: 'Scale Tester', role: 'author', password });
    const jar = new Map<string, string>();
    const send = async (rt: Runtime, method: 'GET' | 'POST', url: string, form?: Record<string, string>) => {
      const res = await rt.app.inject({
        method,
        url,
        remoteAddress: '203.0.113.77',
        headers: {
          'user-agent': BROWSER_UA,
          accept: 'text/html',
          ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
      });
      for (const c of setCookies(res)) {
        if (c.value === '' || c.attributes['max-age'] === '0') jar.delete(c.name);
        else jar.set(c.name, c.value);
      }
      return res;
    };
    const login = await send(a, 'GET', '/login');
    const signedIn = await send(a, 'POST', '/login', { _csrf: hiddenValue(login.body, '_csrf'), email: 'scale@example.org', password });
    assert.equal(signedIn.statusCode, 303);
    const onB = await send(b, 'GET', '/dashboard/');
    assert.equal(onB.statusCode, 200);
    assert.match(onB.body, /Scale Tester/);
    const sessionCookie = [...jar].find(([k]) => k === sessionCookieName(true));
    assert.ok(sessionCookie, 'signed in with a session cookie');
    const logoutPage = await send(b, 'GET', '/logout');
    const out = await send(b, 'POST', '/logout', { _csrf: hiddenValue(logoutPage.body, '_csrf') });
    assert.equal(out.statusCode, 303);
    // Replay the old cookie on the other instance: the session is gone from the database.
    jar.set(sessionCookie[0], sessionCookie[1]);
    const backOnA = await send(a, 'GET', '/dashboard/');
    assert.equal(backOnA.statusCode, 303);
    assert.match(backOnA.headers.location as string, /^\/login/);
  });
});
