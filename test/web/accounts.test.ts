import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionCookieName } from '../../src/domain/accounts/sessions.js';
import { preSessionCookieName } from '../../src/web/plugins/csrf.js';
import { describeEachApp } from '../helpers/app.js';
import { Client, hiddenValue, lastMailTo, linkIn, makeUser, setCookies, strongPassword, uniqueEmail } from './accounts-client.js';

// The test app's SITE_URL is https: the session cookie has its __Host- name.
const SESSION_COOKIE = sessionCookieName(true);
const PRE_SESSION_COOKIE = preSessionCookieName(true);

const CSRF_TEXT = /This form expired or came from another site\. Go back, reload the page and try again\./;

describeEachApp('accounts: registration, sign-in, sessions, CSRF', (app) => {
  test('register → verification link (hashed, single use) → sign in → dashboard → sign out', async () => {
    const c = new Client(app);
    const email = uniqueEmail('newcomer');
    const password = strongPassword();
    const res = await c.submit('/register', '/register', { name: 'Nadia Quill', email: email.toUpperCase(), password, website: '' });
    assert.equal(res.statusCode, 303, res.body);
    assert.equal(res.headers.location, '/register/sent');
    const user = await app().ctx.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    assert.equal(user.role, 'reader');
    assert.equal(user.email_verified_at, null);
    assert.equal(user.trusted, 0);
    assert.match(user.password_hash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const mail = await lastMailTo(app().ctx, email);
    assert.ok(mail, 'a verification message is in the outbox');
    assert.equal(mail.status, 'stored');
    assert.match(mail.subject, /Confirm your email address/);
    assert.match(mail.text, /https:\/\/journal\.example\/verify-email\?token=/);
    assert.match(mail.html, /href="https:\/\/journal\.example\/verify-email\?token=/);
    const link = linkIn(mail.text, '/verify-email');
    const token = new URL(link, 'https://x').searchParams.get('token') ?? '';
    const stored = await app().ctx.db.selectFrom('auth_tokens').selectAll().where('user_id', '=', user.id).execute();
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]?.token_hash, token, 'only a hash of the token is stored');

    const verified = await c.get(link);
    assert.equal(verified.statusCode, 200);
    assert.match(verified.body, /Your email address is confirmed/);
    const again = await c.get(link);
    assert.equal(again.statusCode, 400, 'the link works once');
    assert.match(again.body, /expired or was already used/);

    const signIn = await c.signIn(email, password);
    assert.equal(signIn.statusCode, 303);
    assert.equal(signIn.headers.location, '/dashboard/');
    const dash = await c.get('/dashboard/');
    assert.equal(dash.statusCode, 200);
    assert.match(dash.body, /Hello, <span>Nadia Quill<\/span>/);
    assert.doesNotMatch(dash.body, /Please confirm your email address/);
    assert.equal(dash.headers['cache-control'], 'no-store');

    const out = await c.post('/logout', { _csrf: hiddenValue(dash.body, '_csrf') });
    assert.equal(out.statusCode, 303);
    assert.equal(c.cookies.has(SESSION_COOKIE), false);
    const after = await c.get('/dashboard/');
    assert.equal(after.statusCode, 303);
    assert.equal(after.headers.location, '/login?next=%2Fdashboard%2F');
    const audit = await app().ctx.db.selectFrom('audit_log').select('action').where('target_user_id', '=', user.id).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['register', 'email.verified', 'signin', 'signout']);
  });

  test('registering an address that exists looks the same and mails the owner instead', async () => {
    const existing = await makeUser(app().ctx);
    const c = new Client(app);
    const res = await c.submit('/register', '/register', { name: 'Someone Else', email: existing.email, password: strongPassword() });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/register/sent');
    const mail = await lastMailTo(app().ctx, existing.email);
    assert.match(mail?.subject ?? '', /You already have an account/);
    const n = await app().ctx.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('email', '=', existing.email).executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 1);
  });

  test('password rules are enforced on the form, with an error summary linked to the field', async () => {
    const c = new Client(app);
    const email = uniqueEmail('rules');
    const cases: Array<[string, RegExp]> = [
      ['short', /at least 10 characters/],
      ['Password123', /too common/],
      ['QWERTYUIOP', /too common/],
      [email, /must not be your email/],
      ['Petra Longname', /must not be your name/],
    ];
    for (const [password, message] of cases) {
      const res = await c.submit('/register', '/register', { name: 'Petra Longname', email, password });
      assert.equal(res.statusCode, 400, password);
      assert.match(res.body, message, password);
      assert.match(res.body, /<div class="error-summary" role="alert"/);
      assert.match(res.body, /<a href="#f-password">/);
      assert.match(res.body, /aria-describedby="f-password-hint f-password-error"/);
      assert.match(res.body, /aria-invalid="true"/);
      assert.match(res.body, new RegExp(`value="${email.replace(/[.]/g, '\\.')}"`), 'the form comes back filled');
      if (password !== email && password !== 'Petra Longname') assert.doesNotMatch(res.body, new RegExp(`value="${password}"`), 'never the password');
    }
    assert.equal(await app().ctx.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst(), undefined);
  });

  test('sign-in rotates the session: a cookie carried in is replaced and stops working', async () => {
    const u = await makeUser(app().ctx);
    const c = new Client(app);
    await c.signIn(u.email, u.password);
    const first = c.cookies.get(SESSION_COOKIE);
    assert.ok(first);
    // Sign in again on the same browser, as after a fixation attempt: the old id must die.
    const token = hiddenValue((await c.get('/dashboard/')).body, '_csrf');
    const again = await c.post('/login', { _csrf: token, email: u.email, password: u.password });
    assert.equal(again.statusCode, 303);
    const second = c.cookies.get(SESSION_COOKIE);
    assert.ok(second && second !== first);
    const stale = new Client(app);
    stale.cookies.set(SESSION_COOKIE, first);
    const res = await stale.get('/dashboard/');
    assert.equal(res.statusCode, 303, 'the old cookie no longer signs anyone in');
    const fresh = new Client(app);
    fresh.cookies.set(SESSION_COOKIE, second);
    assert.equal((await fresh.get('/dashboard/')).statusCode, 200);
  });

  test('an attacker-planted session id is not adopted at sign-in', async () => {
    const u = await makeUser(app().ctx);
    const c = new Client(app);
    c.cookies.set(SESSION_COOKIE, 'attacker-chosen-value-0123456789abcdef');
    await c.signIn(u.email, u.password);
    assert.notEqual(c.cookies.get(SESSION_COOKIE), 'attacker-chosen-value-0123456789abcdef');
    const rows = await app().ctx.db.selectFrom('sessions').select('id_hash').where('user_id', '=', u.id).execute();
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]?.id_hash, 'attacker-chosen-value-0123456789abcdef');
  });

  test('cookie attributes: HttpOnly, SameSite=Lax, Secure on https, Path=/; remember-me persists 30 days', async () => {
    const u = await makeUser(app().ctx);
    const plain = new Client(app);
    const res = await plain.signIn(u.email, u.password);
    const cookie = setCookies(res).find((x) => x.name === SESSION_COOKIE);
    assert.ok(cookie);
    assert.equal(cookie.attributes.httponly, true);
    assert.equal(cookie.attributes.secure, true);
    assert.equal(String(cookie.attributes.samesite).toLowerCase(), 'lax');
    assert.equal(cookie.attributes.path, '/');
    assert.equal(cookie.attributes['max-age'], undefined, 'a browser-session cookie');
    assert.equal(cookie.attributes.expires, undefined);
    assert.match(cookie.value, /^[A-Za-z0-9_-]{43}$/, '256 random bits');

    const remembered = new Client(app);
    const res2 = await remembered.signIn(u.email, u.password, true);
    const cookie2 = setCookies(res2).find((x) => x.name === SESSION_COOKIE);
    assert.equal(cookie2?.attributes['max-age'], String(30 * 24 * 3600));
    assert.ok(typeof cookie2?.attributes.expires === 'string');

    const pre = setCookies(await new Client(app).get('/login')).find((x) => x.name === PRE_SESSION_COOKIE);
    assert.equal(pre?.attributes.httponly, true);
    assert.equal(pre?.attributes.secure, true);
  });

  test('expiry is enforced on the server: 12 hours for a browser session, 30 days with remember-me', async () => {
    const u = await makeUser(app().ctx);
    const shortLived = new Client(app);
    await shortLived.signIn(u.email, u.password);
    const longLived = new Client(app);
    await longLived.signIn(u.email, u.password, true);
    app().clock.advance(12 * 3600 * 1000 + 1000);
    assert.equal((await shortLived.get('/dashboard/')).statusCode, 303);
    assert.equal((await longLived.get('/dashboard/')).statusCode, 200);
    app().clock.advance(30 * 24 * 3600 * 1000);
    assert.equal((await longLived.get('/dashboard/')).statusCode, 303);
  });

  test('CSRF: missing, forged and another session’s tokens get the explanatory 403 page', async () => {
    const u = await makeUser(app().ctx);
    const victim = new Client(app);
    await victim.signIn(u.email, u.password);
    const otherUser = await makeUser(app().ctx);
    const other = new Client(app);
    await other.signIn(otherUser.email, otherUser.password);
    const otherToken = hiddenValue((await other.get('/dashboard/account')).body, '_csrf');
    const ownToken = hiddenValue((await victim.get('/dashboard/account')).body, '_csrf');
    assert.ok(ownToken && otherToken && ownToken !== otherToken);
    for (const token of [undefined, 'forged-token', otherToken]) {
      const res = await victim.post('/dashboard/account/name', { ...(token !== undefined ? { _csrf: token } : {}), name: 'Hijacked' });
      assert.equal(res.statusCode, 403, String(token));
      assert.match(res.body, CSRF_TEXT);
    }
    const signOut = await victim.post('/logout', { _csrf: 'nope' });
    assert.equal(signOut.statusCode, 403);
    assert.equal((await victim.get('/dashboard/')).statusCode, 200, 'still signed in');
    const name = await app().ctx.db.selectFrom('users').select('name').where('id', '=', u.id).executeTakeFirstOrThrow();
    assert.notEqual(name.name, 'Hijacked');
    const ok = await victim.post('/dashboard/account/name', { _csrf: ownToken, name: 'Renamed Properly' });
    assert.equal(ok.statusCode, 303);
  });

  test('CSRF on anonymous forms: the token is bound to the pre-session cookie', async () => {
    const u = await makeUser(app().ctx);
    const a = new Client(app);
    const tokenA = hiddenValue((await a.get('/login')).body, '_csrf');
    const b = new Client(app);
    await b.get('/login');
    const crossSite = await b.post('/login', { _csrf: tokenA, email: u.email, password: u.password });
    assert.equal(crossSite.statusCode, 403, 'a token from another visitor does not fit this cookie');
    assert.match(crossSite.body, CSRF_TEXT);
    const noCookie = new Client(app);
    const res = await noCookie.post('/login', { _csrf: tokenA, email: u.email, password: u.password });
    assert.equal(res.statusCode, 403);
    const missing = await a.post('/register', { name: 'X', email: uniqueEmail(), password: strongPassword() });
    assert.equal(missing.statusCode, 403);
    // Any later route is covered too, including JSON requests and unknown paths.
    const api = await app().app.inject({ method: 'POST', url: '/anything/else', headers: { accept: 'application/json' }, payload: { a: 1 } });
    assert.equal(api.statusCode, 403);
    const viaHeader = await a.request('POST', '/login', { email: u.email, password: u.password }, { 'x-csrf-token': tokenA });
    assert.equal(viaHeader.statusCode, 303, 'the header form of the token works');
  });

  test('pages are policy-checked: anonymous visitors go to /login?next=, readers get 403 on staff areas', async () => {
    const anon = new Client(app);
    for (const path of ['/dashboard/', '/dashboard/account', '/editor/', '/admin/']) {
      const res = await anon.get(path);
      assert.equal(res.statusCode, 303, path);
      assert.equal(res.headers.location, `/login?next=${encodeURIComponent(path)}`);
    }
    assert.equal((await anon.get('/dashboard')).headers.location, '/dashboard/');
    const reader = await makeUser(app().ctx, { role: 'reader' });
    const r = new Client(app);
    await r.signIn(reader.email, reader.password);
    assert.equal((await r.get('/editor/')).statusCode, 403);
    assert.equal((await r.get('/admin/')).statusCode, 403);
    const dash = await r.get('/dashboard/');
    assert.doesNotMatch(dash.body, /href="\/editor\/"|href="\/admin\/"/, 'the page offers only what the policy allows');
    const admin = await makeUser(app().ctx, { role: 'admin' });
    const a = new Client(app);
    const signedIn = await a.submit('/login?next=%2Fadmin%2F', '/login', { email: admin.email, password: admin.password }, 0);
    assert.equal(signedIn.headers.location, '/admin/', 'back to the page that asked for sign-in');
    const adminPage = await a.get('/admin/');
    assert.equal(adminPage.statusCode, 200);
    assert.match(adminPage.body, /href="\/admin\/users"/);
    assert.match((await a.get('/dashboard/')).body, /href="\/editor\/"/);
    assert.equal((await a.get('/editor/')).statusCode, 200);
  });

  test('next= only ever leads to this site', async () => {
    const u = await makeUser(app().ctx);
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const c = new Client(app);
      const res = await c.submit(`/login?next=${encodeURIComponent(next)}`, '/login', { email: u.email, password: u.password }, 0);
      assert.equal(res.headers.location, '/dashboard/', next);
    }
  });

  test('the public layout links to the account area identically for everyone', async () => {
    const anon = await new Client(app).get('/search?q=x');
    const u = await makeUser(app().ctx, { name: 'Zebedee Unique' });
    const c = new Client(app);
    await c.signIn(u.email, u.password);
    const signedIn = await c.get('/search?q=x');
    assert.match(anon.body, /<a href="\/dashboard\/">Account<\/a>/);
    assert.equal(signedIn.body, anon.body);
    assert.equal(setCookies(signedIn).length, 0, 'public pages set no cookie');
  });

  test('security headers: nosniff, referrer policy, no framing, no stack traces', async () => {
    const res = await new Client(app).get('/login');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.doesNotMatch(String(res.headers['content-security-policy']), /script-src[^;]*unsafe-inline/);
    const big = await new Client(app).request('POST', '/login', { _csrf: 'x', filler: 'a'.repeat(1100 * 1024) });
    assert.equal(big.statusCode, 413);
    assert.doesNotMatch(big.body, /at [A-Za-z.]+ \(|node_modules/);
  });
});
