import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { inviteReviewer } from '../../../src/domain/submissions/invitations.service.js';
import { authorNamesInManuscript } from '../../../src/domain/submissions/reviews-blindness.js';
import { listReviewsForSubmission } from '../../../src/domain/submissions/reviews.service.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeAssignment, makePerson, makeReviewSubmission, signedInClient } from '../../helpers/submission-factories-review.js';
import { Client, lastMailTo } from '../accounts-client.js';

// The reviewer's pages over HTTP: the invitation link and its claim, answering it,
// the manuscript and its download, the review form, and blindness — no response a
// reviewer gets ever contains an author's or co-author's name or address.

function assertBlind(res: LightMyRequestResponse, secrets: string[], where: string): void {
  const body = res.body.toLowerCase();
  for (const s of secrets) assert.ok(!body.includes(s.toLowerCase()), `${where} mentions ${s}`);
}

async function post(client: Client & { csrf: string }, url: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
  return client.post(url, { _csrf: client.csrf, ...fields });
}

describeEachApp('reviewer pages', (app) => {
  test('an invitation link: explained to a visitor, claimed by the matching confirmed account, then the clean URL', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx);
    const reviewer = await makePerson(ctx);
    const a = await makeAssignment(ctx, s.id, { email: reviewer.email });
    const link = `/review/${a.id}/?invite=${a.token}`;

    const visitor = new Client(app);
    const prompt = await visitor.get(link);
    assert.equal(prompt.statusCode, 200);
    assert.match(prompt.body, /invited to review/);
    assert.ok(prompt.body.includes(reviewer.email), 'says which address to use');
    assert.ok(prompt.body.includes(`/login?next=${encodeURIComponent(link)}`), 'signing in comes back to the link');
    assertBlind(prompt, s.secrets, 'the visitor prompt');

    const wrong = await signedInClient(app, (await makePerson(ctx)).id);
    const refused = await wrong.get(link);
    assert.equal(refused.statusCode, 200);
    assert.match(refused.body, /for another address/);
    assert.equal((await wrong.get(`/review/${a.id}/`)).statusCode, 404, 'someone else’s assignment does not exist for them');

    const unconfirmed = await makePerson(ctx, { verified: false });
    const b = await makeAssignment(ctx, s.id, { email: unconfirmed.email });
    const waiting = await (await signedInClient(app, unconfirmed.id)).get(`/review/${b.id}/?invite=${b.token}`);
    assert.match(waiting.body, /Confirm your email address first/);
    assert.equal((await ctx.db.selectFrom('review_assignments').select('reviewer_user_id').where('id', '=', b.id).executeTakeFirstOrThrow()).reviewer_user_id, null);

    const bad = await visitor.get(`/review/${a.id}/?invite=${a.token.slice(0, -2)}xx`);
    assert.equal(bad.statusCode, 404);
    assert.match(bad.body, /does not work/);

    const me = await signedInClient(app, reviewer.id);
    const claimed = await me.get(link);
    assert.equal(claimed.statusCode, 303);
    assert.equal(claimed.headers.location, `/review/${a.id}/`);
    const row = await ctx.db.selectFrom('review_assignments').select('reviewer_user_id').where('id', '=', a.id).executeTakeFirstOrThrow();
    assert.equal(row.reviewer_user_id, reviewer.id);
    const page = await me.get(`/review/${a.id}/`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Accept the invitation/);
    assert.ok(!page.body.includes('We cored twelve sites'), 'the text waits for acceptance');
    assertBlind(page, s.secrets, 'the invitation page');
  });

  test('accept, read and download blind, review with validation, once', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx, { reviewMode: 'double' });
    const reviewer = await makePerson(ctx);
    const a = await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id });
    const me = await signedInClient(app, reviewer.id);
    const url = `/review/${a.id}/`;

    assert.equal((await me.get(`${url}manuscript.md`)).statusCode, 404, 'no download before accepting');
    const accepted = await post(me, url, { intent: 'accept' });
    assert.equal(accepted.statusCode, 303);
    const page = await me.get(accepted.headers.location as string);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /We cored twelve sites/);
    assert.match(page.body, /name="recommendation"/);
    assert.match(page.body, /Thank you for accepting/);
    assertBlind(page, s.secrets, 'the accepted page');

    const md = await me.get(`${url}manuscript.md`);
    assert.equal(md.statusCode, 200);
    assert.match(String(md.headers['content-type']), /text\/markdown/);
    assert.match(String(md.headers['content-disposition']), /attachment/);
    assert.match(md.body, /^# Salt marsh sediment budgets/);
    assert.match(md.body, /## Method/);
    assertBlind(md, s.secrets, 'the download');

    const empty = await post(me, url, { intent: 'review', recommendation: 'maybe', to_author: '  ', to_editor: 'Keep this note.' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Choose a recommendation/);
    assert.match(empty.body, /Write your comments for the author/);
    assert.match(empty.body, /Keep this note\./, 'the form keeps what was typed');

    const sent = await post(me, url, { intent: 'review', recommendation: 'minor', to_author: 'The core data are convincing.\n\nThe second section needs a map.', to_editor: 'A careful piece.' });
    assert.equal(sent.statusCode, 303);
    const after = await me.get(url);
    assert.match(after.body, /What you sent/);
    assert.match(after.body, /Minor revisions/);
    assert.match(after.body, /<p>The second section needs a map\.<\/p>/);
    assertBlind(after, s.secrets, 'the sent page');

    const again = await post(me, url, { intent: 'review', recommendation: 'reject', to_author: 'Changed my mind.', to_editor: '' });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /already sent this review/);
    const [review] = await listReviewsForSubmission(ctx.db, s.id);
    assert.equal(review?.status, 'submitted');
    assert.equal(review?.recommendation, 'minor');
    assert.equal(review?.toEditor, 'A careful piece.');
    assert.equal(review?.reviewerName, reviewer.name, 'editors see who reviewed');

    const list = await me.get('/review/');
    assert.match(list.body, /Review sent/);
    assertBlind(list, s.secrets, 'the list');
  });

  test('decline with a reason; no review unless accepted and in review; others get 404', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx);
    const reviewer = await makePerson(ctx);
    const me = await signedInClient(app, reviewer.id);
    const a = await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id });

    const odd = await post(me, `/review/${a.id}/`, { intent: 'shrug' });
    assert.equal(odd.statusCode, 400, 'an unknown intent is a clear 400, not a 500');
    assert.match(odd.body, /Choose one of the buttons/);
    assert.equal((await me.get('/review/99999999/')).statusCode, 404);
    assert.equal((await me.get(`/review/99999999/?invite=${'x'.repeat(500)}`)).statusCode, 404);

    const early = await post(me, `/review/${a.id}/`, { intent: 'review', recommendation: 'accept', to_author: 'Fine.' });
    assert.equal(early.statusCode, 409);
    assert.match(early.body, /Accept the invitation before/);

    const declined = await post(me, `/review/${a.id}/`, { intent: 'decline', decline_reason: 'I advised on an earlier draft.' });
    assert.equal(declined.statusCode, 303);
    const row = await ctx.db.selectFrom('review_assignments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'declined');
    assert.equal(row.decline_reason, 'I advised on an earlier draft.');
    assert.equal((await post(me, `/review/${a.id}/`, { intent: 'accept' })).statusCode, 409, 'answered once');

    const decided = await makeReviewSubmission(ctx, { status: 'revisions_requested' });
    const b = await makeAssignment(ctx, decided.id, { email: reviewer.email, reviewerUserId: reviewer.id, status: 'accepted' });
    const late = await post(me, `/review/${b.id}/`, { intent: 'review', recommendation: 'accept', to_author: 'Fine.' });
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /no longer in review/);

    const other = await signedInClient(app, (await makePerson(ctx, { role: 'editor' })).id);
    assert.equal((await other.get(`/review/${b.id}/`)).statusCode, 404, 'not even an editor reads another reviewer’s page');
    assert.equal((await other.get(`/review/${b.id}/manuscript.md`)).statusCode, 404);
    assert.equal((await post(other, `/review/${b.id}/`, { intent: 'accept' })).statusCode, 404);
    assert.equal((await other.get('/review/abc/')).statusCode, 404);
  });

  test('an account registered after the invitation finds it on its list once the address is confirmed; an owner never claims its own piece', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx);
    const late = await makePerson(ctx, { verified: false });
    const a = await makeAssignment(ctx, s.id, { email: late.email });
    const me = await signedInClient(app, late.id);
    assert.match((await me.get('/review/')).body, /Nothing to review/, 'not before the address is confirmed');
    await ctx.db.updateTable('users').set({ email_verified_at: ctx.clock.now().toISOString() }).where('id', '=', late.id).execute();
    const list = await me.get('/review/');
    assert.ok(list.body.includes(`href="/review/${a.id}/"`));
    assert.equal((await me.get(`/review/${a.id}/`)).statusCode, 200);

    const own = await makeAssignment(ctx, s.id, { email: s.owner.email });
    const owner = await signedInClient(app, s.owner.id);
    assert.match((await owner.get(`/review/${own.id}/?invite=${own.token}`)).body, /cannot review your own piece/);
    assert.ok(!(await owner.get('/review/')).body.includes(`/review/${own.id}/`));
    assert.equal((await owner.get(`/review/${own.id}/`)).statusCode, 404);
  });

  test('the list: open assignments first, paginated, with an empty state', async () => {
    const ctx = app().ctx;
    const reviewer = await makePerson(ctx);
    const me = await signedInClient(app, reviewer.id);
    const empty = await me.get('/review/');
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /Nothing to review at the moment/);

    const s = await makeReviewSubmission(ctx);
    for (let i = 0; i < 21; i++) await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id, status: 'submitted' });
    const open = await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id, status: 'accepted', dueOn: '2026-11-01' });
    await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id, status: 'cancelled' });
    const first = await me.get('/review/');
    assert.match(first.body, /Page 1 of 2/);
    const firstLink = first.body.match(/href="\/review\/(\d+)\/"/);
    assert.equal(Number(firstLink?.[1]), open.id, 'the open one leads');
    assert.match(first.body, /Due 1 November 2026 \(overdue\)/);
    const second = await me.get('/review/?page=2');
    assert.match(second.body, /Page 2 of 2/);
    assert.equal((second.body.match(/href="\/review\/\d+\/"/g) ?? []).length, 2);
  });
  test('the editors can learn that a double-blind text names its author', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx, { reviewMode: 'double' });
    assert.deepEqual((await authorNamesInManuscript(ctx.db, s.id)).findings, []);
    const coauthor = s.secrets[2] as string;
    await ctx.db.updateTable('submissions').set({ body: `As ${coauthor} showed in 2021, marshes keep pace.` }).where('id', '=', s.id).execute();
    const report = await authorNamesInManuscript(ctx.db, s.id);
    assert.equal(report.reviewMode, 'double');
    assert.deepEqual(report.findings, [{ found: coauthor, where: 'text' }]);
  });
  test('the link in the invitation the editors send is claimed, accepted and reviewed here', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx);
    const editor = await makePerson(ctx, { role: 'editor' });
    const reviewer = await makePerson(ctx);
    const mail = { db: ctx.db, clock: ctx.clock, transport: null, from: 'Masthead <no-reply@journal.example>' };
    const invited = await inviteReviewer(ctx, { userId: editor.id, role: 'editor', name: editor.name, email: editor.email, trusted: true, verified: true }, s.id, { reviewerEmail: reviewer.email, dueOn: '2026-12-20' }, { ctx, mail, siteUrl: 'https://journal.example' });
    const message = await lastMailTo(ctx, reviewer.email);
    const link = message?.text.match(/https:\/\/journal\.example(\/review\/\d+\/\?invite=[A-Za-z0-9_%-]+)/)?.[1];
    assert.ok(link, 'the invitation carries the link');
    for (const secret of s.secrets) assert.ok(!message?.text.includes(secret), 'the invitation names no author');
    const me = await signedInClient(app, reviewer.id);
    const claimed = await me.get(link);
    assert.equal(claimed.headers.location, `/review/${invited.id}/`);
    assert.equal((await post(me, `/review/${invited.id}/`, { intent: 'accept' })).statusCode, 303);
    assert.equal((await post(me, `/review/${invited.id}/`, { intent: 'review', recommendation: 'accept', to_author: 'Ready as it is.' })).statusCode, 303);
    const [review] = await listReviewsForSubmission(ctx.db, s.id);
    assert.equal(review?.status, 'submitted');
    assert.equal((await new Client(app).get(link)).statusCode, 404, 'the link stops working once answered');
  });
});

