import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { describeEachApp } from '../../helpers/app.js';
import { makeArticle, makeCategory } from '../../helpers/factories.js';
import { Client, hiddenValue, makeUser } from '../accounts-client.js';

const tag = () => randomBytes(3).toString('hex');

describeEachApp('desk: sections and tags', (app) => {
  let editor: Client;
  let csrf = '';

  const navOrder = async (slugs: string[]) => {
    const home = (await new Client(app).get('/')).body;
    const nav = home.slice(home.indexOf('class="site-nav"'), home.indexOf('</nav>', home.indexOf('class="site-nav"')));
    return slugs.map((s) => nav.indexOf(`href="/category/${s}/"`));
  };
  const sectionId = async (slug: string) => (await app().ctx.db.selectFrom('categories').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  const tagId = async (slug: string) => (await app().ctx.db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  test('setup: an editor signs in', async () => {
    const u = await makeUser(app().ctx, { role: 'editor', name: 'Taxonomy Editor' });
    editor = new Client(app);
    assert.equal((await editor.signIn(u.email, u.password)).statusCode, 303);
    const page = await editor.get('/editor/categories/');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    csrf = hiddenValue(page.body, '_csrf');
  });

  test('a section is created, renamed (old address 301) and moved in the navigation', async () => {
    const t = tag();
    const made = await editor.post('/editor/categories/', { _csrf: csrf, name: `Oceans ${t}`, slug: '', description: 'Tides and *trade*.' });
    assert.equal(made.statusCode, 303);
    assert.equal((await editor.post('/editor/categories/', { _csrf: csrf, name: `Deserts ${t}`, slug: `deserts-${t}`, description: '' })).statusCode, 303);
    const oceans = await sectionId(`oceans-${t}`);
    const deserts = await sectionId(`deserts-${t}`);
    const [o1, d1] = await navOrder([`oceans-${t}`, `deserts-${t}`]);
    assert.ok(o1! > 0 && d1! > o1!, 'a new section goes to the end of the navigation');

    const moved = await editor.post(`/editor/categories/${deserts}/move`, { _csrf: csrf, direction: 'up' });
    assert.equal(moved.statusCode, 303);
    const [o2, d2] = await navOrder([`oceans-${t}`, `deserts-${t}`]);
    assert.ok(d2! < o2!, 'after "move up" the navigation shows Deserts first');
    assert.ok((await editor.get('/editor/categories/?saved=moved')).body.includes(`aria-label="Move Oceans ${t} down"`) === false, 'the last row offers no "down"');

    const article = await makeArticle(app().ctx, { categoryIds: [oceans] });
    const renamed = await editor.post(`/editor/categories/${oceans}/`, { _csrf: csrf, name: `Seas ${t}`, slug: `seas-${t}`, description: 'Salt water.' });
    assert.equal(renamed.statusCode, 303);
    const reader = new Client(app);
    const old = await reader.get(`/category/oceans-${t}/?page=1`);
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, `/category/seas-${t}/?page=1`);
    const fresh = await reader.get(`/category/seas-${t}/`);
    assert.equal(fresh.statusCode, 200);
    assert.ok(fresh.body.includes(`Seas ${t}`) && fresh.body.includes('Salt water.'));
    assert.ok((await reader.get(`/${article.slug}/`)).body.includes(`href="/category/seas-${t}/"`), 'the article page links the new address');

    // In use: refused, and said why. Empty: deleted.
    const refused = await editor.post(`/editor/categories/${oceans}/delete`, { _csrf: csrf });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('still has one article'));
    assert.ok((await editor.get(`/editor/categories/${oceans}/`)).body.includes('cannot be deleted while 1 article'));
    assert.equal((await editor.post(`/editor/categories/${deserts}/delete`, { _csrf: csrf })).statusCode, 303);
    assert.equal((await reader.get(`/category/deserts-${t}/`)).statusCode, 404);
  });

  test('section forms keep what was typed and say what to fix', async () => {
    const t = tag();
    const taken = await makeCategory(app().ctx, { slug: `taken-${t}` });
    const bad = await editor.post('/editor/categories/', { _csrf: csrf, name: '', slug: 'Not A Slug', description: `Typed ${t}` });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('Enter the name of the section.'));
    assert.ok(bad.body.includes('Use lowercase letters, digits and single hyphens'));
    assert.ok(bad.body.includes('value="Not A Slug"') && bad.body.includes(`Typed ${t}`), 'typed values stay');
    const clash = await editor.post('/editor/categories/', { _csrf: csrf, name: `Other ${t}`, slug: taken.slug, description: '' });
    assert.equal(clash.statusCode, 400);
    assert.ok(clash.body.includes(`Another section already uses /category/${taken.slug}/`));
    const mine = await makeCategory(app().ctx);
    const edit = await editor.post(`/editor/categories/${mine.id}/`, { _csrf: csrf, name: `Renamed ${t}`, slug: taken.slug, description: '' });
    assert.equal(edit.statusCode, 400);
    assert.ok(edit.body.includes(`value="Renamed ${t}"`));
    assert.equal((await editor.post(`/editor/categories/${mine.id}/move`, { _csrf: csrf, direction: 'sideways' })).statusCode, 400);
    assert.equal((await editor.get('/editor/categories/999999/')).statusCode, 404);
  });

  test('tags: listed with counts, renamed with a 301, merged without duplicate rows, deleted', async () => {
    const t = tag();
    const a1 = await makeArticle(app().ctx, { tags: [`Rivers ${t}`, `Water ${t}`] });
    const a2 = await makeArticle(app().ctx, { tags: [`Rivers ${t}`] });
    const a3 = await makeArticle(app().ctx, { tags: [`Water ${t}`] });
    const list = await editor.get(`/editor/tags/?q=${t}`);
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes('2 tags'));
    const rivers = await tagId(`rivers-${t}`);
    const water = await tagId(`water-${t}`);
    assert.match(list.body, new RegExp(`data-tag-id="${rivers}">[\\s\\S]*?<td data-label="Articles">2</td>`));

    // Rename water → waters: the old address redirects.
    assert.equal((await editor.post(`/editor/tags/${water}/`, { _csrf: csrf, name: `Waters ${t}`, slug: `waters-${t}` })).statusCode, 303);
    const reader = new Client(app);
    assert.equal((await reader.get(`/tag/water-${t}/`)).headers.location, `/tag/waters-${t}/`);

    // Merge rivers into waters: a1 has both and keeps one row; a2 moves.
    const merged = await editor.post(`/editor/tags/${rivers}/merge`, { _csrf: csrf, into: `/tag/waters-${t}/` });
    assert.equal(merged.statusCode, 303);
    assert.equal(merged.headers.location, `/editor/tags/${water}/?saved=merged`);
    const rows = await app().ctx.db.selectFrom('article_tags').select(['article_id']).where('tag_id', '=', water).execute();
    assert.deepEqual(rows.map((r) => r.article_id).sort((x, y) => x - y), [a1.id, a2.id, a3.id].sort((x, y) => x - y));
    assert.equal(await app().ctx.db.selectFrom('tags').select('id').where('id', '=', rivers).executeTakeFirst(), undefined);
    const old = await reader.get(`/tag/rivers-${t}/?page=1`);
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, `/tag/waters-${t}/?page=1`);
    assert.ok((await reader.get(`/tag/waters-${t}/`)).body.includes(a2.title));

    const unknown = await editor.post(`/editor/tags/${water}/merge`, { _csrf: csrf, into: `No such ${t}` });
    assert.equal(unknown.statusCode, 400);
    assert.ok(unknown.body.includes(`value="No such ${t}"`) && unknown.body.includes('No tag is called'));
    const itself = await editor.post(`/editor/tags/${water}/merge`, { _csrf: csrf, into: `Waters ${t}` });
    assert.equal(itself.statusCode, 400);
    assert.ok(itself.body.includes('cannot be merged into itself'));

    assert.equal((await editor.post(`/editor/tags/${water}/delete`, { _csrf: csrf })).statusCode, 303);
    assert.equal((await app().ctx.db.selectFrom('article_tags').select('article_id').where('tag_id', '=', water).execute()).length, 0);
    assert.equal((await reader.get(`/tag/waters-${t}/`)).statusCode, 404);
  });
});
