import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { insertUser } from '../../src/domain/accounts/users.queries.js';
import { findAuthorByUserId } from '../../src/domain/authors/authors.js';
import { insertOutbox } from '../../src/domain/mail/outbox.queries.js';
import { describeEachApp } from '../helpers/app.js';
import { makeAuthor } from '../helpers/factories.js';
import { Client, hiddenValue, makeUser } from './accounts-client.js';

const has = (body: string, text: string | RegExp, what = String(text)) =>
  assert.ok(typeof text === 'string' ? body.includes(text) : text.test(body), `the page shows ${what}`);
const lacks = (body: string, text: string | RegExp, what = String(text)) =>
  assert.ok(!(typeof text === 'string' ? body.includes(text) : text.test(body)), `the page does not show ${what}`);

describeEachApp('admin screens', (app) => {
  let admin: Client;
  let adminId = 0;

  async function signedIn(role: 'admin' | 'editor' | 'author' | 'reader') {
    const u = await makeUser(app().ctx, { role, name: `${role} ${randomBytes(2).toString('hex')}` });
    const c = new Client(app);
    assert.equal((await c.signIn(u.email, u.password)).statusCode, 303);
    return { c, u };
  }

  /** A plain account without the cost of a password hash. */
  async function quickUser(name: string, role: 'reader' | 'author' = 'reader', email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomBytes(3).toString('hex')}@example.org`) {
    return insertUser(app().ctx.db, { email, name, role, passwordHash: 'x', trusted: false }, app().clock.now().toISOString());
  }

  async function csrfOf(c: Client, page: string) {
    return hiddenValue((await c.get(page)).body, '_csrf');
  }

  test('setup: an admin signs in', async () => {
    const { c, u } = await signedIn('admin');
    admin = c;
    adminId = u.id;
  });

  test('the user list searches by name or email, filters by role and paginates', async () => {
    const tag = randomBytes(3).toString('hex');
    for (let i = 0; i < 27; i++) await quickUser(`Paging ${tag} ${String(i).padStart(2, '0')}`);
    const special = await quickUser(`Zephyrine ${tag}`, 'author', `zeph.${tag}@example.org`);
    const list = await admin.get(`/admin/users?q=${tag}`);
    assert.equal(list.statusCode, 200);
    assert.equal(list.headers['cache-control'], 'no-store');
    has(list.body, '28 accounts');
    has(list.body, `href="/admin/users?q=${tag}&amp;page=2"`, 'a link to page 2 keeping the query');
    const page2 = await admin.get(`/admin/users?q=${tag}&page=2`);
    assert.equal((page2.body.match(/<tr>/g) ?? []).length - 1, 3, 'three rows on page 2');
    const byEmail = await admin.get(`/admin/users?q=ZEPH.${tag}`);
    has(byEmail.body, '1 account');
    has(byEmail.body, `href="/admin/users/${special}"`);
    const authors = await admin.get(`/admin/users?q=${tag}&role=author`);
    has(authors.body, '1 account');
    const none = await admin.get(`/admin/users?q=${encodeURIComponent('%_nobody_%')}`);
    has(none.body, 'No account matches.');
    assert.equal((await admin.get('/admin/users?page=0')).statusCode, 400);
  });

  test('role change, disable/enable and trust are audited; an admin cannot change their own role', async () => {
    const id = await quickUser('Role Target');
    const page = await admin.get(`/admin/users/${id}`);
    assert.equal(page.statusCode, 200);
    const csrf = hiddenValue(page.body, '_csrf');
    const res = await admin.post(`/admin/users/${id}/role`, { _csrf: csrf, role: 'editor' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/admin/users/${id}?saved=role`);
    const after = await admin.get(res.headers.location as string);
    has(after.body, 'The role was changed.');
    has(after.body, '<option value="editor" selected>Editor</option>');
    has(after.body, 'reader → editor', 'the audit entry on the account page');

    const bad = await admin.post(`/admin/users/${id}/role`, { _csrf: csrf, role: 'emperor' });
    assert.equal(bad.statusCode, 400);
    has(bad.body, 'Choose one of the roles in the list.');
    has(bad.body, 'href="#f-role"');

    assert.equal((await admin.post(`/admin/users/${id}/status`, { _csrf: csrf, disabled: '1' })).statusCode, 303);
    const disabled = await app().ctx.db.selectFrom('users').select(['status', 'trusted']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(disabled.status, 'disabled');
    has((await admin.get(`/admin/users/${id}`)).body, 'Enable the account');
    assert.equal((await admin.post(`/admin/users/${id}/status`, { _csrf: csrf, disabled: '0' })).statusCode, 303);
    assert.equal((await admin.post(`/admin/users/${id}/trust`, { _csrf: csrf, trusted: '1' })).statusCode, 303);
    const row = await app().ctx.db.selectFrom('users').select(['status', 'trusted']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([row.status, Number(row.trusted)], ['active', 1]);
    const actions = await app().ctx.db.selectFrom('audit_log').select('action').where('target_user_id', '=', id).orderBy('id').execute();
    assert.deepEqual(actions.map((a) => a.action), ['role.changed', 'account.disabled', 'account.enabled', 'account.trusted']);

    const self = await admin.get(`/admin/users/${adminId}`);
    lacks(self.body, 'action="/admin/users/' + adminId + '/role"', 'a role form on their own page');
    lacks(self.body, 'Disable the account');
    assert.equal((await admin.post(`/admin/users/${adminId}/role`, { _csrf: csrf, role: 'reader' })).statusCode, 403);
    assert.equal((await admin.get('/admin/users/999999')).statusCode, 404);
    assert.equal((await admin.get('/admin/users/abc')).statusCode, 404);
  });

  test('linking an account to an existing profile or a new one, never to one held by another account', async () => {
    const id = await quickUser('Linked Person', 'author');
    const other = await quickUser('Other Person', 'author');
    const profile = await makeAuthor(app().ctx, { name: 'Archive Profile' });
    const page = await admin.get(`/admin/users/${id}`);
    has(page.body, `<option value="${profile.id}">Archive Profile (/author/${profile.slug}/)</option>`);
    const csrf = hiddenValue(page.body, '_csrf');
    const res = await admin.post(`/admin/users/${id}/profile`, { _csrf: csrf, author: String(profile.id) });
    assert.equal(res.statusCode, 303);
    assert.equal((await findAuthorByUserId(app().ctx.db, id))?.id, profile.id);
    has((await admin.get(`/admin/users/${id}`)).body, `<a href="/author/${profile.slug}/">Archive Profile</a>`);

    const taken = await admin.post(`/admin/users/${other}/profile`, { _csrf: csrf, author: String(profile.id) });
    assert.equal(taken.statusCode, 400);
    has(taken.body, 'That profile is already linked to another account.');
    const junk = await admin.post(`/admin/users/${other}/profile`, { _csrf: csrf, author: 'x1' });
    assert.equal(junk.statusCode, 400);

    const created = await admin.post(`/admin/users/${other}/profile`, { _csrf: csrf, author: 'new' });
    assert.equal(created.statusCode, 303);
    const made = await findAuthorByUserId(app().ctx.db, other);
    assert.equal(made?.name, 'Other Person');
    const audit = await app().ctx.db.selectFrom('audit_log').select(['detail', 'actor_user_id']).where('action', '=', 'profile.linked').where('target_user_id', 'in', [id, other]).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.detail), [`author ${profile.slug}`, `created author ${made?.slug}`]);
    assert.ok(audit.every((a) => a.actor_user_id === adminId));
  });

  test('the outbox shows text escaped and HTML only inside an empty sandbox', async () => {
    const now = app().clock.now().toISOString();
    const id = await insertOutbox(
      app().ctx.db,
      {
        to: 'victim@example.org',
        subject: 'Hello <img src=x onerror=alert(1)>',
        text: 'Plain <script>alert("text")</script> body',
        html: '<p>Rich</p><script>alert("html")</script><img src="https://tracker.example/p.gif">',
        status: 'stored',
      },
      now,
    );
    const list = await admin.get('/admin/outbox');
    assert.equal(list.statusCode, 200);
    has(list.body, `href="/admin/outbox/${id}"`);
    has(list.body, 'Hello &lt;img src=x onerror=alert(1)');
    lacks(list.body, '<img src=x');
    const one = await admin.get(`/admin/outbox/${id}`);
    assert.equal(one.statusCode, 200);
    lacks(one.body, '<script>alert');
    lacks(one.body, '<img src=x');
    has(one.body, /Plain &lt;script>alert\((&quot;|&#34;|")text(&quot;|&#34;|")\)&lt;\/script> body/);
    has(one.body, /<iframe class="admin-mail-frame" title="[^"]+" sandbox="" referrerpolicy="no-referrer" srcdoc="&lt;p&gt;Rich/);
    assert.equal((await admin.get('/admin/outbox/424242')).statusCode, 404);
  });

  test('the audit log filters by event and ignores unknown events', async () => {
    const all = await admin.get('/admin/audit');
    assert.equal(all.statusCode, 200);
    has(all.body, '<code>signin</code>');
    const roles = await admin.get('/admin/audit?action=role.changed');
    has(roles.body, '<code>role.changed</code>');
    lacks(roles.body, '<code>signin</code>');
    has(roles.body, '<option value="role.changed" selected>');
    const unknown = await admin.get('/admin/audit?action=%3Cscript%3E');
    assert.equal(unknown.statusCode, 200);
    lacks(unknown.body, '<script>');
  });

  test('settings are validated, saved through the cache-clearing service, and shown on public pages at once', async () => {
    const home = await new Client(app).get('/');
    assert.equal(home.statusCode, 200); // cached now
    const page = await admin.get('/admin/settings');
    assert.equal(page.statusCode, 200);
    const csrf = hiddenValue(page.body, '_csrf');
    const bad = await admin.post('/admin/settings', { _csrf: csrf, name: '', tagline: 't'.repeat(141), disclaimer: 'ok', callToSubmit: 'ok' });
    assert.equal(bad.statusCode, 400);
    has(bad.body, 'Enter the name of the site.');
    has(bad.body, 'Keep the tagline to 140 characters or fewer.');
    has(bad.body, 'href="#f-tagline"');
    has(bad.body, `value="${'t'.repeat(141)}"`, 'the form filled as sent');

    const good = await admin.post('/admin/settings', {
      _csrf: csrf,
      name: 'The Tidewater Review',
      tagline: 'Essays <from> the estuary',
      disclaimer: 'Opinions are the writers’ own.',
      callToSubmit: 'Pitch us your essay.',
    });
    assert.equal(good.statusCode, 303);
    assert.equal(good.headers.location, '/admin/settings?saved=settings');
    has((await admin.get('/admin/settings?saved=settings')).body, 'The settings were saved.');
    const after = await new Client(app).get('/');
    has(after.body, 'The Tidewater Review');
    has(after.body, 'Essays &lt;from&gt; the estuary');
  });

  test('editors may trust accounts but not open the account screens; readers get neither', async () => {
    const { c: editor } = await signedIn('editor');
    assert.equal((await editor.get('/admin/users')).statusCode, 403);
    const target = await quickUser('Trusted By Editor');
    const csrf = await csrfOf(editor, '/dashboard/');
    const res = await editor.post(`/admin/users/${target}/trust`, { _csrf: csrf, trusted: '1' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/editor/?saved=trusted');
    const { c: reader } = await signedIn('reader');
    assert.equal((await reader.post(`/admin/users/${target}/trust`, { _csrf: await csrfOf(reader, '/dashboard/'), trusted: '0' })).statusCode, 403);
  });

  test('the section navigation marks the current page', async () => {
    const res = await admin.get('/admin/audit');
    has(res.body, '<a href="/admin/audit" aria-current="page">Audit log</a>');
    has(res.body, '<a href="/admin/users">Accounts</a>');
  });
});
