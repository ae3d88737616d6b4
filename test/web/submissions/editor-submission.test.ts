import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sha256 } from '../../../src/domain/accounts/crypto.js';
import { mailDepsFromConfig } from '../../../src/domain/mail/mailer.js';
import { ForbiddenError } from '../../../src/domain/accounts/policy.js';
import { saveAuthor } from '../../../src/domain/authors/authors.js';
import { sendToReview } from '../../../src/domain/submissions/editor-decide.js';
import { inviteReviewer } from '../../../src/domain/submissions/invitations.service.js';
import { ValidationError } from '../../../src/shared/errors.js';
import { getSubmission } from '../../../src/domain/submissions/submissions.queries.js';
import { addDays, dayKey } from '../../../src/shared/clock.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeArticle, makeCategory } from '../../helpers/factories.js';
import { makePerson, sentSubmission, type Person } from '../../helpers/submission-factories-editor.js';
import { Client, hiddenValue, lastMailTo } from '../accounts-client.js';

// /editor/submissions/{id}/: the manuscript, its checks, reviews and history, and the
// editor's actions: handling editor, sending for review, inviting and cancelling
// reviewers, and deciding (with the author's mail), including two editors at once.

const SHARED = `The lighthouse keepers of the northern cape kept a log of every ship that passed in fog, noting its flag, its heading and the hour, and sent the ledgers south each spring with the supply boat. Those ledgers survive in the county archive and tell us more about coastal trade than any customs record of the period.`;

