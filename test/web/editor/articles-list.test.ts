import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { publishArticle, setArticleStatus, writeArticle } from '../../../src/domain/articles/articles.service.js';
import { updateSiteSettings } from '../../../src/domain/settings/settings.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeAuthor, makeCategory } from '../../helpers/factories.js';
import { Client, hiddenValue, makeUser } from '../accounts-client.js';

const tag = () => randomBytes(3).toString('hex');
/** The data-article-id of each table row, in order. */
const rowIds = (html: string): number[] => [...html.matchAll(/<tr data-article-id="(\d+)"/g)].map((m) => Number(m[1]));

describeEachApp('desk: the articles list', (app) => {
  let editor: Client;
  let editorUser: { id: number; name: string };
  let author: Client;
  let authorUser: { id: number; name: string };

  async function signIn(role: 'editor' | 'author' | 'reader' | 'reviewer', name: string) {
    const u = await makeUser(app().ctx, { role, name });
    const c = new Client(app);
    assert.equal((await c.signIn(u.email, u.password)).statusCode, 303);
    return { c, u };
  }

  /** A draft written at the desk by `by`, owned by them when `own`. */
  async function draft(title: string, o: { by: { id: number; name: string }; own?: boolean; authorIds?: number[]; categoryIds?: number[] }) {
    const authorIds = o.authorIds ?? [(await makeAuthor(app().ctx)).id];
    const saved = await writeArticle(
      app().ctx,
      { title, bodyMarkdown: `A paragraph about ${title}.`, authorIds, categoryIds: o.categoryIds ?? [], tags: [], ownerUserId: o.own ? o.by.id : null },
      undefined,
      { by: { userId: o.by.id, name: o.by.name } },
    );
    return saved.id;
  }

  test('setup: an editor and an author sign in', async () => {
    const e = await signIn('editor', 'List Editor');
    editor = e.c;
    editorUser = e.u;
    const a = await signIn('author', 'List Author');
    author = a.c;
    authorUser = a.u;
    const page = await editor.get('/editor/articles/');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.ok(page.body.includes('href="/editor/articles/" aria-current="page"'), 'the desk navigation marks Articles');
    assert.ok(page.body.includes('href="/editor/articles/new"'), 'a New article link');
    assert.ok(page.body.includes('href="/editor/articles/new?from=docx"'), 'a New from Word file link');
    assert.ok(page.body.includes('<label class="field-label" for="f-q">'), 'the filter form has labels');
    assert.ok(/<form class="desk-filters" method="get" action="\/editor\/articles\/"/.test(page.body), 'the filter is a GET form');
  });

  test('30 articles: filters by section, text, author and status, 25 a page, pagination keeps the filters', async () => {
    const t = tag();
    const section = await makeCategory(app().ctx, { name: `Estuaries ${t}` });
    const other = await makeCategory(app().ctx);
    const byline = await makeAuthor(app().ctx, { name: `Byline ${t}` });
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) {
      app().clock.advance(60_000);
      const special = i % 10 === 3; // three of them mention "lagoon"
      ids.push(
        await draft(`${special ? 'Lagoon' : 'Delta'} study ${t} number ${String(i).padStart(2, '0')}`, {
          by: editorUser,
          categoryIds: i === 29 ? [other.id] : [section.id],
          ...(i < 4 ? { authorIds: [byline.id] } : {}),
        }),
      );
    }
    // Published in the order 5, 6, 7: 7 is the latest publication.
    for (const i of [5, 6, 7]) {
      app().clock.advance(60_000);
      await publishArticle(app().ctx, ids[i] as number);
    }

    const first = await editor.get(`/editor/articles/?category=${section.id}`);
    assert.equal(first.statusCode, 200);
    assert.ok(first.body.includes('29 articles'), 'the count of the filter');
    assert.equal(rowIds(first.body).length, 25, '25 a page');
    assert.ok(first.body.includes(`href="/editor/articles/?category=${section.id}&amp;page=2"`), 'page 2 keeps the section');
    const second = await editor.get(`/editor/articles/?category=${section.id}&page=2`);
    assert.equal(rowIds(second.body).length, 4);
    assert.ok(second.body.includes(`href="/editor/articles/?category=${section.id}"`), 'back to page 1 keeps it too');
    assert.equal(new Set([...rowIds(first.body), ...rowIds(second.body)]).size, 29, 'no row on both pages');
    assert.ok(!rowIds(first.body).includes(ids[29] as number), 'the piece in another section is left out');
    assert.equal((await editor.get(`/editor/articles/?category=${section.id}&page=9`)).statusCode, 404, 'past the last page');

    const lagoon = await editor.get(`/editor/articles/?q=${encodeURIComponent(`lagoon study ${t}`)}`);
    assert.deepEqual(rowIds(lagoon.body).sort((a, b) => a - b), [ids[3], ids[13], ids[23]], 'the text filter (case-insensitive) finds the three');
    assert.ok(lagoon.body.includes('Clear filters'));

    const byAuthor = await editor.get(`/editor/articles/?author=${byline.id}`);
    assert.deepEqual(rowIds(byAuthor.body), [ids[3], ids[2], ids[1], ids[0]], 'by author profile, last changed first');
    assert.ok(byAuthor.body.includes(`<option value="${byline.id}" selected>`), 'the author select keeps the choice');

    const published = await editor.get(`/editor/articles/?status=published&category=${section.id}`);
    assert.equal(rowIds(published.body).length, 3);
    assert.ok(published.body.includes('Published 20 Nov 2026'), 'status in words with the day');
    assert.ok(/Published<\/span> <span class="desk-tab-count">\(3\)<\/span>/.test(published.body), 'the tab counts follow the filters');
    assert.ok(/Drafts<\/span> <span class="desk-tab-count">\(26\)<\/span>/.test(published.body));
    assert.ok(published.body.includes(`href="/editor/articles/?status=draft&amp;category=${section.id}"`), 'the tabs keep the filters');
    assert.ok(published.body.includes(`<option value="${section.id}" selected>`), 'the section select uses the id');
    const byPublication = await editor.get(`/editor/articles/?status=published&category=${section.id}&sort=published`);
    assert.deepEqual(rowIds(byPublication.body), [ids[7], ids[6], ids[5]], 'latest publication first');
    const byChange = await editor.get(`/editor/articles/?status=draft&category=${section.id}`);
    assert.equal(rowIds(byChange.body)[0], ids[28], 'the last changed draft first');
    assert.ok(byChange.body.includes('>Draft<'), 'drafts say so');

    const none = await editor.get(`/editor/articles/?q=nothing-like-${t}`);
    assert.equal(rowIds(none.body).length, 0);
    assert.ok(none.body.includes('No article matches these filters.'), 'a helpful empty state');
  });

  // PostgreSQL sorts NULLs first in a DESC order unless told otherwise.
  test('sorted by publication, never-published drafts come after the published ones', async () => {
    const t = tag();
    const section = await makeCategory(app().ctx);
    const drafted = await draft(`Unpublished ${t}`, { by: editorUser, categoryIds: [section.id] });
    const out = await draft(`Published ${t}`, { by: editorUser, categoryIds: [section.id] });
    await publishArticle(app().ctx, out);
    app().clock.advance(60_000);
    await writeArticle(app().ctx, { title: `Unpublished ${t} again`, bodyMarkdown: 'Changed later.', authorIds: [(await makeAuthor(app().ctx)).id], categoryIds: [section.id], tags: [] }, drafted, { by: { userId: editorUser.id, name: editorUser.name } });
    const res = await editor.get(`/editor/articles/?category=${section.id}&sort=published`);
    assert.deepEqual(rowIds(res.body), [out, drafted]);
  });

  test('bad filters are a 400 that says what to send, never a 500', async () => {
    for (const q of ['status=bogus', 'category=rivers', 'author=-1', 'sort=sideways', 'page=0', 'page=two']) {
      const res = await editor.get(`/editor/articles/?${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.ok(/could not be shown/.test(res.body), `${q}: the page explains itself`);
    }
    const empty = await editor.get('/editor/articles/?status=&q=&category=&author=&sort=');
    assert.equal(empty.statusCode, 200, 'the empty values of a submitted filter form mean "any"');
  });

  test('rows show authors, sections, scheduled times and visits in the site time zone, grouped thousands', async () => {
    const t = tag();
    const section = await makeCategory(app().ctx, { name: `Tidal ${t}` });
    const who = await makeAuthor(app().ctx, { name: `Ada Tide ${t}` });
    const scheduledId = await draft(`Scheduled piece ${t}`, { by: editorUser, authorIds: [who.id], categoryIds: [section.id] });
    const publishedId = await draft(`Much read piece ${t}`, { by: editorUser, authorIds: [who.id], categoryIds: [section.id] });
    await publishArticle(app().ctx, publishedId);
    await app().ctx.db.insertInto('visit_days').values([{ article_id: publishedId, day: '2026-11-19', count: 1200 }, { article_id: publishedId, day: '2026-11-20', count: 65 }]).execute();
    await updateSiteSettings(app().ctx, { timeZone: 'Europe/Berlin' });
    try {
      await setArticleStatus(app().ctx, scheduledId, { to: 'scheduled', publishAt: '2026-12-24T08:30:00.000Z' });
      const res = await editor.get(`/editor/articles/?category=${section.id}`);
      assert.ok(res.body.includes('Scheduled for 24 Dec 2026, 09:30'), 'Berlin wall-clock time');
      assert.ok(res.body.includes('>1,265<'), 'visits with a thousands separator');
      assert.ok(res.body.includes(`Ada Tide ${t}`) && res.body.includes(`Tidal ${t}`), 'authors and sections');
      assert.ok(res.body.includes(`href="/editor/articles/${publishedId}/"`), 'the title opens the editor');
      assert.ok(/20 Nov 2026, 13:\d\d/.test(res.body), 'the updated time in the site zone (UTC+1)');
    } finally {
      await updateSiteSettings(app().ctx, { timeZone: 'UTC' });
    }
  });

  test('titles are escaped', async () => {
    const t = tag();
    await draft(`<img src=x onerror=alert(1)> ${t}`, { by: editorUser });
    const res = await editor.get(`/editor/articles/?q=${t}`);
    assert.ok(res.body.includes('&lt;img src=x onerror=alert(1)'), 'shown as text');
    assert.ok(!res.body.includes('<img src=x'));
  });

  test('an author sees only their own pieces; readers and reviewers are refused', async () => {
    const t = tag();
    const mine = await draft(`Own draft ${t}`, { by: authorUser, own: true });
    const theirs = await draft(`Desk draft ${t}`, { by: editorUser });
    const res = await author.get(`/editor/articles/?q=${t}`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(rowIds(res.body), [mine]);
    assert.ok(res.body.includes('Your articles'));
    const all = await author.get('/editor/articles/');
    assert.ok(!rowIds(all.body).includes(theirs), 'not even unfiltered');
    assert.ok(/All<\/span> <span class="desk-tab-count">\(1\)<\/span>/.test(all.body), 'the counts are of their own pieces');
    const editorView = await editor.get(`/editor/articles/?q=${t}`);
    assert.deepEqual(rowIds(editorView.body).sort(), [mine, theirs].sort(), 'an editor sees both');
    for (const role of ['reader', 'reviewer'] as const) {
      const { c } = await signIn(role, `List ${role}`);
      assert.equal((await c.get('/editor/articles/')).statusCode, 403, role);
    }
    const anonymous = new Client(app);
    const away = await anonymous.get('/editor/articles/');
    assert.equal(away.statusCode, 303);
    assert.ok(String(away.headers.location).startsWith('/login?next='));
  });

  test('the trash lists trashed pieces with their deletion date, and Restore brings one back as a draft', async () => {
    const t = tag();
    const id = await draft(`Binned piece ${t}`, { by: editorUser });
    const kept = await draft(`Kept piece ${t}`, { by: editorUser });
    await setArticleStatus(app().ctx, id, { to: 'trash' });
    const all = await editor.get(`/editor/articles/?q=${t}`);
    assert.deepEqual(rowIds(all.body), [kept], 'the trash is not in "All"');
    const trash = await editor.get(`/editor/articles/?status=trash&q=${t}`);
    assert.deepEqual(rowIds(trash.body), [id]);
    assert.ok(/In the trash since \d+ \w{3} 2026, deleted after 30 days/.test(trash.body), 'the status says when it goes');
    assert.ok(trash.body.includes(`action="/editor/articles/${id}/untrash"`), 'a Restore button');
    const emptyTrash = await editor.get(`/editor/articles/?status=trash&q=nothing-${t}`);
    assert.ok(emptyTrash.body.includes('No article matches'));

    // An author may not restore, even a piece of their own.
    const own = await draft(`Author binned ${t}`, { by: authorUser, own: true });
    await setArticleStatus(app().ctx, own, { to: 'trash' });
    const authorTrash = await author.get(`/editor/articles/?status=trash&q=${t}`);
    assert.deepEqual(rowIds(authorTrash.body), [own]);
    assert.ok(!authorTrash.body.includes('/untrash"'), 'no Restore button for an author');
    const authorCsrf = hiddenValue((await author.get('/editor/articles/')).body, '_csrf');
    assert.equal((await author.post(`/editor/articles/${own}/untrash`, { _csrf: authorCsrf })).statusCode, 403);

    const csrf = hiddenValue(trash.body, '_csrf');
    assert.equal((await editor.post(`/editor/articles/${id}/untrash`, {})).statusCode, 403, 'no CSRF token, no restore');
    const restored = await editor.post(`/editor/articles/${id}/untrash`, { _csrf: csrf });
    assert.equal(restored.statusCode, 303);
    assert.equal(restored.headers.location, '/editor/articles/?status=trash&saved=untrashed');
    const after = await editor.get(String(restored.headers.location));
    assert.ok(after.body.includes('Restored from the trash: the article is a draft again.'), 'the notice');
    const row = await app().ctx.db.selectFrom('articles').select(['status', 'trashed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'draft');
    assert.equal(row.trashed_at, null);
    const drafts = await editor.get(`/editor/articles/?status=draft&q=${t}`);
    assert.ok(rowIds(drafts.body).includes(id), 'back among the drafts');
    const twice = await editor.post(`/editor/articles/${id}/untrash`, { _csrf: csrf });
    assert.equal(twice.statusCode, 400, 'restoring what is not in the trash is refused with words');
    assert.equal((await editor.post('/editor/articles/999999/untrash', { _csrf: csrf })).statusCode, 404);
    assert.equal((await editor.post('/editor/articles/abc/untrash', { _csrf: csrf })).statusCode, 404);
  });
});
