import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { addDays, dayKey } from '../../../src/shared/clock.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeCategory } from '../../helpers/factories.js';
import { makePerson, sentSubmission, type Person } from '../../helpers/submission-factories-editor.js';
import { saveDraft } from '../../../src/domain/submissions/drafts.service.js';
import { Client } from '../accounts-client.js';

// /editor/submissions/: the queue with its status links, filters, highlights and pages.

/** The data-submission-id of every row in the queue's table, in order. */
const rowIds = (html: string): number[] => [...html.matchAll(/<tr data-submission-id="(\d+)"/g)].map((m) => Number(m[1]));

describeEachApp('editor: the submissions queue', (app) => {
  let editor: Client;
  let editorPerson: Person;
  let author: Person;

  before(async () => {
    editorPerson = await makePerson(app().ctx, 'editor', 'Queue Editor');
    author = await makePerson(app().ctx, 'author', 'Queue Author');
    editor = new Client(app);
    assert.equal((await editor.signIn(editorPerson.email, editorPerson.password)).statusCode, 303);
  });

  test('an empty queue says what will appear there, and the desk navigation links to it', async () => {
    const res = await editor.get('/editor/submissions/');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(res.body.includes('No submissions yet.'), 'the empty state explains itself');
    assert.ok(res.body.includes('href="/editor/submissions/" aria-current="page"'), 'the desk navigation marks the page');
    const desk = await editor.get('/editor/articles/');
    assert.ok(desk.body.includes('href="/editor/submissions/"'), 'other desk pages link to the queue');
  });

  test('filters by status, section, handling editor and age; counts per status; drafts never show', async () => {
    const ctx = app().ctx;
    const essays = await makeCategory(ctx, { name: 'Queue Essays' });
    const notes = await makeCategory(ctx, { name: 'Queue Notes' });
    const a = await sentSubmission(ctx, author.actor, { title: 'Queue piece A', categoryId: essays.id });
    const b = await sentSubmission(ctx, author.actor, { title: 'Queue piece B', categoryId: notes.id });
    const c = await sentSubmission(ctx, author.actor, { title: 'Queue piece C' });
    await saveDraft(ctx, author.actor, { title: 'Queue draft, never sent', body: 'Not yet.' });
    await ctx.db.updateTable('submissions').set({ handling_editor_user_id: editorPerson.actor.userId }).where('id', '=', b).execute();
    const today = dayKey(app().clock.now());
    // C: revisions were due last week. A: its review is overdue and nothing has changed for ten days.
    await ctx.db.updateTable('submissions').set({ status: 'revisions_requested', revision_due_on: addDays(today, -7) }).where('id', '=', c).execute();
    await ctx.db.updateTable('submissions').set({ status: 'in_review', updated_at: `${addDays(today, -10)}T09:00:00.000Z` }).where('id', '=', a).execute();
    await ctx.db
      .insertInto('review_assignments')
      .values({ submission_id: a, round: 1, reviewer_email: 'late-reviewer@example.org', status: 'accepted', due_on: addDays(today, -2), invited_at: app().clock.now().toISOString() })
      .execute();

    const all = await editor.get('/editor/submissions/');
    assert.deepEqual(rowIds(all.body).sort((x, y) => x - y), [a, b, c], 'every sent submission, no draft');
    assert.ok(!all.body.includes('Queue draft, never sent'));
    assert.ok(all.body.includes('3 submissions'));
    assert.match(all.body, /href="\/editor\/submissions\/\?status=in_review"[^>]*><span>With reviewers<\/span> <span class="desk-tab-count">\(1\)<\/span>/);
    assert.match(all.body, /<span>Received, awaiting an editor<\/span> <span class="desk-tab-count">\(1\)<\/span>/);
    assert.equal(rowIds(all.body)[0], a, 'the longest waiting comes first');
    const rowA = all.body.slice(all.body.indexOf(`data-submission-id="${a}"`), all.body.indexOf('</tr>', all.body.indexOf(`data-submission-id="${a}"`)));
    assert.ok(rowA.includes('1 review overdue'), 'an overdue review is said in words');
    assert.ok(rowA.includes('Unassigned'), 'nobody handles it: said');
    const rowC = all.body.slice(all.body.indexOf(`data-submission-id="${c}"`));
    assert.ok(rowC.slice(0, rowC.indexOf('</tr>')).includes('Revision overdue'));
    const rowB = all.body.slice(all.body.indexOf(`data-submission-id="${b}"`));
    assert.ok(rowB.slice(0, rowB.indexOf('</tr>')).includes('Queue Editor'), 'the handling editor is named');
    assert.ok(rowA.includes('<td data-label="Author">Queue Author</td>'), 'and the author');

    assert.deepEqual(rowIds((await editor.get('/editor/submissions/?status=revisions_requested')).body), [c]);
    assert.deepEqual(rowIds((await editor.get(`/editor/submissions/?section=${essays.id}`)).body), [a]);
    assert.deepEqual(rowIds((await editor.get(`/editor/submissions/?editor=${editorPerson.actor.userId}`)).body), [b]);
    assert.deepEqual(rowIds((await editor.get('/editor/submissions/?editor=unassigned')).body).sort((x, y) => x - y), [a, c]);
    assert.deepEqual(rowIds((await editor.get('/editor/submissions/?age=7')).body), [a], 'only what has waited over a week');
    const none = await editor.get(`/editor/submissions/?status=published&section=${notes.id}`);
    assert.equal(none.statusCode, 200);
    assert.ok(none.body.includes('No submission matches these filters.'));
    assert.ok(none.body.includes('Clear filters'));
    // The status links keep the other filters.
    const bySection = await editor.get(`/editor/submissions/?section=${notes.id}`);
    assert.ok(bySection.body.includes(`href="/editor/submissions/?status=submitted&amp;section=${notes.id}"`));
    // Nonsense in the query is ignored, not a 500.
    assert.equal((await editor.get('/editor/submissions/?status=draft&section=x&editor=-3&age=5')).statusCode, 200);
  });

  test('the queue is paginated', async () => {
    const ctx = app().ctx;
    const now = app().clock.now().toISOString();
    for (let i = 0; i < 25; i++) {
      await ctx.db
        .insertInto('submissions')
        .values({ owner_user_id: author.actor.userId, status: 'submitted', title: `Bulk ${i}`, body: 'Text.', body_html: '<p>Text.</p>', round: 1, created_at: now, updated_at: now, submitted_at: now })
        .execute();
    }
    const first = await editor.get('/editor/submissions/?status=submitted');
    assert.equal(rowIds(first.body).length, 25);
    assert.ok(first.body.includes('href="/editor/submissions/?status=submitted&amp;page=2"'), 'a link to the next page keeps the filter');
    const second = await editor.get('/editor/submissions/?status=submitted&page=2');
    assert.equal(second.statusCode, 200);
    assert.ok(rowIds(second.body).length >= 1);
    assert.equal((await editor.get('/editor/submissions/?status=submitted&page=9')).statusCode, 404);
  });

  test('anyone but staff gets "not found"; anonymous visitors are sent to sign in', async () => {
    for (const role of ['reader', 'author', 'reviewer'] as const) {
      const p = role === 'author' ? author : await makePerson(app().ctx, role);
      const c = new Client(app);
      await c.signIn(p.email, p.password);
      assert.equal((await c.get('/editor/submissions/')).statusCode, 404, role);
    }
    const admin = await makePerson(app().ctx, 'admin');
    const c = new Client(app);
    await c.signIn(admin.email, admin.password);
    assert.equal((await c.get('/editor/submissions/')).statusCode, 200, 'admins are staff');
    const anon = await new Client(app).get('/editor/submissions/');
    assert.equal(anon.statusCode, 303);
    assert.ok(String(anon.headers.location).startsWith('/login?next='));
  });
});
