import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachApp, type TestApp } from '../../helpers/app.js';
import { Client, hiddenValue, makeUser, strongPassword, toFreshWindow, uniqueEmail } from '../accounts-client.js';

// Issue 14.7: one sign-up form token was accepted for 40 sign-ups, and the name typed
// into the form ("URGENT: verify at https://evil.example") went into the verification
// mail sent to any address. Issue 14.3 (sign-up part): an existing address did less
// work than a new one. Now the token is single-use and bound to the visitor's
// pre-session cookie; mail to an unconfirmed address greets nobody by name; both
// sign-up paths hash a password and queue one message.

const LURE = 'URGENT: verify at https://evil.example';

async function outboxTo(app: () => TestApp, to: string) {
  return app().ctx.db.selectFrom('outbox').selectAll().where('to_address', '=', to.toLowerCase()).orderBy('id', 'asc').execute();
}

async function usersWith(app: () => TestApp, email: string): Promise<number> {
  const rows = await app().ctx.db.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).execute();
  return rows.length;
}

describeEachApp('sign-up form tokens and mail', (app) => {
  test('a second POST with the same form token is refused with the form filled in', async () => {
    toFreshWindow(app());
    const c = new Client(app);
    const html = (await c.get('/register')).body;
    const fields = { _csrf: hiddenValue(html, '_csrf'), _ft: hiddenValue(html, '_ft'), name: 'Ines Varga', email: uniqueEmail('once') };
    app().clock.advance(3000);
    const first = await c.post('/register', { ...fields, password: strongPassword() });
    assert.equal(first.statusCode, 303);
    const again = { ...fields, email: uniqueEmail('twice') };
    const replay = await c.post('/register', { ...again, password: strongPassword() });
    assert.equal(replay.statusCode, 400);
    assert.match(replay.body, /This form was already sent once\. Check your details and send it again\./);
    assert.match(replay.body, /value="Ines Varga"/, 'the name is kept');
    assert.ok(replay.body.includes(`value="${again.email}"`), 'the address is kept');
    assert.equal(await usersWith(app, again.email), 0, 'the replay made no account');
    // The page that came back carries a fresh token, which works once.
    const fresh = hiddenValue(replay.body, '_ft');
    assert.notEqual(fresh, fields._ft);
    app().clock.advance(3000);
    const retry = await c.post('/register', { ...again, _ft: fresh, password: strongPassword() });
    assert.equal(retry.statusCode, 303);
    assert.equal(await usersWith(app, again.email), 1);
  });

  test('a form token shown to another browser is refused', async () => {
    toFreshWindow(app());
    const owner = new Client(app);
    const stolen = hiddenValue((await owner.get('/register')).body, '_ft');
    const other = new Client(app);
    const csrf = hiddenValue((await other.get('/register')).body, '_csrf');
    app().clock.advance(3000);
    const email = uniqueEmail('borrowed');
    const res = await other.post('/register', { _csrf: csrf, _ft: stolen, name: 'Bo Lindqvist', email, password: strongPassword() });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /This form could not be checked\. Check your details and send it again\./);
    assert.equal(await usersWith(app, email), 0);
  });

  test('the verification mail carries none of the typed name', async () => {
    toFreshWindow(app());
    const email = uniqueEmail('lure');
    const res = await new Client(app).submit('/register', '/register', { name: LURE, email, password: strongPassword() });
    assert.equal(res.statusCode, 303);
    const [mail, ...more] = await outboxTo(app, email);
    assert.equal(more.length, 0);
    assert.ok(mail);
    for (const body of [mail.text, mail.html]) {
      assert.doesNotMatch(body, /URGENT|evil\.example/);
    }
    assert.match(mail.text, /^Hello,$/m);
    assert.match(mail.text, /\/verify-email\?token=/);
  });

  test('an existing address: the same answer, one message, and a password hashed as for a new one', async () => {
    toFreshWindow(app());
    const known = await makeUser(app().ctx, { name: 'Known Person' });
    // An unconfirmed account's own name is free text as well: it is not repeated either.
    await app().ctx.db.updateTable('users').set({ email_verified_at: null, name: LURE }).where('id', '=', known.id).execute();
    const fresh = uniqueEmail('new');
    const forKnown = await new Client(app).submit('/register', '/register', { name: 'Someone Else', email: known.email, password: strongPassword() });
    const forNew = await new Client(app).submit('/register', '/register', { name: 'Someone Else', email: fresh, password: strongPassword() });
    assert.equal(forKnown.statusCode, forNew.statusCode);
    assert.equal(forKnown.headers.location, forNew.headers.location);
    assert.equal(forKnown.body, forNew.body);
    const knownMail = await outboxTo(app, known.email);
    const newMail = await outboxTo(app, fresh);
    assert.equal(knownMail.length, 1);
    assert.equal(newMail.length, 1);
    assert.doesNotMatch(knownMail[0]?.text ?? '', /URGENT|evil\.example/);
    // A weak password is refused for both in the same words, before any lookup.
    const weakKnown = await new Client(app).submit('/register', '/register', { name: 'X Y', email: known.email, password: 'password12' });
    const weakNew = await new Client(app).submit('/register', '/register', { name: 'X Y', email: uniqueEmail('weak'), password: 'password12' });
    assert.equal(weakKnown.statusCode, 400);
    assert.equal(weakNew.statusCode, 400);
  });

  test('a reset mail greets by name only a confirmed address', async () => {
    toFreshWindow(app());
    const confirmed = await makeUser(app().ctx, { name: 'Dana Okoro' });
    const unconfirmed = await makeUser(app().ctx);
    await app().ctx.db.updateTable('users').set({ email_verified_at: null, name: LURE }).where('id', '=', unconfirmed.id).execute();
    for (const email of [confirmed.email, unconfirmed.email]) {
      assert.equal((await new Client(app).submit('/forgot-password', '/forgot-password', { email })).statusCode, 303);
    }
    const [toConfirmed] = await outboxTo(app, confirmed.email);
    const [toUnconfirmed] = await outboxTo(app, unconfirmed.email);
    assert.match(toConfirmed?.text ?? '', /^Hello Dana Okoro,$/m);
    assert.match(toUnconfirmed?.text ?? '', /^Hello,$/m);
    assert.doesNotMatch(`${toUnconfirmed?.text}${toUnconfirmed?.html}`, /URGENT|evil\.example/);
  });
});