describeEachApp('the dashboard’s reviews panel', (app) => {
  test('appears with the number waiting, and not at all when nothing is', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx);
    const reviewer = await makePerson(ctx);
    const idle = await makePerson(ctx);
    await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id });
    await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id });
    const busy = await (await signedInClient(app, reviewer.id)).get('/dashboard/');
    assert.equal(busy.statusCode, 200);
    assert.match(busy.body, /2 reviews are waiting for you\./);
    assert.match(busy.body, /href="\/review\/"/);
    const none = await (await signedInClient(app, idle.id)).get('/dashboard/');
    assert.equal(none.statusCode, 200);
    assert.doesNotMatch(none.body, /Reviews assigned to you/);
  });
});

describeEachApp('a revision’s reviewer and the editors see what changed', (app) => {
  test('round 2 against round 1, marked, on the reviewer’s and the editor’s page', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx, { status: 'resubmitted' });
    const now = ctx.clock.now().toISOString();
    const body = 'Marsh platforms keep pace with the sea when enough sediment arrives from the rivers.\n\n## Method\n\nWe cored twelve sites across the estuary.';
    await ctx.db.insertInto('submission_rounds').values({ submission_id: s.id, round: 2, title: s.title, dek: 'Where the mud comes from, and whether it is enough.', body, body_html: `<p>${body}</p>`, created_at: now }).execute();
    await ctx.db.updateTable('submissions').set({ round: 2, body }).where('id', '=', s.id).execute();
    await ctx.db.updateTable('submissions').set({ status: 'in_review' }).where('id', '=', s.id).execute();
    const reviewer = await makePerson(ctx);
    const a = await makeAssignment(ctx, s.id, { email: reviewer.email, reviewerUserId: reviewer.id, status: 'accepted', round: 2 });
    const page = await (await signedInClient(app, reviewer.id)).get(`/review/${a.id}/`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Changes from round 1 to round 2/);
    assert.match(page.body, /<ins>[^<]*from the rivers/);
    assertBlind(page, s.secrets, 'the revision’s diff');

    const editor = await makePerson(ctx, { role: 'editor' });
    const desk = await (await signedInClient(app, editor.id)).get(`/editor/submissions/${s.id}/`);
    assert.equal(desk.statusCode, 200);
    assert.match(desk.body, /Changes from round 1 to round 2/);
    assert.match(desk.body, /<ins>[^<]*from the rivers/);
  });
});
