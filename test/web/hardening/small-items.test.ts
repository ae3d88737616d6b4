import assert from 'node:assert/strict';
import { request } from 'node:http';
import { before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sessionCookieName } from '../../../src/domain/accounts/sessions.js';
import { PageCache } from '../../../src/web/cache/page-cache.js';
import { GZIP_ONLY, preferredEncoding } from '../../../src/web/cache/serve-cached.js';
import { CROSS_SITE_MESSAGE, preSessionCookieName } from '../../../src/web/plugins/csrf.js';
import { BROWSER_UA, describeEachApp } from '../../helpers/app.js';
import { serveOnLoopback } from '../../helpers/browser.js';
import { makeArticle } from '../../helpers/factories.js';
import { Client, hiddenValue, makeUser, setCookies, strongPassword, uniqueEmail } from '../accounts-client.js';

// Issue 14, item 10: the smaller hardening items, each as a regression test.

const SESSION = sessionCookieName(true);
const PRE_SESSION = preSessionCookieName(true);
const crossSite = new RegExp(CROSS_SITE_MESSAGE.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

function rawGet(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: { 'user-agent': BROWSER_UA, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h[k] = String(v);
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describeEachApp('hardening: small items', (app) => {
  let base = '';
  before(async () => {
    base = await serveOnLoopback(app().app);
  });

  test('a: a POST whose Origin or Referer is another site is refused, even with a valid token', async () => {
    const u = await makeUser(app().ctx);
    const c = new Client(app);
    const login = await c.get('/login');
    const form = { _csrf: hiddenValue(login.body, '_csrf'), email: u.email, password: u.password };
    const foreign: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { origin: 'null' }, { referer: 'https://evil.example/page' }, { origin: 'http://journal.example' }];
    for (const headers of foreign) {
      const res = await c.request('POST', '/login', form, headers);
      assert.equal(res.statusCode, 403, JSON.stringify(headers));
      assert.match(res.body, crossSite);
      assert.match(String(res.headers['content-type']), /text\/html/);
    }
    assert.equal(c.cookies.has(SESSION), false, 'nothing signed in');
    const same = await c.request('POST', '/login', form, { origin: 'https://journal.example', referer: 'https://evil.example/' });
    assert.equal(same.statusCode, 303, 'Origin decides when present');
    assert.ok(c.cookies.has(SESSION));
  });

  test('b: no CSRF token in any URL: the profile form carries it in a field, and a token in the query is refused', async () => {
    const u = await makeUser(app().ctx, { role: 'author' });
    const c = new Client(app);
    await c.signIn(u.email, u.password);
    await c.post('/dashboard/profile/create', { _csrf: hiddenValue((await c.get('/dashboard/profile')).body, '_csrf') });
    const page = await c.get('/dashboard/profile');
    assert.doesNotMatch(page.body, /[?&]_csrf=/);
    const token = hiddenValue(page.body, '_csrf');
    assert.ok(token);
    const queryOnly = await c.request('POST', `/dashboard/account/name?_csrf=${encodeURIComponent(token)}`, { name: 'Query Token' });
    assert.equal(queryOnly.statusCode, 403);
  });

  test('c: cached pages honour Accept-Encoding exactly, on the fast path and the framework', async () => {
    const art = await makeArticle(app().ctx);
    const first = await rawGet(base, `/${art.slug}/`, {}); // renders and caches the page
    assert.equal(first.status, 200);
    const served = app().app.fastPath?.served ?? 0;
    const brOnly = await rawGet(base, `/${art.slug}/`, { 'accept-encoding': 'br' });
    assert.equal(app().app.fastPath?.served, served + 1, 'answered by the fast path');
    assert.equal(brOnly.headers['content-encoding'], undefined, 'not gzip to a client that takes only br');
    assert.match(brOnly.body.toString(), /<html/);
    const refused = await rawGet(base, `/${art.slug}/`, { 'accept-encoding': 'gzip;q=0, *' });
    assert.equal(refused.headers['content-encoding'], undefined, 'gzip;q=0 is a refusal even with *');
    const gz = await rawGet(base, `/${art.slug}/`, { 'accept-encoding': 'br, gzip;q=0.5' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(gz.body).toString(), /<html/);
    const viaFramework = await app().app.inject({ method: 'GET', url: `/${art.slug}/`, headers: { 'user-agent': BROWSER_UA, 'accept-encoding': 'br' } });
    // The framework may brotli-compress the plain page on the way out: what a br-only client accepts.
    assert.notEqual(viaFramework.headers['content-encoding'], 'gzip');
    const home = await app().app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br;q=0, gzip;q=0, *;q=0' } });
    assert.equal(home.headers['content-encoding'], undefined, 'identity when every coding is refused');
    const star = await app().app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br;q=0, *' } });
    assert.equal(star.headers['content-encoding'], 'gzip');
  });

  test('d: a password change gives this browser a new session id; sign-in gives a new pre-session', async () => {
    const u = await makeUser(app().ctx);
    const c = new Client(app);
    await c.get('/login');
    const anonymous = c.cookies.get(PRE_SESSION);
    assert.ok(anonymous);
    await c.signIn(u.email, u.password);
    assert.ok(c.cookies.get(PRE_SESSION));
    assert.notEqual(c.cookies.get(PRE_SESSION), anonymous, 'the pre-session cookie was replaced at sign-in');

    const before = c.cookies.get(SESSION) as string;
    const csrf = hiddenValue((await c.get('/dashboard/account')).body, '_csrf');
    const res = await c.post('/dashboard/account/password', { _csrf: csrf, current: u.password, password: strongPassword() });
    assert.equal(res.statusCode, 303);
    const after = c.cookies.get(SESSION);
    assert.ok(after);
    assert.notEqual(after, before, 'a new session id');
    assert.equal((await c.get('/dashboard/')).statusCode, 200, 'still signed in');
    const stale = new Client(app);
    stale.cookies.set(SESSION, before);
    assert.equal((await stale.get('/dashboard/')).statusCode, 303, 'the old id no longer works');
  });

  test('e: over https the cookies have __Host- names, Secure, Path=/ and no Domain', async () => {
    const u = await makeUser(app().ctx);
    const c = new Client(app);
    const pre = setCookies(await c.get('/login'));
    const signedIn = setCookies(await c.signIn(u.email, u.password));
    const names = [...pre, ...signedIn].map((x) => x.name);
    assert.ok(names.includes('__Host-masthead_presession'), names.join());
    assert.ok(names.includes('__Host-masthead_session'), names.join());
    for (const cookie of [...pre, ...signedIn]) {
      assert.match(cookie.name, /^__Host-/);
      assert.equal(cookie.attributes.secure, true);
      assert.equal(cookie.attributes.path, '/');
      assert.equal(cookie.attributes.domain, undefined);
    }
    const bare = new Client(app);
    bare.cookies.set('masthead_session', c.cookies.get(SESSION) as string);
    assert.equal((await bare.get('/dashboard/')).statusCode, 303, 'the bare name is not read over https');
  });

  test('f: a Permissions-Policy header, on the fast path too', async () => {
    const art = await makeArticle(app().ctx);
    const page = await app().app.inject({ method: 'GET', url: '/', headers: { 'user-agent': BROWSER_UA } });
    assert.match(String(page.headers['permissions-policy']), /camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    await rawGet(base, `/${art.slug}/`, {});
    const served = app().app.fastPath?.served ?? 0;
    const fast = await rawGet(base, `/${art.slug}/`, {});
    assert.equal(app().app.fastPath?.served, served + 1);
    assert.equal(fast.headers['permissions-policy'], page.headers['permissions-policy']);
  });

  test('g: what was typed for an unknown account is not in the audit log', async () => {
    const c = new Client(app);
    const typed = `Tr0ub4dor-${uniqueEmail('typo')}`;
    const res = await c.signIn(typed, 'whatever-password');
    assert.match(String(res.statusCode), /^4/);
    const rows = await app().ctx.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'signin.failed').execute();
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => !r.detail.includes(typed.toLowerCase()) && !r.detail.includes(typed)), 'the typed text is not stored');
    const known = await makeUser(app().ctx);
    await new Client(app).signIn(known.email, 'not-the-password');
    const knownRow = await app().ctx.db.selectFrom('audit_log').select('target_user_id').where('action', '=', 'signin.failed').where('target_user_id', '=', known.id).executeTakeFirst();
    assert.ok(knownRow, 'a failure for a known account is still recorded against it');
  });

  test('h: search result pages do not push article pages out of the page cache', () => {
    const small = new PageCache({ maxBytes: 50_000, separateBudgets: { 'search:': 20_000 } });
    const article = small.staticEntry('text/html', 'a'.repeat(10_000), 60_000);
    small.set('article:kept', article, small.generation);
    for (let i = 0; i < 200; i++) small.set(`search:1:query ${i}`, small.staticEntry('text/html', `results ${i} ${'x'.repeat(5_000)}`, 60_000), small.generation);
    assert.ok(small.has('article:kept'), 'the article page is still cached');
    assert.ok(small.has('search:1:query 199'), 'recent searches are cached');
    assert.equal(small.has('search:1:query 0'), false, 'old searches gave way to each other');
    // The app's own cache keeps search results apart by default.
    const app8 = new PageCache({ maxBytes: 30_000 });
    app8.set('article:kept', article, app8.generation);
    for (let i = 0; i < 50; i++) app8.set(`search:1:q${i}`, app8.staticEntry('text/html', 'y'.repeat(5_000), 60_000), app8.generation);
    assert.ok(app8.has('article:kept'));
  });
});

describeEachApp(
  'hardening: small items over plain http',
  (app) => {
    test('e: plain http keeps the bare cookie names (browsers refuse __Host- without Secure)', async () => {
      const res = await app().app.inject({ method: 'GET', url: '/login', headers: { 'user-agent': BROWSER_UA } });
      const names = setCookies(res).map((x) => x.name);
      assert.deepEqual(names, ['masthead_presession']);
    });

    test('a: same site is SITE_URL’s scheme and host, whatever the port', async () => {
      const c = new Client(app);
      const login = await c.get('/login');
      const form = { _csrf: hiddenValue(login.body, '_csrf'), email: uniqueEmail(), password: 'not-a-password' };
      const samePortless = await c.request('POST', '/login', form, { origin: 'http://127.0.0.1:43210' });
      assert.notEqual(samePortless.statusCode, 403);
      assert.doesNotMatch(samePortless.body, crossSite);
      assert.equal((await c.request('POST', '/login', form, { origin: 'http://127.0.0.2:43210' })).statusCode, 403);
    });
  },
  { SITE_URL: 'http://127.0.0.1' },
);

describeEachApp(
  'hardening: redirects in CDN mode',
  (app) => {
    test('i: every redirect says how long it may be cached', async () => {
      const art = await makeArticle(app().ctx);
      const canonical = await app().app.inject({ method: 'GET', url: `/${art.slug}`, headers: { 'user-agent': BROWSER_UA } });
      assert.equal(canonical.statusCode, 301);
      assert.equal(canonical.headers['cache-control'], 'public, max-age=0, s-maxage=30');
      const feed = await app().app.inject({ method: 'GET', url: '/feed' });
      assert.equal(feed.statusCode, 301);
      assert.match(String(feed.headers['cache-control']), /s-maxage=30/);
      const guarded = await app().app.inject({ method: 'GET', url: '/dashboard/' });
      assert.equal(guarded.statusCode, 303);
      assert.equal(guarded.headers['cache-control'], 'no-store', 'a redirect that depends on who asks is never shared');
      const u = await makeUser(app().ctx);
      const signedIn = await new Client(app).signIn(u.email, u.password);
      assert.equal(signedIn.statusCode, 303);
      assert.match(String(signedIn.headers['cache-control']), /no-store/);
    });
  },
  { CDN_MODE: '1', CDN_MAX_AGE: '30' },
);

test('preferredEncoding: q=0 refuses, * stands for the unlisted, identity when nothing fits', () => {
  assert.equal(preferredEncoding('br'), 'br');
  assert.equal(preferredEncoding('br', GZIP_ONLY), 'identity');
  assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(preferredEncoding('gzip;q=1, br;q=0.5'), 'gzip');
  assert.equal(preferredEncoding('gzip;q=0, *'), 'br');
  assert.equal(preferredEncoding('gzip;q=0, *', GZIP_ONLY), 'identity');
  assert.equal(preferredEncoding('*;q=0'), 'identity');
  assert.equal(preferredEncoding('BR;Q=0, GZIP'), 'gzip');
  assert.equal(preferredEncoding(undefined), 'identity');
  assert.equal(preferredEncoding(''), 'identity');
  assert.equal(preferredEncoding(['deflate', 'gzip;q=0.2']), 'gzip');
});
