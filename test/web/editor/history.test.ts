import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { publishArticle, setArticleStatus, writeArticle } from '../../../src/domain/articles/articles.service.js';
import { findDeskArticle } from '../../../src/domain/articles/desk.queries.js';
import { listVersions } from '../../../src/domain/versions/versions.queries.js';
import { wordDiff } from '../../../src/domain/versions/word-diff.js';
import { diffParagraphs } from '../../../src/web/pages/editor/history-page.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeAuthor } from '../../helpers/factories.js';
import { Client, hiddenValue, makeUser } from '../accounts-client.js';

const tag = () => randomBytes(3).toString('hex');
const versionRows = (html: string): number[] => [...html.matchAll(/<tr data-version="(\d+)"/g)].map((m) => Number(m[1]));

const BODY_1 = `The tide comes in twice a day.

Fishermen read the water before dawn.`;
const BODY_2 = `The tide comes in twice a day, and the moon decides when.

Fishermen read the water before dawn.

A new closing paragraph.`;

test('a body diff is cut into paragraphs at blank lines, changes kept marked on both sides of a break', () => {
  const paras = diffParagraphs(wordDiff('One.\n\nTwo.', 'One more.\n\nTwo.\n\nThree.'));
  assert.deepEqual(
    paras.map((p) => p.map((x) => `${x.kind}:${x.text}`)),
    [['same:One ', 'ins:more', 'same:.'], ['same:Two.'], ['ins:Three.']],
  );
  assert.deepEqual(diffParagraphs([{ kind: 'del', text: 'Gone.\n\nAlso gone.' }]), [[{ kind: 'del', text: 'Gone.' }], [{ kind: 'del', text: 'Also gone.' }]]);
  assert.deepEqual(diffParagraphs([]), []);
});

