import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import { sessionCookieName } from '../../../src/domain/accounts/sessions.js';
import { addRedirect } from '../../../src/domain/redirects/redirects.queries.js';
import { encodeLocation, isSafeLocalPath, redirectSafely, safeNext } from '../../../src/web/safe-redirect.js';
import { describeEachApp } from '../../helpers/app.js';
import { Client, makeUser, setCookies } from '../accounts-client.js';

// Issue 14.6: a non-Latin `next` (GET /login?next=/%E4%B8%AD when signed in) answered a
// bare 500 without security headers, and POST /login with it made a session but sent no
// cookie. One helper now validates a redirect target and encodes its Location header.

const SESSION_COOKIE = sessionCookieName(true);
/** A Location value Node accepts and a browser reads as a path on this site. */
const ASCII_PATH = /^\/(?![/\\])[\x21-\x7e]*$/;

/** Values an attacker (or a confused link) might put in `next`. */
const HOSTILE = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  ' /dashboard/',
  '/dash\tboard',
  '/dash\nboard',
  '/x\r\nSet-Cookie: a=b',
  '/\u0000',
  '/\u007f',
  '/\u0085',
  '/a\u2028b',
  '/\ud800',
  '/\udc00x',
  `/${'a'.repeat(5000)}`,
  '',
];

describe('safe redirect helper', () => {
  test('same-site paths are kept; everything else goes to the fallback', () => {
    for (const ok of ['/', '/dashboard/account', '/中/', '/a?b=c&d=%20e#f', '/.well-known/x', '/%2F%2Fevil']) assert.equal(isSafeLocalPath(ok), true, ok);
    for (const bad of HOSTILE) assert.equal(isSafeLocalPath(bad), false, JSON.stringify(bad.slice(0, 40)));
    assert.equal(isSafeLocalPath(undefined), false);
    assert.equal(isSafeLocalPath(['/a']), false);
    assert.equal(safeNext('/dashboard/account'), '/dashboard/account');
    assert.equal(safeNext('//evil.example'), '/dashboard/');
    assert.equal(safeNext('/login?next=/x', { refuse: ['/login'] }), '/dashboard/');
    assert.equal(safeNext('/bad\\', { fallback: '/' }), '/');
  });

  test('Location values are ASCII, UTF-8 percent-encoded, existing escapes kept', () => {
    assert.equal(encodeLocation('/中'), '/%E4%B8%AD');
    assert.equal(encodeLocation('/%E4%B8%AD'), '/%E4%B8%AD');
    assert.equal(encodeLocation('/café?q=ü&r=%zz'), '/caf%C3%A9?q=%C3%BC&r=%25zz');
    assert.equal(encodeLocation('/😀"<>`{}|^'), '/%F0%9F%98%80%22%3C%3E%60%7B%7D%7C%5E');
  });

  test('no input makes a redirect throw: random strings through a real Fastify reply', async () => {
    const app = Fastify();
    app.get('/go', async (request, reply) => redirectSafely(reply, (request.query as { to?: string }).to, 303));
    const samples = [...HOSTILE];
    for (let i = 0; i < 300; i++) {
      // Random UTF-16 code units: controls, surrogate halves, non-Latin scripts, ASCII.
      const units = [...randomBytes(24)].map((b, j) => (j % 3 === 0 ? b : j % 3 === 1 ? 0xd700 + b * 8 : 0x4e00 + b));
      samples.push(`/${String.fromCharCode(...units)}`);
    }
    for (const to of samples) {
      const res = await app.inject({ url: `/go?to=${encodeURIComponent(to.replace(/[\ud800-\udfff]/g, '\ufffd'))}` });
      assert.equal(res.statusCode, 303, JSON.stringify(to.slice(0, 40)));
      assert.match(String(res.headers.location), ASCII_PATH);
    }
    // Lone surrogates cannot cross a URL; handed to the helper directly they still go home.
    const direct = Fastify();
    direct.get('/go', async (_request, reply) => redirectSafely(reply, '/\ud800x', 303, '/home'));
    assert.equal((await direct.inject({ url: '/go' })).headers.location, '/home');
    await app.close();
    await direct.close();
  });
});

describeEachApp('sign-in with a non-Latin or hostile next', (app) => {
  test('GET /login?next=/%E4%B8%AD signed in: 303 to the encoded path, with the security headers', async () => {
    const user = await makeUser(app().ctx);
    const c = new Client(app);
    assert.equal((await c.signIn(user.email, user.password)).statusCode, 303);
    const res = await c.get('/login?next=/%E4%B8%AD');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/%E4%B8%AD');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.ok(res.headers['content-security-policy']);
    for (const next of HOSTILE.filter((v) => !/[\ud800-\udfff]/.test(v))) {
      const hostile = await c.get(`/login?next=${encodeURIComponent(next)}`);
      assert.equal(hostile.statusCode, 303, JSON.stringify(next.slice(0, 40)));
      assert.equal(hostile.headers.location, '/dashboard/', JSON.stringify(next.slice(0, 40)));
    }
  });

  test('POST /login with next=/中: a session, its cookie, and the encoded redirect', async () => {
    const user = await makeUser(app().ctx);
    const c = new Client(app);
    const page = '/login?next=/%E4%B8%AD%3Fa%3D%C3%BC';
    assert.match((await c.get(page)).body, /name="next" value="\/中\?a=ü"/);
    const res = await c.submit(page, '/login', { email: user.email, password: user.password }, 0);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/%E4%B8%AD?a=%C3%BC');
    assert.ok(setCookies(res).some((k) => k.name === SESSION_COOKIE && k.value !== ''), 'the session cookie is sent');
    assert.equal((await c.get('/dashboard/')).statusCode, 200, 'and the browser is signed in');
  });

  test('a desk page asked for anonymously with a non-Latin query goes to sign-in, encoded', async () => {
    const c = new Client(app);
    const res = await c.get('/dashboard/account?x=%E4%B8%AD');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/login\?next=[\x21-\x7e]+$/);
  });

  test('a stored redirect to a non-Latin path answers 301 with the encoded path, not a 500', async () => {
    await addRedirect(app().ctx.db, { from: '/old-essay-zh/', to: '/中文/', source: 'manual', now: app().clock.now().toISOString() });
    const res = await new Client(app).get('/old-essay-zh/?ref=%C3%BC');
    assert.equal(res.statusCode, 301);
    assert.equal(res.headers.location, '/%E4%B8%AD%E6%96%87/?ref=%C3%BC');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
});
