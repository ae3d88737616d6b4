import assert from 'node:assert/strict';
import { test } from 'node:test';
import { saveDraft } from '../../../src/domain/submissions/drafts.service.js';
import { getSubmissionDetail } from '../../../src/domain/submissions/submissions.queries.js';
import { decide, submitSubmission } from '../../../src/domain/submissions/workflow.service.js';
import { describeEachApp, type TestApp } from '../../helpers/app.js';
import { makeArticle, makeCategory } from '../../helpers/factories.js';
import { addReview, signedInAs, type SignedInAuthor } from '../../helpers/submission-factories-author.js';
import { hiddenValue, lastMailTo } from '../accounts-client.js';

// The author's dashboard: their submissions with the status in plain words, one
// submission's page (messages, anonymous reviews, history), withdrawing, resubmitting
// with an answer per review, and visits by day once published. Also /submit/'s guidelines.

async function sent(app: TestApp, a: SignedInAuthor, title: string): Promise<number> {
  const s = await saveDraft(app.ctx, a.actor, { title, body: `The text of ${title}.\n\nA second paragraph.`, declareOriginal: true, declareExclusive: true });
  await submitSubmission(app.ctx, a.actor, s.id);
  return s.id;
}

describeEachApp('author: the dashboard and a submission’s page', (app: () => TestApp) => {
  test('the dashboard lists own submissions with plain-word statuses, paginated, with an empty state first', async () => {
    const a = await signedInAs(app);
    const empty = await a.client.get('/dashboard/');
    assert.match(empty.body, /You have not submitted anything yet\./);
    assert.match(empty.body, /href="\/submit\/new"/);

    const reviewed = await sent(app(), a, 'Reviewed piece');
    await app().ctx.db.updateTable('submissions').set({ status: 'in_review' }).where('id', '=', reviewed).execute();
    await addReview(app().ctx, reviewed, { round: 1, status: 'submitted', toAuthor: 'Fine.' });
    await addReview(app().ctx, reviewed, { round: 1, status: 'accepted' });
    await addReview(app().ctx, reviewed, { round: 1, status: 'declined' });
    const revising = await sent(app(), a, 'Revising piece');
    await app().ctx.db.updateTable('submissions').set({ status: 'revisions_requested', revision_due_on: '2027-01-12' }).where('id', '=', revising).execute();
    for (let i = 0; i < 9; i++) await saveDraft(app().ctx, a.actor, { title: `Draft ${i}`, body: 'x' });

    const page1 = await a.client.get('/dashboard/');
    assert.equal(page1.statusCode, 200);
    assert.equal((page1.body.match(/href="\/dashboard\/submissions\/\d+\/"/g) ?? []).length, 10);
    assert.match(page1.body, /Page 1 of 2/);
    assert.match(page1.body, /href="\/dashboard\/\?page=2"/);
    const page2 = await a.client.get('/dashboard/?page=2');
    const all = page1.body + page2.body;
    assert.match(all, /with reviewers: 1 of 2 reports in/);
    assert.match(all, /revisions requested, due 12 January/);
    assert.match(all, /draft, not sent/);

    // Someone else's list does not show them.
    const other = await signedInAs(app);
    assert.doesNotMatch((await other.client.get('/dashboard/')).body, /Reviewed piece/);
  });

  test('a submission’s page: status, next step, history; other people get 404', async () => {
    const a = await signedInAs(app);
    const id = await sent(app(), a, 'Ice roads <b>north</b>');
    const res = await a.client.get(`/dashboard/submissions/${id}/?done=sent`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /Sent\. We emailed you a receipt/);
    assert.match(res.body, /Ice roads &lt;b>north&lt;\/b>|Ice roads &lt;b&gt;north&lt;\/b&gt;/);
    assert.match(res.body, /received, awaiting an editor/);
    assert.match(res.body, /What happens next/);
    assert.match(res.body, /draft started[\s\S]*sent/);
    assert.match(res.body, /No messages yet/);
    assert.doesNotMatch(res.body, /\/edit"/, 'sent: no edit button');

    const other = await signedInAs(app);
    assert.equal((await other.client.get(`/dashboard/submissions/${id}/`)).statusCode, 404);
    const editor = await signedInAs(app, 'editor');
    assert.equal((await editor.client.get(`/dashboard/submissions/${id}/`)).statusCode, 404, 'staff read submissions on the desk');
  });

  test('revisions: the decision and the reviews (anonymous), then a resubmission answering each review', async () => {
    const a = await signedInAs(app);
    const editor = await signedInAs(app, 'editor', 'Edna Editor');
    const bystander = await signedInAs(app, 'editor');
    const id = await sent(app(), a, 'Tidal clocks');
    // Edna handles it: the revision mail goes to her alone.
    await app().ctx.db.updateTable('submissions').set({ status: 'in_review', handling_editor_user_id: editor.actor.userId }).where('id', '=', id).execute();
    const r1 = await addReview(app().ctx, id, { round: 1, status: 'submitted', toAuthor: 'The second section needs sources.', email: 'hidden.reviewer@example.org' });
    const r2 = await addReview(app().ctx, id, { round: 1, status: 'submitted', toAuthor: 'Clear and useful.' });
    // Before the decision, the reviews are not the author's to read.
    assert.doesNotMatch((await a.client.get(`/dashboard/submissions/${id}/`)).body, /needs sources/);
    await decide(app().ctx, editor.actor, id, 'minor', 'Please answer both reviewers.', { revisionDueOn: '2027-01-12' });

    const page = await a.client.get(`/dashboard/submissions/${id}/`);
    assert.match(page.body, /Minor revisions requested/);
    assert.match(page.body, /Please answer both reviewers\./);
    assert.match(page.body, /Reviewer 1[\s\S]*The second section needs sources\./);
    assert.match(page.body, /Reviewer 2[\s\S]*Clear and useful\./);
    assert.doesNotMatch(page.body, /hidden\.reviewer/);
    assert.match(page.body, /revisions requested, due 12 January/);
    assert.match(page.body, new RegExp(`href="/dashboard/submissions/${id}/edit"`));

    const form = await a.client.get(`/dashboard/submissions/${id}/edit`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Revise your submission/);
    assert.match(form.body, new RegExp(`name="response_${r1}"`));
    assert.match(form.body, /value="resubmit"/);
    const csrf = hiddenValue(form.body, '_csrf');
    const base = { _csrf: csrf, title: 'Tidal clocks', body: 'The revised text, with sources.[^1]\n\n[^1]: Tide tables, 1890, https://example.org/tides', version: hiddenValue(form.body, 'version'), declare_original: 'on', declare_exclusive: 'on', intent: 'resubmit' };
    const missing = await a.client.post(`/dashboard/submissions/${id}/edit`, { ...base, [`response_${r1}`]: 'Added sources.' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, new RegExp(`id="f-response_${r2}-error"`));
    assert.match(missing.body, /Added sources\./, 'the answer typed is kept');

    const ok = await a.client.post(`/dashboard/submissions/${id}/edit`, { ...base, version: hiddenValue(missing.body, 'version'), [`response_${r1}`]: 'Added sources.', [`response_${r2}`]: 'Thank you.' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `/dashboard/submissions/${id}/?done=resubmitted`);
    const s = await getSubmissionDetail(app().ctx.db, id);
    assert.equal(s?.status, 'resubmitted');
    assert.equal(s?.round, 2);
    assert.deepEqual(s?.rounds.at(-1)?.responses, { [String(r1)]: 'Added sources.', [String(r2)]: 'Thank you.' });
    const mail = await lastMailTo(app().ctx, editor.actor.email);
    assert.match(String(mail?.subject), /Revision received: “Tidal clocks”/);
    assert.ok(String(mail?.text).includes(`/editor/submissions/${id}/`));
    assert.equal(await lastMailTo(app().ctx, bystander.actor.email), undefined, 'other editors are not told');
  });

  test('withdrawing asks first, then closes the submission', async () => {
    const a = await signedInAs(app);
    const id = await sent(app(), a, 'Mill ponds');
    const confirm = await a.client.get(`/dashboard/submissions/${id}/withdraw`);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Withdraw this submission\?/);
    const csrf = hiddenValue(confirm.body, '_csrf');
    const bare = await a.client.post(`/dashboard/submissions/${id}/withdraw`, { _csrf: csrf });
    assert.equal(bare.statusCode, 200, 'without the confirmation it only asks');
    assert.equal((await getSubmissionDetail(app().ctx.db, id))?.status, 'submitted');
    const done = await a.client.post(`/dashboard/submissions/${id}/withdraw`, { _csrf: csrf, confirm: 'yes', note: 'Placed elsewhere.' });
    assert.equal(done.statusCode, 303);
    assert.equal((await getSubmissionDetail(app().ctx.db, id))?.status, 'withdrawn');
    const page = await a.client.get(`/dashboard/submissions/${id}/?done=withdrawn`);
    assert.match(page.body, /The submission was withdrawn\./);
    assert.doesNotMatch(page.body, /Withdraw…/);
    // Withdrawn is final: the confirmation page is not offered again, and a POST is refused.
    assert.equal((await a.client.get(`/dashboard/submissions/${id}/withdraw`)).statusCode, 303);
    assert.equal((await a.client.post(`/dashboard/submissions/${id}/withdraw`, { _csrf: csrf, confirm: 'yes' })).statusCode, 409);
  });

  test('a published piece shows visits by day as a chart and a table with the same numbers', async () => {
    const a = await signedInAs(app);
    const id = await sent(app(), a, 'Published piece');
    const article = await makeArticle(app().ctx, { title: 'Published piece' });
    await app().ctx.db.updateTable('submissions').set({ status: 'published', article_id: article.id }).where('id', '=', id).execute();
    await app().ctx.db.insertInto('visit_days').values([
      { article_id: article.id, day: '2026-11-19', count: 7 },
      { article_id: article.id, day: '2026-11-20', count: 3 },
    ]).execute();
    const res = await a.client.get(`/dashboard/submissions/${id}/`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /10 visits in the last 30 days/);
    assert.match(res.body, /<svg class="visits-chart"[^>]*aria-hidden="true"/);
    assert.equal((res.body.match(/<rect /g) ?? []).length, 30);
    assert.match(res.body, /19 November 2026<\/th><td>7<\/td>/);
    assert.match(res.body, /20 November 2026<\/th><td>3<\/td>/);
    assert.match(res.body, new RegExp(`href="/${article.slug}/"`));
  });
});

describeEachApp('author: /submit/ shows the sections’ guidelines and the way in', (app: () => TestApp) => {
  test('guidelines through the Markdown pipeline, with word limits', async () => {
    const section = await makeCategory(app().ctx, { name: 'Research papers' });
    await app()
      .ctx.db.updateTable('categories')
      .set({ submission_guidelines: 'Send **original** research. <script>alert(1)</script>', min_words: 4000, max_words: 9000, review_mode: 'double' })
      .where('id', '=', section.id)
      .execute();
    const res = await app().app.inject({ method: 'GET', url: '/submit/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Sections and their guidelines/);
    assert.match(res.body, /Research papers/);
    assert.match(res.body, /4,000 to 9,000 words/);
    assert.match(res.body, /<strong>original<\/strong>/);
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.match(res.body, /double-blind/);
    assert.match(res.body, /href="\/submit\/new"/);
    assert.match(res.body, /href="\/register"/);
    assert.match(res.body, /Confirm your email address/);
  });
});
