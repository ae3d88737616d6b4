import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachApp, type TestApp } from '../../helpers/app.js';
import { Client, hiddenValue, lastMailTo, linkIn, makeUser, strongPassword, uniqueEmail } from '../accounts-client.js';

// Issue 14.5: a reset link requested before the owner changed their password still
// reset it afterwards, and an email change revoked nothing. Now a password change, a
// completed reset and a completed change of address each spend every outstanding link
// of the account, in the same transaction as the change.

const DEAD = /This link has expired or was already used/;
const WHY = /stop working as soon as the password or the email address of the account changes/;

async function resetLinkFor(app: () => TestApp, email: string): Promise<string> {
  const res = await new Client(app).submit('/forgot-password', '/forgot-password', { email });
  assert.equal(res.statusCode, 303);
  return linkIn((await lastMailTo(app().ctx, email))?.text ?? '', '/reset-password');
}

/** The link is refused: a 4xx page saying why, on opening it and on posting its form. */
async function assertResetLinkDead(app: () => TestApp, link: string): Promise<void> {
  const c = new Client(app);
  const page = await c.get(link);
  assert.equal(page.statusCode, 400);
  assert.match(page.body, DEAD);
  assert.match(page.body, WHY);
  const token = new URL(link, 'https://journal.example').searchParams.get('token') ?? '';
  const csrf = hiddenValue((await c.get('/forgot-password')).body, '_csrf');
  const post = await c.post('/reset-password', { _csrf: csrf, token, password: strongPassword() });
  assert.equal(post.statusCode, 400);
  assert.match(post.body, DEAD);
}

async function signedIn(app: () => TestApp) {
  const user = await makeUser(app().ctx);
  const c = new Client(app);
  assert.equal((await c.signIn(user.email, user.password)).statusCode, 303);
  return { user, c };
}

describeEachApp('token revocation on account changes', (app) => {
  test('a reset link requested before a password change fails afterwards', async () => {
    const { user, c } = await signedIn(app);
    const link = await resetLinkFor(app, user.email);
    const fresh = strongPassword();
    const changed = await c.submit('/dashboard/account', '/dashboard/account/password', { current: user.password, password: fresh }, 0);
    assert.equal(changed.statusCode, 303);
    await assertResetLinkDead(app, link);
    // The new password still works, and nothing reset it.
    assert.equal((await new Client(app).signIn(user.email, fresh)).statusCode, 303);
  });

  test('a reset link and a pending confirmation link die when the email address changes', async () => {
    const { user, c } = await signedIn(app);
    const reset = await resetLinkFor(app, user.email);
    const next = uniqueEmail('moved');
    const asked = await c.submit('/dashboard/account', '/dashboard/account/email', { email: next, email_current: user.password }, 0);
    assert.equal(asked.statusCode, 303);
    const confirm = linkIn((await lastMailTo(app().ctx, next))?.text ?? '', '/confirm-email');
    assert.equal((await c.get(confirm)).statusCode, 200);
    await assertResetLinkDead(app, reset);
    // The old address can no longer be used to take the account back.
    assert.equal((await new Client(app).signIn(next, user.password)).statusCode, 303);
  });

  test('asking for a second change of address kills the first link', async () => {
    const { user, c } = await signedIn(app);
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    await c.submit('/dashboard/account', '/dashboard/account/email', { email: first, email_current: user.password }, 0);
    const firstLink = linkIn((await lastMailTo(app().ctx, first))?.text ?? '', '/confirm-email');
    await c.submit('/dashboard/account', '/dashboard/account/email', { email: second, email_current: user.password }, 0);
    const dead = await c.get(firstLink);
    assert.equal(dead.statusCode, 400);
    const secondLink = linkIn((await lastMailTo(app().ctx, second))?.text ?? '', '/confirm-email');
    assert.equal((await c.get(secondLink)).statusCode, 200);
  });

  test('a completed reset kills the other reset links and a pending change of address', async () => {
    const { user, c } = await signedIn(app);
    const pendingEmail = uniqueEmail('pending');
    await c.submit('/dashboard/account', '/dashboard/account/email', { email: pendingEmail, email_current: user.password }, 0);
    const pending = linkIn((await lastMailTo(app().ctx, pendingEmail))?.text ?? '', '/confirm-email');
    const older = await resetLinkFor(app, user.email);
    const used = await resetLinkFor(app, user.email);
    const reader = new Client(app);
    const form = await reader.get(used);
    assert.equal(form.statusCode, 200);
    const done = await reader.post('/reset-password', { _csrf: hiddenValue(form.body, '_csrf'), token: hiddenValue(form.body, 'token'), password: strongPassword() });
    assert.equal(done.statusCode, 303);
    await assertResetLinkDead(app, older);
    const stale = await new Client(app).get(pending);
    assert.equal(stale.statusCode, 400, 'the change of address asked for before the reset cannot complete');
    const row = await app().ctx.db.selectFrom('users').select('email').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(row.email, user.email.toLowerCase());
  });

  test('a verification link mailed before a password change stops working', async () => {
    const { user, c } = await signedIn(app);
    // makeUser accounts are verified; mark this one unverified so a link can be asked for.
    await app().ctx.db.updateTable('users').set({ email_verified_at: null }).where('id', '=', user.id).execute();
    const csrf = hiddenValue((await c.get('/dashboard/')).body, '_csrf');
    assert.equal((await c.post('/dashboard/account/verify', { _csrf: csrf })).statusCode, 303);
    const verify = linkIn((await lastMailTo(app().ctx, user.email))?.text ?? '', '/verify-email');
    await c.submit('/dashboard/account', '/dashboard/account/password', { current: user.password, password: strongPassword() }, 0);
    const res = await new Client(app).get(verify);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /when the password or the email address of the account changes/);
  });
});
