import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { getReminderSettings } from '../../src/domain/settings/reminder-settings.js';
import { describeEachApp } from '../helpers/app.js';
import { Client, hiddenValue, makeUser } from './accounts-client.js';

// /admin/settings/reminders: the reminder intervals as a site setting, on both databases.

const has = (body: string, text: string, what = text) => assert.ok(body.includes(text), `the page shows ${what}`);

const PATH = '/admin/settings/reminders';

describeEachApp('reminder settings page', (app) => {
  let admin: Client;

  async function signedIn(role: 'admin' | 'editor' | 'reviewer' | 'reader') {
    const u = await makeUser(app().ctx, { role, name: `${role} ${randomBytes(2).toString('hex')}` });
    const c = new Client(app);
    assert.equal((await c.signIn(u.email, u.password)).statusCode, 303);
    return c;
  }

  test('setup: an admin signs in', async () => {
    admin = await signedIn('admin');
  });

  test('with nothing stored the form shows the defaults, and the settings and admin pages link to it', async () => {
    const res = await admin.get(PATH);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    has(res.body, '<h1 class="account-title">Reminder settings</h1>');
    has(res.body, 'name="unansweredAfterDays" type="number" value="3"');
    has(res.body, 'name="dueSoonDays" type="number" value="2"');
    has(res.body, 'name="overdueEveryDays" type="number" value="3"');
    has(res.body, 'name="overdueMaxTimes" type="number" value="3"');
    has(res.body, '<option value="1" selected>Monday</option>');
    has(res.body, 'name="_csrf"');
    has((await admin.get('/admin/settings')).body, `href="${PATH}"`, 'a link from the site settings');
    has((await admin.get('/admin/')).body, `href="${PATH}"`, 'a link from the admin home');
  });

  test('bad values come back 400 with the form as sent, a message by each field, and nothing saved', async () => {
    const csrf = hiddenValue((await admin.get(PATH)).body, '_csrf');
    const bad = await admin.post(PATH, { _csrf: csrf, unansweredAfterDays: '0', dueSoonDays: 'soon', overdueEveryDays: '5', overdueMaxTimes: '11', digestWeekday: '9' });
    assert.equal(bad.statusCode, 400);
    has(bad.body, 'Enter a whole number of days from 1 to 60.');
    has(bad.body, 'Enter a whole number of days from 1 to 30.');
    has(bad.body, 'Enter a whole number of reminders from 0 to 10.');
    has(bad.body, 'Choose a weekday from the list.');
    has(bad.body, 'href="#f-unansweredAfterDays"', 'the error summary linking the field');
    has(bad.body, 'id="f-dueSoonDays-error"', 'the message by the field');
    has(bad.body, 'name="dueSoonDays" type="number" value="soon"', 'the form filled as sent');
    has(bad.body, 'name="overdueEveryDays" type="number" value="5"', 'the good value kept');
    assert.ok(!bad.body.includes('id="f-overdueEveryDays-error"'), 'no message by the good field');
    // One bad field: the good ones in the same post are not written either.
    assert.equal((await admin.post(PATH, { _csrf: csrf, unansweredAfterDays: '9', dueSoonDays: '4', overdueEveryDays: '7', overdueMaxTimes: '2', digestWeekday: 'x' })).statusCode, 400);
    assert.deepEqual(await getReminderSettings(app().ctx.db), { unansweredAfterDays: 3, dueSoonDays: 2, overdueEveryDays: 3, overdueMaxTimes: 3, digestWeekday: 1 });
    assert.equal((await admin.post(PATH, { unansweredAfterDays: '9', dueSoonDays: '4', overdueEveryDays: '7', overdueMaxTimes: '2', digestWeekday: '4' })).statusCode, 403, 'no CSRF token, refused');
  });

  test('good values are saved, the page redirects with a notice and shows them', async () => {
    const csrf = hiddenValue((await admin.get(PATH)).body, '_csrf');
    const res = await admin.post(PATH, { _csrf: csrf, unansweredAfterDays: ' 5 ', dueSoonDays: '1', overdueEveryDays: '7', overdueMaxTimes: '0', digestWeekday: '4' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${PATH}?saved=reminders`);
    assert.deepEqual(await getReminderSettings(app().ctx.db), { unansweredAfterDays: 5, dueSoonDays: 1, overdueEveryDays: 7, overdueMaxTimes: 0, digestWeekday: 4 });
    const after = await admin.get(`${PATH}?saved=reminders`);
    has(after.body, 'The reminder settings were saved.');
    has(after.body, 'name="unansweredAfterDays" type="number" value="5"');
    has(after.body, 'name="overdueMaxTimes" type="number" value="0"');
    has(after.body, '<option value="4" selected>Thursday</option>');
    assert.ok(!(await admin.get(PATH)).body.includes('were saved'), 'no notice without ?saved');
  });

  test('editors, reviewers and readers are refused; anonymous visitors are sent to sign in', async () => {
    for (const role of ['editor', 'reviewer', 'reader'] as const) {
      const c = await signedIn(role);
      assert.equal((await c.get(PATH)).statusCode, 403, `${role} GET`);
      const csrf = hiddenValue((await c.get('/dashboard/account')).body, '_csrf');
      assert.ok(csrf, 'a valid token, so the refusal is the policy, not CSRF');
      assert.equal((await c.post(PATH, { _csrf: csrf, unansweredAfterDays: '1', dueSoonDays: '1', overdueEveryDays: '1', overdueMaxTimes: '1', digestWeekday: '0' })).statusCode, 403, `${role} POST`);
    }
    const anon = await new Client(app).get(PATH);
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /^\/login\?next=/);
    assert.equal((await getReminderSettings(app().ctx.db)).digestWeekday, 4, 'unchanged by the refused posts');
  });
});
