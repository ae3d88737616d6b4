import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { addRedirect, findRedirect } from '../../../src/domain/redirects/redirects.queries.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeArticle } from '../../helpers/factories.js';
import { Client, hiddenValue, makeUser } from '../accounts-client.js';

const tag = () => randomBytes(3).toString('hex');

describeEachApp('desk: redirects', (app) => {
  let editor: Client;
  let csrf = '';

  test('setup: an editor signs in', async () => {
    const u = await makeUser(app().ctx, { role: 'editor', name: 'Redirect Editor' });
    editor = new Client(app);
    assert.equal((await editor.signIn(u.email, u.password)).statusCode, 303);
    const page = await editor.get('/editor/redirects/');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.ok(page.body.includes('aria-label="Editorial desk"'), 'the desk navigation is there');
    assert.ok(page.body.includes('href="/editor/redirects/" aria-current="page"'));
    csrf = hiddenValue(page.body, '_csrf');
  });

  test('a redirect added by hand is listed, served with the query kept, and removed again', async () => {
    const t = tag();
    const target = await makeArticle(app().ctx, { slug: `landing-${t}` });
    const added = await editor.post('/editor/redirects/', { _csrf: csrf, from: `/2019/05/old-${t}/`, to: `/${target.slug}/` });
    assert.equal(added.statusCode, 303);
    assert.equal(added.headers.location, '/editor/redirects/?saved=added');
    const list = await editor.get(`/editor/redirects/?q=old-${t}`);
    assert.ok((await editor.get('/editor/redirects/?saved=added')).body.includes('The redirect was added.'));
    assert.ok(list.body.includes(`<code>/2019/05/old-${t}/</code>`));
    assert.ok(list.body.includes('1 redirect<'), 'the search finds exactly it');

    const reader = new Client(app);
    const hit = await reader.get(`/2019/05/old-${t}/?utm_source=letter&page=2`);
    assert.equal(hit.statusCode, 301);
    assert.equal(hit.headers.location, `/${target.slug}/?utm_source=letter&page=2`);
    assert.match(String(hit.headers['cache-control']), /^public, max-age=\d+/);
    const head = await app().app.inject({ method: 'HEAD', url: `/2019/05/old-${t}` });
    assert.equal(head.statusCode, 301, 'HEAD, and without the trailing slash');
    assert.equal(head.headers.location, `/${target.slug}/`);
    const post = await reader.post(`/2019/05/old-${t}/`, {});
    assert.notEqual(post.statusCode, 301, 'only GET and HEAD are redirected');

    const row = await findRedirect(app().ctx.db, `/2019/05/old-${t}/`);
    assert.ok(row);
    const removed = await editor.post(`/editor/redirects/${row.id}/delete`, { _csrf: csrf });
    assert.equal(removed.statusCode, 303);
    assert.equal((await reader.get(`/2019/05/old-${t}/`)).statusCode, 404, 'gone: a real 404 again');
    assert.equal((await editor.post(`/editor/redirects/${row.id}/delete`, { _csrf: csrf })).statusCode, 404, 'removing twice is a 404');
  });

  test('an unknown article, author, section or tag slug with a stored redirect answers 301', async () => {
    const t = tag();
    const target = await makeArticle(app().ctx, { slug: `kept-${t}` });
    const now = app().clock.now().toISOString();
    for (const from of [`/gone-${t}/`, `/author/gone-${t}/`, `/category/gone-${t}/`, `/tag/gone-${t}/`]) {
      await addRedirect(app().ctx.db, { from, to: `/${target.slug}/`, source: 'manual', now });
      const res = await new Client(app).get(`${from}?x=1`);
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, `/${target.slug}/?x=1`, from);
    }
    // A page that exists is served, whatever the table says about it.
    await app().ctx.db.insertInto('redirects').values({ from_path: `/${target.slug}/`, to_path: '/elsewhere/', status_code: 301, source: 'manual', created_at: now, created_by: null }).execute();
    assert.equal((await new Client(app).get(`/${target.slug}/`)).statusCode, 200);
    assert.equal((await new Client(app).get(`/nothing-here-${t}/`)).statusCode, 404);
  });

  test('self-redirects, loops and malformed paths are refused next to the field, keeping what was typed', async () => {
    const t = tag();
    const self = await editor.post('/editor/redirects/', { _csrf: csrf, from: `/same-${t}/`, to: `/same-${t}` });
    assert.equal(self.statusCode, 400);
    assert.ok(self.body.includes('A redirect cannot point at its own address.'));
    assert.ok(self.body.includes(`value="/same-${t}/"`) && self.body.includes(`value="/same-${t}"`), 'both values kept');
    assert.ok(self.body.includes('aria-invalid="true"'));

    assert.equal((await editor.post('/editor/redirects/', { _csrf: csrf, from: `/a-${t}/`, to: `/b-${t}/` })).statusCode, 303);
    assert.equal((await editor.post('/editor/redirects/', { _csrf: csrf, from: `/b-${t}/`, to: `/c-${t}/` })).statusCode, 303);
    // a → c now (the chain was flattened); c → a would close the loop.
    assert.equal((await findRedirect(app().ctx.db, `/a-${t}/`))?.to, `/c-${t}/`);
    const loop = await editor.post('/editor/redirects/', { _csrf: csrf, from: `/c-${t}/`, to: `/a-${t}/` });
    assert.equal(loop.statusCode, 400);
    assert.ok(loop.body.includes('That would make a loop'), 'the loop is named');
    const loopViaSlash = await editor.post('/editor/redirects/', { _csrf: csrf, from: `/c-${t}`, to: `/b-${t}` });
    assert.equal(loopViaSlash.statusCode, 400, 'a loop through the other trailing-slash form is caught too');
    assert.equal(await findRedirect(app().ctx.db, `/c-${t}/`), undefined, 'nothing was stored');

    // Pointing at a path that already redirects stores the final page instead.
    assert.equal((await editor.post('/editor/redirects/', { _csrf: csrf, from: `/d-${t}/`, to: `/a-${t}/` })).statusCode, 303);
    assert.equal((await findRedirect(app().ctx.db, `/d-${t}/`))?.to, `/c-${t}/`);
    assert.equal((await findRedirect(app().ctx.db, `/a-${t}/`))?.to, `/c-${t}/`, 'and the existing one is kept');

    for (const [from, to, field, message] of [
      ['old-page', '/new/', 'from', 'must start with /'],
      ['/old/', 'https://elsewhere.example/x', 'to', 'only the path'],
      ['/has space/', '/new/', 'from', 'not a path on this site'],
      ['//evil.example/', '/new/', 'from', 'not a path on this site'],
      ['/old/', '/new/?a=1', 'to', 'Leave out the ?'],
      ['', '/new/', 'from', 'Enter the old address'],
    ] as const) {
      const res = await editor.post('/editor/redirects/', { _csrf: csrf, from, to });
      assert.equal(res.statusCode, 400, `${from} → ${to}`);
      assert.ok(res.body.includes(`id="f-${field}-error"`), `${from} → ${to}: message by ${field}`);
      assert.ok(res.body.includes(message), `${from} → ${to}: ${message}`);
    }
  });

  test('the list paginates and searches', async () => {
    const t = tag();
    const now = app().clock.now().toISOString();
    for (let i = 0; i < 27; i++) await addRedirect(app().ctx.db, { from: `/page-${t}-${i}/`, to: '/', source: 'import', now });
    const first = await editor.get(`/editor/redirects/?q=page-${t}`);
    assert.ok(first.body.includes('27 redirects'));
    assert.ok(first.body.includes(`href="/editor/redirects/?q=page-${t}&amp;page=2"`));
    const second = await editor.get(`/editor/redirects/?q=page-${t}&page=2`);
    assert.equal((second.body.match(/data-redirect-id=/g) ?? []).length, 2);
    assert.ok(second.body.includes('Imported permalink'));
    const none = await editor.get(`/editor/redirects/?q=zzz-${t}`);
    assert.ok(none.body.includes('No redirect matches that address.'));
  });
});
