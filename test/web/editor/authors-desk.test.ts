import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { BROWSER_UA, describeEachApp } from '../../helpers/app.js';
import { makeArticle, makeAuthor } from '../../helpers/factories.js';
import { Client, hiddenValue, makeUser } from '../accounts-client.js';

const tag = () => randomBytes(3).toString('hex');

/** A multipart/form-data body as a browser sends it (the profile form carries a photo). */
function multipart(fields: Record<string, string>, file?: { field: string; filename: string; type: string; data: Buffer }) {
  const boundary = `----desk${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describeEachApp('desk: author profiles', (app) => {
  let editor: Client;
  let csrf = '';

  const idOf = async (slug: string) => (await app().ctx.db.selectFrom('authors').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  async function postMultipart(url: string, fields: Record<string, string>, file?: Parameters<typeof multipart>[1]): Promise<LightMyRequestResponse> {
    const { payload, contentType } = multipart({ _csrf: csrf, ...fields }, file);
    return app().app.inject({ method: 'POST', url, remoteAddress: editor.ip, headers: { 'user-agent': BROWSER_UA, accept: 'text/html', cookie: editor.cookieHeader(), 'content-type': contentType }, payload });
  }

  test('setup: an editor signs in and the desk shows its navigation', async () => {
    const u = await makeUser(app().ctx, { role: 'editor', name: 'Author Desk Editor' });
    editor = new Client(app);
    assert.equal((await editor.signIn(u.email, u.password)).statusCode, 303);
    const list = await editor.get('/editor/authors/');
    assert.equal(list.statusCode, 200);
    assert.equal(list.headers['cache-control'], 'no-store');
    for (const label of ['Articles', 'Authors', 'Sections', 'Tags', 'Media', 'Redirects']) assert.ok(list.body.includes(`>${label}</a>`), label);
    assert.ok(list.body.includes('href="/editor/authors/" aria-current="page"'));
    csrf = hiddenValue((await editor.get('/editor/authors/new')).body, '_csrf');
    assert.ok(csrf);
  });

  test('a profile is created with a checked ORCID iD; a bad check digit comes back with the form as typed', async () => {
    const t = tag();
    const bad = await editor.post('/editor/authors/new', { _csrf: csrf, name: `Ines Ruiz ${t}`, slug: '', affiliation: 'Coastal Lab', bio: 'Studies *tides*.', orcid: '0000-0002-1825-0098', website: 'https://ines.example.org/' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('id="f-orcid-error"'));
    assert.ok(bad.body.includes('check digit'));
    assert.ok(bad.body.includes(`value="Ines Ruiz ${t}"`) && bad.body.includes('value="0000-0002-1825-0098"') && bad.body.includes('Studies *tides*.'), 'typed values stay');

    const good = await editor.post('/editor/authors/new', {
      _csrf: csrf,
      name: `Ines Ruiz ${t}`,
      slug: '',
      affiliation: 'Coastal Lab',
      bio: 'Studies *tides*.',
      orcid: 'https://orcid.org/0000-0002-1825-0097',
      website: 'https://ines.example.org/',
      link_label_1: 'Mastodon',
      link_url_1: 'https://social.example.org/@ines',
    });
    assert.equal(good.statusCode, 303);
    const id = await idOf(`ines-ruiz-${t}`);
    assert.equal(good.headers.location, `/editor/authors/${id}/?saved=created`);
    const row = await app().ctx.db.selectFrom('authors').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.orcid, '0000000218250097');
    assert.equal(row.bio_html, '<p>Studies <em>tides</em>.</p>');
    assert.equal(row.website, 'https://ines.example.org/');
    assert.match(row.links_json, /social\.example\.org/);
    const edit = await editor.get(`/editor/authors/${id}/?saved=created`);
    assert.ok(edit.body.includes('The profile was created.'));
    assert.ok(edit.body.includes('value="0000-0002-1825-0097"'), 'shown hyphenated');
    const taken = await editor.post('/editor/authors/new', { _csrf: csrf, name: 'Someone Else', slug: `ines-ruiz-${t}` });
    assert.equal(taken.statusCode, 400);
    assert.ok(taken.body.includes('Another profile already uses'));
  });

  test('changing the address redirects the old author URL; the list searches and counts', async () => {
    const t = tag();
    const a = await makeAuthor(app().ctx, { name: `Paolo Verdi ${t}`, slug: `paolo-${t}` });
    await makeArticle(app().ctx, { authorIds: [a.id] });
    const saved = await editor.post(`/editor/authors/${a.id}/`, { _csrf: csrf, name: `Paolo Verdi ${t}`, slug: `paolo-verdi-${t}`, affiliation: '', bio: '' });
    assert.equal(saved.statusCode, 303);
    const reader = new Client(app);
    const old = await reader.get(`/author/paolo-${t}/?page=1`);
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, `/author/paolo-verdi-${t}/?page=1`);
    assert.equal((await reader.get(`/author/paolo-verdi-${t}/`)).statusCode, 200);
    const list = await editor.get(`/editor/authors/?q=${encodeURIComponent(`verdi ${t}`)}`);
    assert.ok(list.body.includes('1 profile<'));
    assert.match(list.body, new RegExp(`data-author-id="${a.id}"[\\s\\S]*?<td data-label="Articles">1</td>[\\s\\S]*?Guest \\(no account\\)`));
  });

  test('the list paginates, keeping the search', async () => {
    const t = tag();
    for (let i = 0; i < 27; i++) await makeAuthor(app().ctx, { name: `Pager ${t} ${String(i).padStart(2, '0')}` });
    const first = await editor.get(`/editor/authors/?q=pager+${t}`);
    assert.ok(first.body.includes('27 profiles'));
    assert.ok(first.body.includes(`href="/editor/authors/?q=pager+${t}&amp;page=2"`));
    const second = await editor.get(`/editor/authors/?q=pager+${t}&page=2`);
    assert.equal((second.body.match(/data-author-id=/g) ?? []).length, 2);
    assert.ok(second.body.includes(`Pager ${t} 26`));
    assert.equal((await editor.get(`/editor/authors/?q=pager+${t}&page=9`)).statusCode, 404);
    assert.ok((await editor.get(`/editor/authors/?q=nobody-${t}`)).body.includes('No profile has that name.'));
  });

  test('an account is linked by email, once', async () => {
    const person = await makeUser(app().ctx, { role: 'author', name: 'Linked Writer' });
    const a = await makeAuthor(app().ctx);
    const b = await makeAuthor(app().ctx);
    assert.equal((await editor.post(`/editor/authors/${a.id}/account`, { _csrf: csrf, account_email: person.email })).statusCode, 303);
    const list = await editor.get(`/editor/authors/?q=${encodeURIComponent(a.name)}`);
    assert.ok(list.body.includes(person.email), 'the list shows the linked account');
    const again = await editor.post(`/editor/authors/${b.id}/account`, { _csrf: csrf, account_email: person.email });
    assert.equal(again.statusCode, 400);
    assert.ok(again.body.includes('That account already has a profile'));
    assert.ok(again.body.includes(`value="${person.email}"`));
    assert.equal((await editor.post(`/editor/authors/${a.id}/account`, { _csrf: csrf, account_email: '' })).headers.location, `/editor/authors/${a.id}/?saved=unlinked`);
  });

  test('merging: bylines move, the old URL redirects, search finds the article under the kept name', async () => {
    const t = tag();
    const keep = await makeAuthor(app().ctx, { name: `Wanjiru Kamau ${t}` });
    const dupe = await makeAuthor(app().ctx, { name: `W. Kamau ${t}` });
    const piece = await makeArticle(app().ctx, { authorIds: [dupe.id], title: `Harbour dredging ${t}` });
    const joint = await makeArticle(app().ctx, { authorIds: [dupe.id, keep.id] });
    const refused = await editor.post(`/editor/authors/${dupe.id}/merge`, { _csrf: csrf, into: '' });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('Choose the profile to keep'));
    const merged = await editor.post(`/editor/authors/${dupe.id}/merge`, { _csrf: csrf, into: String(keep.id) });
    assert.equal(merged.statusCode, 303);
    assert.equal(merged.headers.location, `/editor/authors/${keep.id}/?saved=merged`);
    const reader = new Client(app);
    assert.equal((await reader.get(`/author/${dupe.slug}/`)).headers.location, `/author/${keep.slug}/`);
    const page = (await reader.get(`/${piece.slug}/`)).body;
    assert.ok(page.includes(`href="/author/${keep.slug}/"`) && !page.includes(`/author/${dupe.slug}/`), 'the article is bylined to the kept profile');
    const rows = await app().ctx.db.selectFrom('article_authors').select('author_id').where('article_id', '=', joint.id).execute();
    assert.deepEqual(rows.map((r) => r.author_id), [keep.id]);
    const search = await reader.get(`/search?q=${encodeURIComponent(`Wanjiru ${t}`)}`);
    assert.ok(search.body.includes(`Harbour dredging ${t}`), 'the search index knows the kept name');
    assert.equal((await editor.get(`/editor/authors/${dupe.id}/`)).statusCode, 404);
  });

  test('a photo is uploaded as media; a file that is not an image is refused by the field', async () => {
    const a = await makeAuthor(app().ctx);
    const png = await sharp({ create: { width: 320, height: 320, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
    const ok = await postMultipart(`/editor/authors/${a.id}/`, { name: a.name, slug: a.slug }, { field: 'photo', filename: 'portrait.png', type: 'image/png', data: png });
    assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));
    const row = await app().ctx.db.selectFrom('authors').select(['photo_url', 'photo_media_id']).where('id', '=', a.id).executeTakeFirstOrThrow();
    assert.ok(row.photo_media_id && row.photo_url?.startsWith('/media/'), String(row.photo_url));
    assert.equal((await new Client(app).get(row.photo_url as string)).statusCode, 200, 'the photo is served');
    assert.ok((await new Client(app).get(`/author/${a.slug}/`)).body.includes(`src="${row.photo_url}"`));

    const bad = await postMultipart(`/editor/authors/${a.id}/`, { name: `${a.name} changed`, slug: a.slug }, { field: 'photo', filename: 'portrait.png', type: 'image/png', data: Buffer.from('not really an image') });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('id="f-photo-error"'));
    assert.ok(bad.body.includes(`value="${a.name} changed"`));
    const removed = await postMultipart(`/editor/authors/${a.id}/`, { name: a.name, slug: a.slug, remove_photo: 'on' });
    assert.equal(removed.statusCode, 303);
    assert.equal((await app().ctx.db.selectFrom('authors').select('photo_url').where('id', '=', a.id).executeTakeFirstOrThrow()).photo_url, null);
  });
});