describeEachApp('desk: versions and history', (app) => {
  let editor: Client;
  let editorUser: { id: number; name: string };
  let author: Client;
  let authorUser: { id: number; name: string };

  async function signIn(role: 'editor' | 'author' | 'reader', name: string) {
    const u = await makeUser(app().ctx, { role, name });
    const c = new Client(app);
    assert.equal((await c.signIn(u.email, u.password)).statusCode, 303);
    return { c, u };
  }

  /** Version 1 "Harbour notes", version 2 "Harbour letters" with a changed body. */
  async function twoVersions(by: { id: number; name: string }, own = false) {
    const t = tag();
    const authorIds = [(await makeAuthor(app().ctx)).id];
    const who = { userId: by.id, name: by.name };
    const v1 = await writeArticle(app().ctx, { title: `Harbour notes ${t}`, bodyMarkdown: BODY_1, authorIds, categoryIds: [], tags: [], ownerUserId: own ? by.id : null }, undefined, { by: who });
    app().clock.advance(60_000);
    await writeArticle(app().ctx, { title: `Harbour letters ${t}`, slug: v1.slug, bodyMarkdown: BODY_2, authorIds, categoryIds: [], tags: [] }, v1.id, { by: who, baseVersion: v1.version });
    app().clock.advance(60_000);
    return { id: v1.id, t };
  }

  test('setup: an editor and an author sign in', async () => {
    const e = await signIn('editor', 'History Editor');
    editor = e.c;
    editorUser = e.u;
    const a = await signIn('author', 'History Author');
    author = a.c;
    authorUser = a.u;
  });

  test('the history lists every version newest first, with who, when and what', async () => {
    const { id } = await twoVersions(editorUser);
    await publishArticle(app().ctx, id);
    const res = await editor.get(`/editor/articles/${id}/history`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.deepEqual(versionRows(res.body), [3, 2, 1]);
    for (const words of ['Published', 'Saved', 'Title, Body', 'History Editor', '20 Nov 2026, 12:0']) assert.ok(res.body.includes(words), words);
    assert.ok(res.body.includes(`href="/editor/articles/${id}/"`), 'back to the article');
    // By default: the latest against the one before it (publishing changed the status only).
    assert.ok(res.body.includes('Changes from version 2 to version 3'));
    assert.ok(/<div class="desk-diff" data-field="status"/.test(res.body));
    assert.ok(!/data-field="body"/.test(res.body), 'an unchanged body is not shown as a diff');
    assert.ok(res.body.includes('Unchanged: 12 fields'), 'the unchanged fields are listed, collapsed');
    assert.ok(res.body.includes('<select class="field-input" id="f-from" name="from">'), 'a GET form to choose two versions');
    assert.ok(res.body.includes('<label class="field-label" for="f-from">'));
    // Older versions can be restored; the newest is what is there already.
    assert.equal((res.body.match(/Restore this version/g) ?? []).length, 2);
  });

  test('?from=1&to=2 shows the title and body changes with <ins> and <del>, escaped', async () => {
    const { id, t } = await twoVersions(editorUser);
    const res = await editor.get(`/editor/articles/${id}/history?from=1&to=2`);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes('Changes from version 1 to version 2'));
    const title = /<div class="desk-diff" data-field="title"[^>]*>([\s\S]*?)<\/div>/.exec(res.body)?.[1] ?? '';
    assert.ok(title.includes('<del>notes</del>'), `the old title word is deleted: ${title}`);
    assert.ok(title.includes('<ins>letters</ins>'), 'the new one inserted');
    assert.ok(title.includes(t), 'the unchanged words stay');
    const body = /<div class="desk-diff" data-field="body"[^>]*>([\s\S]*?)<\/div>/.exec(res.body)?.[1] ?? '';
    assert.ok(/<ins>[^<]*moon decides when[^<]*<\/ins>/.test(body), `the added words: ${body}`);
    assert.ok(/<ins>[^<]*A new closing paragraph\.[^<]*<\/ins>/.test(body), 'the added paragraph');
    assert.ok(body.includes('Fishermen read the water before dawn.'), 'the unchanged paragraph is kept');
    assert.equal((body.match(/<p>/g) ?? []).length, 3, 'one paragraph each, so the body reads as paragraphs');
    assert.ok(body.includes('<p><ins>A new closing paragraph.'), 'the new paragraph starts its own block, marked');

    // Markup typed into an article is shown as text, never as markup.
    const who = { userId: editorUser.id, name: editorUser.name };
    const a = await findDeskArticle(app().ctx.db, id);
    assert.ok(a);
    await writeArticle(app().ctx, { title: a.title, slug: a.slug, bodyMarkdown: `${BODY_2}\n\n<script>alert("x")</script>`, authorIds: a.authors.map((x) => x.id), categoryIds: [], tags: [] }, id, { by: who, baseVersion: a.version });
    const hostile = await editor.get(`/editor/articles/${id}/history?from=2&to=3`);
    assert.ok(/&lt;script(&gt;|>)alert/.test(hostile.body), 'escaped');
    assert.ok(!hostile.body.includes('<script>alert'), 'no live script');
    const backwards = await editor.get(`/editor/articles/${id}/history?from=2&to=1`);
    assert.ok(backwards.body.includes('<ins>notes</ins>'), 'comparing backwards works too');
    const same = await editor.get(`/editor/articles/${id}/history?from=2&to=2`);
    assert.ok(same.body.includes('These two versions are the same in every field.'));
    const fromOnly = await editor.get(`/editor/articles/${id}/history?from=1`);
    assert.ok(fromOnly.body.includes('Changes from version 1 to version 3'), '`from` alone is compared with the latest');
  });

  test('bad or unknown from/to answer 400 or 404 with words, never a 500', async () => {
    const { id } = await twoVersions(editorUser);
    for (const q of ['from=abc', 'to=0', 'from=1.5&to=2', 'to=-3']) {
      const res = await editor.get(`/editor/articles/${id}/history?${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.ok(res.body.includes('must be a version number'), `${q}: says what to send`);
    }
    for (const q of ['from=1&to=99', 'from=42']) {
      const res = await editor.get(`/editor/articles/${id}/history?${q}`);
      assert.equal(res.statusCode, 404, q);
      assert.ok(res.body.includes('find that version'), `${q}: says what is missing`);
    }
    assert.equal((await editor.get('/editor/articles/999999/history')).statusCode, 404);
    assert.equal((await editor.get('/editor/articles/abc/history')).statusCode, 404);
  });

  test('restoring an old version makes a new version with the old text', async () => {
    const { id, t } = await twoVersions(editorUser);
    const page = await editor.get(`/editor/articles/${id}/history`);
    const csrf = hiddenValue(page.body, '_csrf');
    assert.equal((await editor.post(`/editor/articles/${id}/history/restore`, { version: '1' })).statusCode, 403, 'no CSRF token, no restore');
    const res = await editor.post(`/editor/articles/${id}/history/restore`, { _csrf: csrf, version: '1' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/editor/articles/${id}/?saved=restored`);
    const article = await findDeskArticle(app().ctx.db, id);
    assert.equal(article?.title, `Harbour notes ${t}`);
    assert.equal(article?.bodyMarkdown, BODY_1);
    assert.equal(article?.version, 3, 'a new version, nothing overwritten');
    const versions = await listVersions(app().ctx.db, id);
    assert.deepEqual(versions.map((v) => v.number), [3, 2, 1]);
    assert.equal(versions[0]?.kind, 'restore');
    const history = await editor.get(`/editor/articles/${id}/history`);
    assert.ok(history.body.includes('Restored version'));
    const diff = await editor.get(`/editor/articles/${id}/history?from=2&to=3`);
    assert.ok(diff.body.includes('<ins>notes</ins>') && diff.body.includes('<del>letters</del>'));

    for (const version of ['abc', '0', '']) {
      assert.equal((await editor.post(`/editor/articles/${id}/history/restore`, { _csrf: csrf, version })).statusCode, 400, `version=${version}`);
    }
    assert.equal((await editor.post(`/editor/articles/${id}/history/restore`, { _csrf: csrf, version: '77' })).statusCode, 404);

    await setArticleStatus(app().ctx, id, { to: 'trash' });
    const trashed = await editor.get(`/editor/articles/${id}/history`);
    assert.equal(trashed.statusCode, 200, 'the history of a trashed piece can still be read');
    assert.ok(!trashed.body.includes('Restore this version'), 'but not restored from until it leaves the trash');
    assert.equal((await editor.post(`/editor/articles/${id}/history/restore`, { _csrf: csrf, version: '1' })).statusCode, 400);
  });

  test("an author reads and restores their own draft's history, and gets a 404 for anyone else's", async () => {
    const own = await twoVersions(authorUser, true);
    const desk = await twoVersions(editorUser);
    const mine = await author.get(`/editor/articles/${own.id}/history`);
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(versionRows(mine.body), [2, 1]);
    assert.equal((await author.get(`/editor/articles/${desk.id}/history`)).statusCode, 404, "another's piece is not found");
    const csrf = hiddenValue(mine.body, '_csrf');
    assert.equal((await author.post(`/editor/articles/${desk.id}/history/restore`, { _csrf: csrf, version: '1' })).statusCode, 404);
    const restored = await author.post(`/editor/articles/${own.id}/history/restore`, { _csrf: csrf, version: '1' });
    assert.equal(restored.statusCode, 303);
    assert.equal((await findDeskArticle(app().ctx.db, own.id))?.title, `Harbour notes ${own.t}`);
    const reader = (await signIn('reader', 'History Reader')).c;
    assert.equal((await reader.get(`/editor/articles/${own.id}/history`)).statusCode, 403);
  });
});
