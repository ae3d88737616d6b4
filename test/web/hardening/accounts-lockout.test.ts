import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deviceToken } from '../../../src/domain/accounts/device-tokens.js';
import { LIMITS, hit } from '../../../src/domain/accounts/rate-limits.js';
import { sessionCookieName } from '../../../src/domain/accounts/sessions.js';
import { deviceCookieName } from '../../../src/web/routes/accounts/device-cookie.js';
import { describeEachApp, type TestApp } from '../../helpers/app.js';
import { Client, makeUser, setCookies, toFreshWindow, uniqueEmail } from '../accounts-client.js';

// Issue 14.8: five wrong passwords locked an account for 15 minutes, for its owner as
// well, and 20 failures blocked a whole address. Now failures count per account and
// address; an account-wide limit is much higher and, when reached, still admits a
// browser that signed in to the account before (its signed device cookie).

// The test app's SITE_URL is https: the cookie has its __Host- name.
const DEVICE = deviceCookieName(true);
const SESSION = sessionCookieName(true);
const WRONG = 'not-the-password-9';

/** Failures from strangers all over the world: the account-wide limit, used up. */
async function exhaustAccountLimit(app: TestApp, email: string, already: number): Promise<void> {
  for (let i = already; i < LIMITS.signInAccount.max; i++) await hit(app.ctx.db, LIMITS.signInAccount, email.toLowerCase(), app.clock.now());
}

describeEachApp('sign-in lockout cannot be turned against the owner', (app) => {
  test('after 7 wrong passwords from 127.0.0.1 the owner signs in from 127.0.0.2 at once', async () => {
    toFreshWindow(app());
    const owner = await makeUser(app().ctx);
    const guesser = new Client(app, '127.0.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await guesser.signIn(owner.email, WRONG)).statusCode);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
    assert.equal((await guesser.signIn(owner.email, owner.password)).statusCode, 429, 'the guessing address stays shut for this account');
    const home = new Client(app, '127.0.0.2');
    const res = await home.signIn(owner.email, owner.password);
    assert.equal(res.statusCode, 303);
    assert.equal((await home.get('/dashboard/')).statusCode, 200);
    // The guessing address may still sign in to another account (a shared campus address).
    const colleague = await makeUser(app().ctx);
    assert.equal((await guesser.signIn(colleague.email, colleague.password)).statusCode, 303);
  });

  test('sign-in sets a signed __Host- device cookie naming the account', async () => {
    const owner = await makeUser(app().ctx);
    const res = await new Client(app).signIn(owner.email, owner.password);
    const cookie = setCookies(res).find((c) => c.name === DEVICE);
    assert.ok(cookie, 'a device cookie is set');
    assert.equal(cookie.attributes.secure, true);
    assert.equal(cookie.attributes.httponly, true);
    assert.equal(cookie.attributes.path, '/');
    assert.equal(cookie.attributes.domain, undefined);
    assert.match(cookie.value, new RegExp(`^${owner.id}\\.\\d+\\.[A-Za-z0-9_-]+$`));
  });

  test('over the account-wide limit: the known device gets in, a fresh browser does not', async () => {
    toFreshWindow(app());
    const owner = await makeUser(app().ctx);
    const other = await makeUser(app().ctx);
    const laptop = new Client(app, '127.0.0.3');
    assert.equal((await laptop.signIn(owner.email, owner.password)).statusCode, 303);
    laptop.cookies.delete(SESSION);
    const elsewhere = laptop.cookies.get(DEVICE);
    assert.ok(elsewhere);
    // A few real failures from several addresses, then the rest of the limit.
    for (const ip of ['198.51.100.1', '198.51.100.2']) {
      for (let i = 0; i < 3; i++) assert.equal((await new Client(app, ip).signIn(owner.email, WRONG)).statusCode, 401);
    }
    await exhaustAccountLimit(app(), owner.email, 6);

    const fresh = await new Client(app, '127.0.0.4').signIn(owner.email, owner.password);
    assert.equal(fresh.statusCode, 429, 'a browser never seen with this account is refused');
    assert.match(fresh.body, /Too many sign-in attempts/);

    // A forged or borrowed device cookie does not help.
    const forged = new Client(app, '127.0.0.5');
    forged.cookies.set(DEVICE, deviceToken('not-the-app-secret', owner.id, app().clock.now()));
    assert.equal((await forged.signIn(owner.email, owner.password)).statusCode, 429);
    const borrowed = new Client(app, '127.0.0.6');
    assert.equal((await borrowed.signIn(other.email, other.password)).statusCode, 303);
    borrowed.cookies.delete(SESSION);
    assert.equal((await borrowed.signIn(owner.email, owner.password)).statusCode, 429, "another account's device cookie is not this account's");

    // The laptop signed in before: its cookie lets the right password through, from a new address too.
    const back = new Client(app, '127.0.0.7');
    back.cookies.set(DEVICE, elsewhere);
    assert.equal((await back.signIn(owner.email, WRONG)).statusCode, 401, 'but it still needs the password');
    const ok = await back.signIn(owner.email, owner.password);
    assert.equal(ok.statusCode, 303);
    assert.equal((await back.get('/dashboard/')).statusCode, 200);
  });

  test('the address-wide limit is high, and still stops a sprayer', async () => {
    toFreshWindow(app());
    const sprayer = new Client(app, '127.0.0.8');
    // Twenty failures (the old address limit) against different accounts block nothing now.
    for (let i = 0; i < 20; i++) assert.equal((await sprayer.signIn(uniqueEmail('spray'), WRONG)).statusCode, 401);
    for (let i = 20; i < LIMITS.signInAddress.max; i++) await hit(app().ctx.db, LIMITS.signInAddress, sprayer.ip, app().clock.now());
    const victim = await makeUser(app().ctx);
    assert.equal((await sprayer.signIn(victim.email, victim.password)).statusCode, 429);
  });
});