describeEachApp('editor: one submission', (app) => {
  let editor: Client;
  let editorPerson: Person;
  let author: Person;
  let csrf = '';

  const url = (id: number) => `/editor/submissions/${id}/`;
  async function act(id: number, form: Record<string, string>, client = editor) {
    return client.post(url(id), { _csrf: client === editor ? csrf : hiddenValue((await client.get(url(id))).body, '_csrf'), ...form });
  }
  const future = (days: number) => addDays(dayKey(app().clock.now()), days);

  before(async () => {
    editorPerson = await makePerson(app().ctx, 'editor', 'Desk Editor Ines');
    author = await makePerson(app().ctx, 'author', 'Author Tomas');
    editor = new Client(app);
    assert.equal((await editor.signIn(editorPerson.email, editorPerson.password)).statusCode, 303);
    csrf = hiddenValue((await editor.get('/dashboard/account')).body, '_csrf');
    assert.ok(csrf, 'a CSRF token for the session');
  });

  test('shows the rendered manuscript, its checks with note numbers, overlapping passages and the history', async () => {
    const article = await makeArticle(app().ctx, { title: 'Keepers of the Cape', body: `${SHARED}\n\nA different ending about the harbour.` });
    const body = `An opening about trade routes.\n\n${SHARED}\n\nThe *harbour* grew after 1880.[^1] Its board met monthly.[^2]\n\n[^1]: Harbour Board minutes, https://example.org/minutes\n[^2]: Harbour Board minutes, 1887,`;
    const id = await sentSubmission(app().ctx, author.actor, { title: 'Fog ledgers <and> trade', body });
    const res = await editor.get(url(id));
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(res.body.includes('Fog ledgers &lt;and&gt; trade'), 'the title is escaped');
    assert.ok(res.body.includes('<em>harbour</em>'), 'the body is the rendered Markdown');
    assert.ok(res.body.includes('Author Tomas'), 'editors see who wrote it');
    assert.match(res.body, /Problem \(note 2\): <\/strong><span>Note 2 seems to stop where a link was lost/, 'the reference check names the note');
    assert.ok(res.body.includes(`href="/${article.slug}/"`), 'the similar article is linked');
    assert.ok(res.body.includes('Published article: '));
    assert.ok(res.body.includes('<td data-label="This manuscript">') && res.body.includes('<td data-label="The other text">'), 'passages side by side');
    assert.ok(res.body.includes('The lighthouse keepers of the northern cape kept a log'), 'the shared passage is shown');
    assert.ok(res.body.includes('sent, by Author Tomas'), 'the history names who did what');
    // What the workflow offers from "received": send for review, accept, revisions, desk rejection; not a rejection after review.
    assert.ok(res.body.includes('name="intent" value="send_to_review"'));
    for (const d of ['accept', 'minor', 'major', 'desk_reject']) assert.ok(res.body.includes(`name="decision" value="${d}"`), d);
    assert.ok(!res.body.includes('name="decision" value="reject"'));
    assert.ok(!res.body.includes('name="intent" value="invite"'), 'no invitations before it is sent for review');
    assert.ok(res.body.includes('No reviewers invited yet.'));
  });

  test('in a double-blind section the editors are told when the text names its author', async () => {
    const blind = await makeCategory(app().ctx, { name: 'Blind Essays' });
    await app().ctx.db.updateTable('categories').set({ review_mode: 'double' }).where('id', '=', blind.id).execute();
    const id = await sentSubmission(app().ctx, author.actor, { categoryId: blind.id, body: 'As Author Tomas argued in an earlier essay, the mills mattered.' });
    const page = await editor.get(url(id));
    assert.ok(page.body.includes('Blind Essays (double-blind review)'));
    assert.ok(page.body.includes('This section uses double-blind review, but the manuscript names its authors: “Author Tomas” (text).'));
    const open = await sentSubmission(app().ctx, author.actor, { body: 'As Author Tomas argued in an earlier essay, the mills mattered.' });
    assert.ok(!(await editor.get(url(open))).body.includes('double-blind review, but'), 'single-blind sections are not warned');
  });

  test('the handling editor can only be a member of staff', async () => {
    const id = await sentSubmission(app().ctx, author.actor);
    const reader = await makePerson(app().ctx, 'reader');
    const refused = await act(id, { intent: 'assign', handling_editor: String(reader.actor.userId) });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('Choose an editor from the list.'));
    assert.equal((await getSubmission(app().ctx.db, id))?.handlingEditorUserId, null, 'nothing written');
    const ok = await act(id, { intent: 'assign', handling_editor: String(editorPerson.actor.userId) });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `${url(id)}?saved=assigned`);
    assert.equal((await getSubmission(app().ctx.db, id))?.handlingEditorUserId, editorPerson.actor.userId);
    const page = await editor.get(`${url(id)}?saved=assigned`);
    assert.ok(page.body.includes('The handling editor was saved.'));
    assert.ok(page.body.includes(`<option value="${editorPerson.actor.userId}" selected>`), 'the choice is shown');
    assert.ok(!page.body.includes(`<option value="${reader.actor.userId}"`), 'only staff are offered');
    assert.equal((await act(id, { intent: 'assign', handling_editor: '' })).statusCode, 303);
    assert.equal((await getSubmission(app().ctx.db, id))?.handlingEditorUserId, null, 'and back to nobody');
  });

  test('invitations: checked, mailed with a link whose token only the hash of is stored, refused twice, cancelled', async () => {
    const id = await sentSubmission(app().ctx, author.actor, { coauthors: [{ name: 'Co Author', email: 'co.author@example.org' }] });
    assert.equal((await act(id, { intent: 'send_to_review' })).statusCode, 303);
    assert.equal((await getSubmission(app().ctx.db, id))?.status, 'in_review');

    const bad = await act(id, { intent: 'invite', reviewer_email: 'not an address', due_on: addDays(dayKey(app().clock.now()), -1) });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.body.includes('Give the reviewer’s email address'));
    assert.ok(bad.body.includes('The due date must be after today.'));
    assert.ok(bad.body.includes('value="not an address"'), 'the form keeps what was typed');
    const today = dayKey(app().clock.now());
    assert.ok(bad.body.includes(`name="due_on" type="date" value="${addDays(today, -1)}"`), 'a date picker, filled as sent');
    assert.ok(bad.body.includes(`min="${addDays(today, 1)}"`), 'the picker starts tomorrow, as the server checks');
    assert.ok(bad.body.includes(`name="revision_due_on" type="date" value=""`) && bad.body.includes(`min="${today}"`), 'the revision date may be today');
    for (const email of [author.email, 'Co.Author@example.org']) {
      const own = await act(id, { intent: 'invite', reviewer_email: email, due_on: future(21) });
      assert.equal(own.statusCode, 400, email);
      assert.ok(own.body.includes('belongs to an author of this submission'), email);
    }
    assert.equal((await act(id, { intent: 'invite', reviewer_email: 'x@example.org', due_on: '2026-02-30' })).statusCode, 400, 'no such day');
    assert.equal(Number((await app().ctx.db.selectFrom('review_assignments').select((eb) => eb.fn.countAll<number>().as('n')).where('submission_id', '=', id).executeTakeFirstOrThrow()).n), 0);

    const sent = await act(id, { intent: 'invite', reviewer_email: 'Reviewer.Rosa@example.org', due_on: future(21) });
    assert.equal(sent.statusCode, 303);
    const row = await app().ctx.db.selectFrom('review_assignments').selectAll().where('submission_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.reviewer_email, 'reviewer.rosa@example.org');
    assert.equal(row.status, 'invited');
    assert.equal(row.reviewer_user_id, null);
    assert.equal(row.due_on, future(21));
    const mail = await lastMailTo(app().ctx, 'reviewer.rosa@example.org');
    assert.ok(mail);
    const link = mail.text.match(/https:\/\/journal\.example\/review\/(\d+)\/\?invite=([A-Za-z0-9_-]{43})/);
    assert.ok(link, mail.text);
    assert.equal(Number(link[1]), row.id);
    assert.equal(row.invite_token_hash, sha256(link[2] as string), 'only the SHA-256 of the token is stored');
    assert.ok(!mail.text.includes('Author Tomas') && !mail.text.includes(author.email), 'the invitation does not name the author');

    const twice = await act(id, { intent: 'invite', reviewer_email: 'reviewer.rosa@example.org', due_on: future(30) });
    assert.equal(twice.statusCode, 400);
    assert.ok(twice.body.includes('already has an invitation'));

    const page = await editor.get(url(id));
    assert.ok(page.body.includes('reviewer.rosa@example.org'));
    assert.ok(page.body.includes('invited, no answer yet'));
    assert.equal((await act(id, { intent: 'cancel_invite', assignment_id: String(row.id) })).statusCode, 303);
    const cancelled = await app().ctx.db.selectFrom('review_assignments').select('status').where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await act(id, { intent: 'cancel_invite', assignment_id: String(row.id) })).statusCode, 400, 'not twice');
    assert.equal((await act(id, { intent: 'invite', reviewer_email: 'reviewer.rosa@example.org', due_on: future(30) })).statusCode, 303, 'a cancelled invitation can be renewed');
  });

  test('inviting through the service: staff only, only while with reviewers, never a co-author known by their account', async () => {
    const ctx = app().ctx;
    const coauthor = await makePerson(ctx, 'author', 'Linked Coauthor');
    const profile = await saveAuthor(ctx.db, { slug: `linked-${coauthor.actor.userId}`, name: 'Linked Coauthor', userId: coauthor.actor.userId }, app().clock.now().toISOString());
    const id = await sentSubmission(ctx, author.actor, { coauthors: [{ name: 'Linked Coauthor', authorId: profile }] });
    const mailDeps = { ctx, mail: mailDepsFromConfig(app().config, ctx.db, ctx.clock), siteUrl: 'https://journal.example' };
    const input = { reviewerEmail: 'someone.else@example.org', dueOn: future(14) };
    await assert.rejects(inviteReviewer(ctx, author.actor, id, input, mailDeps), ForbiddenError);
    await assert.rejects(inviteReviewer(ctx, editorPerson.actor, id, input, mailDeps), (err: unknown) => err instanceof ValidationError && /Send the submission for review/.test(err.fields.reviewer_email ?? ''));
    await sendToReview(ctx, editorPerson.actor, id);
    await assert.rejects(
      inviteReviewer(ctx, editorPerson.actor, id, { ...input, reviewerEmail: coauthor.email.toUpperCase() }, mailDeps),
      (err: unknown) => err instanceof ValidationError && /belongs to an author/.test(err.fields.reviewer_email ?? ''),
    );
    const ok = await inviteReviewer(ctx, editorPerson.actor, id, input, mailDeps);
    assert.equal(ok.status, 'invited');
    assert.equal(ok.round, 1);
  });

  test('a decision mails the author the message and the reviews for them, without the reviewers’ names', async () => {
    const id = await sentSubmission(app().ctx, author.actor);
    await act(id, { intent: 'send_to_review' });
    const reviewer = await makePerson(app().ctx, 'reviewer', 'Reviewer Kofi');
    await app().ctx.db
      .insertInto('review_assignments')
      .values({
        submission_id: id,
        round: 1,
        reviewer_user_id: reviewer.actor.userId,
        reviewer_email: reviewer.email,
        status: 'submitted',
        due_on: future(3),
        invited_at: app().clock.now().toISOString(),
        submitted_at: app().clock.now().toISOString(),
        recommendation: 'minor',
        to_author: 'The second section needs a map of the mill ponds.',
        to_editor: 'Solid work; I would publish it after a light revision.',
      })
      .execute();
    const page = await editor.get(url(id));
    assert.ok(page.body.includes('Round 1: Reviewer Kofi'), 'editors see who reviewed');
    assert.ok(page.body.includes('Solid work; I would publish it'), 'and the note for the editors');
    assert.ok(page.body.includes('Recommendation: minor revisions'));
    assert.ok(page.body.includes('name="decision" value="reject"'), 'after review, rejection is offered');

    const empty = await act(id, { intent: 'decide', decision: 'minor', message: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.body.includes('Write a message to the author.'));
    assert.ok(empty.body.includes('value="minor" checked'), 'the choice is kept');
    assert.equal((await getSubmission(app().ctx.db, id))?.status, 'in_review');

    const decided = await act(id, { intent: 'decide', decision: 'minor', message: 'Thank you. Please add the map and shorten the opening.', revision_due_on: future(20) });
    assert.equal(decided.statusCode, 303);
    const s = await getSubmission(app().ctx.db, id);
    assert.equal(s?.status, 'revisions_requested');
    assert.equal(s?.revisionDueOn, future(20));
    const mail = await lastMailTo(app().ctx, author.email);
    assert.ok(mail);
    assert.match(mail.subject, /Revisions requested/);
    assert.ok(mail.text.includes('Please add the map and shorten the opening.'));
    assert.ok(mail.text.includes('Reviewer 1: The second section needs a map of the mill ponds.'));
    assert.ok(!mail.text.includes('Reviewer Kofi') && !mail.text.includes(reviewer.email), 'reviewers stay anonymous');
    assert.ok(!mail.text.includes('Solid work'), 'the note for the editors stays with them');
    assert.ok(mail.text.includes(`https://journal.example/dashboard/submissions/${id}/`));
    const after = await editor.get(url(id));
    assert.ok(after.body.includes('revisions requested (Minor revisions), by Desk Editor Ines'));
    assert.ok(after.body.includes('Please add the map and shorten the opening.'), 'the history keeps the message');
    assert.ok(!after.body.includes('name="intent" value="decide"'), 'nothing to decide while the author revises');
  });

  test('acceptance links the desk draft and sends the "accepted" mail', async () => {
    const id = await sentSubmission(app().ctx, author.actor, { title: 'An accepted essay on tides' });
    const res = await act(id, { intent: 'decide', decision: 'accept', message: 'We would be glad to publish it.' });
    assert.equal(res.statusCode, 303);
    const s = await getSubmission(app().ctx.db, id);
    assert.equal(s?.status, 'accepted');
    assert.ok(s?.articleId);
    const page = await editor.get(url(id));
    assert.ok(page.body.includes(`href="/editor/articles/${s.articleId}/"`), 'a link to the desk draft');
    assert.equal((await editor.get(`/editor/articles/${s.articleId}/`)).statusCode, 200, 'and it opens');
    const mail = await lastMailTo(app().ctx, author.email);
    assert.match(String(mail?.subject), /accepted/);
    assert.ok(mail?.text.includes('We would be glad to publish it.'));
  });

  test('when another editor decided first, the second gets a 409 page that says so and nothing changes', async () => {
    const other = await makePerson(app().ctx, 'editor', 'Second Editor');
    const second = new Client(app);
    await second.signIn(other.email, other.password);
    const id = await sentSubmission(app().ctx, author.actor);
    const secondCsrf = hiddenValue((await second.get(url(id))).body, '_csrf');
    assert.equal((await act(id, { intent: 'decide', decision: 'desk_reject', message: 'Not for us, with thanks.' })).statusCode, 303);
    const mailsBefore = await app().ctx.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const late = await second.post(url(id), { _csrf: secondCsrf, intent: 'decide', decision: 'accept', message: 'Lovely, accepted.' });
    assert.equal(late.statusCode, 409);
    assert.ok(late.body.includes('Nothing was changed.'));
    assert.ok(late.body.includes('declined without review'), 'the page shows what happened');
    assert.ok(late.body.includes('here it is to keep: “Lovely, accepted.”'), 'the late editor’s message is not lost');
    assert.equal((await getSubmission(app().ctx.db, id))?.status, 'desk_rejected');
    const mailsAfter = await app().ctx.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(mailsAfter.n), Number(mailsBefore.n), 'no second mail');
  });

  test('anyone but staff gets "not found", the author included; an unknown intent is a 400', async () => {
    const id = await sentSubmission(app().ctx, author.actor);
    const owner = new Client(app);
    await owner.signIn(author.email, author.password);
    assert.equal((await owner.get(url(id))).statusCode, 404);
    const token = hiddenValue((await owner.get('/dashboard/account')).body, '_csrf');
    assert.equal((await owner.post(url(id), { _csrf: token, intent: 'decide', decision: 'accept', message: 'Mine!' })).statusCode, 404);
    assert.equal((await getSubmission(app().ctx.db, id))?.status, 'submitted');
    for (const role of ['reader', 'reviewer'] as const) {
      const p = await makePerson(app().ctx, role);
      const c = new Client(app);
      await c.signIn(p.email, p.password);
      assert.equal((await c.get(url(id))).statusCode, 404, role);
    }
    assert.equal((await editor.get('/editor/submissions/999999/')).statusCode, 404);
    assert.equal((await act(id, { intent: 'publish-now' })).statusCode, 400);
  });
});
