import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setAccountDisabled, setTrusted, changeRole } from '../../src/domain/accounts/user-admin.service.js';
import { LIMITS, hit } from '../../src/domain/accounts/rate-limits.js';
import { findUserById, toActor } from '../../src/domain/accounts/users.queries.js';
import { saveAuthor } from '../../src/domain/authors/authors.js';
import { describeEachApp } from '../helpers/app.js';
import { Client, hiddenValue, lastMailTo, linkIn, makeUser, strongPassword, toFreshWindow, uniqueEmail } from './accounts-client.js';

async function actorOf(ctx: Parameters<typeof findUserById>[0], id: number) {
  const u = await findUserById(ctx, id);
  if (!u) throw new Error('no user');
  return toActor(u);
}

describeEachApp('accounts: spam defences, rate limits, resets and account changes', (app) => {
  const userCount = async (email: string) =>
    Number((await app().ctx.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('email', '=', email).executeTakeFirstOrThrow()).n);

  test('registration: a filled honeypot is answered like success and creates nothing', async () => {
    const c = new Client(app);
    const email = uniqueEmail('bot');
    const res = await c.submit('/register', '/register', { name: 'Bot', email, password: strongPassword(), website: 'https://spam.example' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/register/sent');
    assert.equal(await userCount(email), 0);
    assert.equal(await lastMailTo(app().ctx, email), undefined);
  });

  test('registration: too fast (under 2 s), expired (over 2 h) and tampered form tokens are refused', async () => {
    const email = uniqueEmail('hasty');
    const fields = { name: 'Hasty Person', email, password: strongPassword() };
    const fast = await new Client(app).submit('/register', '/register', fields, 500);
    assert.equal(fast.statusCode, 400);
    assert.match(fast.body, /quicker than a person/);
    const slow = await new Client(app).submit('/register', '/register', fields, 2 * 3600 * 1000 + 60_000);
    assert.equal(slow.statusCode, 400);
    assert.match(slow.body, /open for too long/);
    const c = new Client(app);
    const html = (await c.get('/register')).body;
    app().clock.advance(3000);
    const forged = await c.post('/register', { _csrf: hiddenValue(html, '_csrf'), _ft: '1.abc', ...fields });
    assert.equal(forged.statusCode, 400);
    const missing = await c.post('/register', { _csrf: hiddenValue(html, '_csrf'), ...fields });
    assert.equal(missing.statusCode, 400);
    assert.equal(await userCount(email), 0);
    // The refused form comes back with a fresh token, and waiting then sending works.
    const ok = await new Client(app).submit('/register', '/register', fields, 2500);
    assert.equal(ok.statusCode, 303);
    assert.equal(await userCount(email), 1);
  });

  test('registration is rate limited per client address', async () => {
    toFreshWindow(app());
    const c = new Client(app);
    for (let i = 0; i < LIMITS.register.max; i++) {
      const res = await c.submit('/register', '/register', { name: `Person ${i}`, email: uniqueEmail('many'), password: strongPassword() }, 2100);
      assert.equal(res.statusCode, 303, `attempt ${i + 1}`);
    }
    const blocked = await c.submit('/register', '/register', { name: 'One more', email: uniqueEmail('many'), password: strongPassword() }, 2100);
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /Too many attempts/);
    const elsewhere = await new Client(app).submit('/register', '/register', { name: 'Other net', email: uniqueEmail('many'), password: strongPassword() }, 2100);
    assert.equal(elsewhere.statusCode, 303, 'other addresses are not affected');
  });

  test('sign-in is limited per account and address, with the same message whether or not the account exists', async () => {
    toFreshWindow(app());
    const u = await makeUser(app().ctx);
    const ghost = uniqueEmail('ghost');
    for (const email of [u.email, ghost]) {
      // One guesser on one address: five tries, then the door shuts for this account there.
      const guesser = new Client(app);
      for (let i = 0; i < 5; i++) {
        const res = await guesser.signIn(email, 'wrong-password-123');
        assert.equal(res.statusCode, 401);
        assert.match(res.body, /The email address or password is not right\./);
      }
      const locked = await guesser.signIn(email, email === u.email ? u.password : 'whatever-1234');
      assert.equal(locked.statusCode, 429, email);
      assert.match(locked.body, /Too many sign-in attempts\. Wait 15 minutes/);
    }
    assert.equal((await new Client(app).signIn(u.email, u.password)).statusCode, 303, 'the owner elsewhere is not locked out');
    app().clock.advance(16 * 60 * 1000);
    const audit = await app().ctx.db.selectFrom('audit_log').select('action').where('target_user_id', '=', u.id).execute();
    assert.ok(audit.filter((a) => a.action === 'signin.failed').length >= 5);
    assert.ok(audit.some((a) => a.action === 'signin.locked'));
  });

  test('sign-in is limited per client address across accounts', async () => {
    toFreshWindow(app());
    const attacker = new Client(app);
    // The address limit is high (a campus shares one address): most of it is used up directly.
    for (let i = 1; i < LIMITS.signInAddress.max; i++) await hit(app().ctx.db, LIMITS.signInAddress, attacker.ip, app().clock.now());
    await attacker.signIn(uniqueEmail('spray'), 'wrong-password-123');
    const u = await makeUser(app().ctx);
    assert.equal((await attacker.signIn(u.email, u.password)).statusCode, 429);
    assert.equal((await new Client(app).signIn(u.email, u.password)).statusCode, 303);
  });

  test('a disabled account cannot sign in and its open sessions stop at once', async () => {
    const u = await makeUser(app().ctx);
    const admin = await makeUser(app().ctx, { role: 'admin' });
    const c = new Client(app);
    await c.signIn(u.email, u.password);
    assert.equal((await c.get('/dashboard/')).statusCode, 200);
    await setAccountDisabled(app().ctx, await actorOf(app().ctx.db, admin.id), u.id, true, { ip: '127.0.0.1' });
    assert.equal((await c.get('/dashboard/')).statusCode, 303);
    const again = await new Client(app).signIn(u.email, u.password);
    assert.equal(again.statusCode, 401);
    assert.match(again.body, /disabled/);
    // Disabled directly in the table (no session cleanup): the session still stops working.
    const v = await makeUser(app().ctx);
    const d = new Client(app);
    await d.signIn(v.email, v.password);
    await app().ctx.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', v.id).execute();
    assert.equal((await d.get('/dashboard/')).statusCode, 303);
    const audit = await app().ctx.db.selectFrom('audit_log').selectAll().where('target_user_id', '=', u.id).where('action', '=', 'account.disabled').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actor_user_id, admin.id);
  });

  test('password reset: same answer for unknown addresses; the link works once and expires after an hour', async () => {
    toFreshWindow(app());
    const u = await makeUser(app().ctx);
    const c = new Client(app);
    await c.signIn(u.email, u.password);
    const unknown = await new Client(app).submit('/forgot-password', '/forgot-password', { email: uniqueEmail('nobody') });
    const known = await new Client(app).submit('/forgot-password', '/forgot-password', { email: u.email });
    assert.equal(unknown.statusCode, 303);
    assert.equal(known.statusCode, 303);
    assert.equal(unknown.headers.location, known.headers.location);
    const mail = await lastMailTo(app().ctx, u.email);
    assert.match(mail?.subject ?? '', /Reset your password/);
    const link = linkIn(mail?.text ?? '', '/reset-password');

    const reader = new Client(app);
    const form = await reader.get(link);
    assert.equal(form.statusCode, 200);
    const weak = await reader.post('/reset-password', { _csrf: hiddenValue(form.body, '_csrf'), token: hiddenValue(form.body, 'token'), password: 'password12' });
    assert.equal(weak.statusCode, 400, 'a refused password does not spend the link');
    const fresh = strongPassword();
    const done = await reader.post('/reset-password', { _csrf: hiddenValue(form.body, '_csrf'), token: hiddenValue(form.body, 'token'), password: fresh });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/login?done=reset');
    assert.equal((await c.get('/dashboard/')).statusCode, 303, 'sessions end when the password is reset');
    assert.equal((await reader.get(link)).statusCode, 400, 'single use');
    const reuse = await reader.post('/reset-password', { _csrf: hiddenValue(form.body, '_csrf'), token: hiddenValue(form.body, 'token'), password: strongPassword() });
    assert.equal(reuse.statusCode, 400);
    assert.equal((await new Client(app).signIn(u.email, u.password)).statusCode, 401, 'the old password is gone');
    assert.equal((await new Client(app).signIn(u.email, fresh)).statusCode, 303);

    await new Client(app).submit('/forgot-password', '/forgot-password', { email: u.email });
    const late = linkIn((await lastMailTo(app().ctx, u.email))?.text ?? '', '/reset-password');
    app().clock.advance(59 * 60 * 1000);
    assert.equal((await new Client(app).get(late)).statusCode, 200, 'still live at 59 minutes');
    app().clock.advance(2 * 60 * 1000);
    const expired = await new Client(app).get(late);
    assert.equal(expired.statusCode, 400, 'dead after an hour');
    assert.match(expired.body, /expired or was already used/);
  });

  test('password reset is rate limited per email (silently) and per address (visibly)', async () => {
    toFreshWindow(app());
    const u = await makeUser(app().ctx);
    for (let i = 0; i < 5; i++) await new Client(app).submit('/forgot-password', '/forgot-password', { email: u.email });
    const sent = await app().ctx.db.selectFrom('outbox').select('id').where('to_address', '=', u.email).where('subject', 'like', 'Reset%').execute();
    assert.equal(sent.length, 3, 'at most 3 links an hour to one inbox');
    const c = new Client(app);
    for (let i = 0; i < 10; i++) assert.equal((await c.submit('/forgot-password', '/forgot-password', { email: uniqueEmail('flood') })).statusCode, 303);
    assert.equal((await c.submit('/forgot-password', '/forgot-password', { email: uniqueEmail('flood') })).statusCode, 429);
  });

  test('change password needs the current one and signs out the other sessions', async () => {
    const u = await makeUser(app().ctx);
    const here = new Client(app);
    const elsewhere = new Client(app);
    await here.signIn(u.email, u.password);
    await elsewhere.signIn(u.email, u.password);
    const page = await here.get('/dashboard/account');
    const csrf = hiddenValue(page.body, '_csrf');
    const wrong = await here.post('/dashboard/account/password', { _csrf: csrf, current: 'not-my-password', password: strongPassword() });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /current password is not right/);
    const next = strongPassword();
    const ok = await here.post('/dashboard/account/password', { _csrf: csrf, current: u.password, password: next });
    assert.equal(ok.statusCode, 303);
    assert.equal((await here.get('/dashboard/')).statusCode, 200, 'this browser stays signed in');
    assert.equal((await elsewhere.get('/dashboard/')).statusCode, 303, 'the other one is signed out');
    assert.match((await lastMailTo(app().ctx, u.email))?.subject ?? '', /Your password was changed/);
  });

  test('change email: link to the new address, notice to the old, then the new one signs in', async () => {
    const u = await makeUser(app().ctx);
    const c = new Client(app);
    await c.signIn(u.email, u.password);
    const csrf = hiddenValue((await c.get('/dashboard/account')).body, '_csrf');
    const next = uniqueEmail('moved');
    const res = await c.post('/dashboard/account/email', { _csrf: csrf, email: next, email_current: u.password });
    assert.equal(res.statusCode, 303);
    assert.match((await lastMailTo(app().ctx, u.email))?.subject ?? '', /change of email address was requested/);
    const link = linkIn((await lastMailTo(app().ctx, next))?.text ?? '', '/confirm-email');
    assert.equal((await findUserById(app().ctx.db, u.id))?.email, u.email, 'nothing changes before the link is opened');
    assert.equal((await new Client(app).get(link)).statusCode, 200);
    assert.equal((await findUserById(app().ctx.db, u.id))?.email, next);
    assert.match((await lastMailTo(app().ctx, u.email))?.subject ?? '', /Your email address was changed/);
    assert.equal((await new Client(app).get(link)).statusCode, 400, 'single use');
    assert.equal((await new Client(app).signIn(next, u.password)).statusCode, 303);
  });

  test('sign out everywhere ends every session of the account', async () => {
    const u = await makeUser(app().ctx);
    const a = new Client(app);
    const b = new Client(app);
    await a.signIn(u.email, u.password, true);
    await b.signIn(u.email, u.password);
    const res = await a.post('/logout/everywhere', { _csrf: hiddenValue((await a.get('/dashboard/account')).body, '_csrf') });
    assert.equal(res.statusCode, 303);
    assert.equal((await a.get('/dashboard/')).statusCode, 303);
    assert.equal((await b.get('/dashboard/')).statusCode, 303);
    const left = await app().ctx.db.selectFrom('sessions').select('id_hash').where('user_id', '=', u.id).execute();
    assert.equal(left.length, 0);
  });

  test('profile links of an untrusted account are hidden on the public author page until trusted', async () => {
    const u = await makeUser(app().ctx);
    const editor = await makeUser(app().ctx, { role: 'editor' });
    const slug = `linked-${u.id}`;
    await saveAuthor(app().ctx.db, { slug, name: 'Linked Writer', userId: u.id, links: [{ label: 'Homepage', url: 'https://linked.example/' }] }, app().ctx.clock.now().toISOString());
    await app().ctx.db.updateTable('users').set({ trusted: 0 }).where('id', '=', u.id).execute();
    const hidden = await new Client(app).get(`/author/${slug}/`);
    assert.equal(hidden.statusCode, 200);
    assert.doesNotMatch(hidden.body, /linked\.example/);
    await setTrusted(app().ctx, await actorOf(app().ctx.db, editor.id), u.id, true, { ip: '127.0.0.1' });
    app().ctx.events.emit({ kind: 'all' });
    const shown = await new Client(app).get(`/author/${slug}/`);
    assert.match(shown.body, /href="https:\/\/linked\.example\/"/);
  });

  test('role changes are audited and only admins may make them', async () => {
    const admin = await makeUser(app().ctx, { role: 'admin' });
    const editor = await makeUser(app().ctx, { role: 'editor' });
    const u = await makeUser(app().ctx);
    await assert.rejects(changeRole(app().ctx, await actorOf(app().ctx.db, editor.id), u.id, 'author', { ip: '1.2.3.4' }), { statusCode: 403 });
    await changeRole(app().ctx, await actorOf(app().ctx.db, admin.id), u.id, 'author', { ip: '1.2.3.4' });
    assert.equal((await findUserById(app().ctx.db, u.id))?.role, 'author');
    const entry = await app().ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'role.changed').where('target_user_id', '=', u.id).executeTakeFirstOrThrow();
    assert.equal(entry.detail, 'reader → author');
    assert.equal(entry.ip, '1.2.3.4');
  });
});
