import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Actor } from '../../../src/domain/accounts/policy.js';
import type { DomainContext } from '../../../src/domain/context.js';
import { findSubmission, listOwnSubmissions, saveDraft } from '../../../src/domain/submissions/drafts.service.js';
import { listSubmissionQueue } from '../../../src/domain/submissions/queue.service.js';
import { SubmissionConflictError } from '../../../src/domain/submissions/submission-access.js';
import { decide, resubmit, submitSubmission, transition } from '../../../src/domain/submissions/workflow.service.js';
import { NotFoundError, ValidationError } from '../../../src/shared/errors.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeAuthor, makeCategory } from '../../helpers/factories.js';
import { makeActor } from './submission-helpers.js';

const body = `The harbour wall was rebuilt three times.[^1]

## The first wall

Timber piles, driven by hand, held for forty years.

[^1]: Harbour board minutes, 1871, volume 2, pages 14–19.
`;

const fieldError = (field: string, pattern: RegExp) => (e: unknown) => e instanceof ValidationError && pattern.test(e.fields[field] ?? '');

describeEachDialect('submissions: drafts, rounds, acceptance and the queue', (db) => {
  let ctx: DomainContext;
  let author: Actor;
  let stranger: Actor;
  let editor: Actor;

  before(async () => {
    ctx = domainContext(db(), fixedClock('2026-12-01T09:00:00Z'));
    author = await makeActor(ctx, 'reader', { name: 'Ines Harbour' });
    stranger = await makeActor(ctx, 'author');
    editor = await makeActor(ctx, 'editor');
  });

  test('a draft saves rendered, stays private, and is sent only with title, text and both declarations', async () => {
    const section = await makeCategory(ctx);
    const draft = await saveDraft(ctx, author, { title: 'Three harbour walls', body, categoryId: section.id, tags: ['Harbours', 'harbours', ' history '] });
    assert.equal(draft.status, 'draft');
    assert.equal(draft.round, 0);
    assert.match(draft.bodyHtml, /<h2[^>]*>The first wall<\/h2>/);
    assert.ok(draft.wordCount > 10);
    assert.deepEqual(draft.tags, ['Harbours', 'history']);
    await assert.rejects(findSubmission(ctx, stranger, draft.id), NotFoundError);
    await assert.rejects(saveDraft(ctx, stranger, { title: 'Mine now', body }, draft.id), NotFoundError);
    assert.equal((await findSubmission(ctx, editor, draft.id)).title, 'Three harbour walls');

    await assert.rejects(submitSubmission(ctx, author, draft.id), fieldError('declare_original', /original/));
    const ready = await saveDraft(ctx, author, { title: 'Three harbour walls', body, categoryId: section.id, declareOriginal: true, declareExclusive: true }, draft.id, { baseVersion: draft.version });
    // The form of an older version cannot overwrite a newer save.
    await assert.rejects(saveDraft(ctx, author, { title: 'Stale', body }, draft.id, { baseVersion: draft.version }), SubmissionConflictError);
    const sent = await submitSubmission(ctx, author, ready.id);
    assert.equal(sent.status, 'submitted');
    assert.equal(sent.round, 1);
    assert.equal(sent.submittedAt, '2026-12-01T09:00:00.000Z');
    await assert.rejects(saveDraft(ctx, author, { title: 'Changed after sending', body }, draft.id), ValidationError);

    const detail = await findSubmission(ctx, author, draft.id);
    assert.deepEqual(detail.events.map((e) => [e.fromStatus, e.toStatus, e.transition]), [[null, 'draft', 'create'], ['draft', 'submitted', 'submit']]);
    assert.equal(detail.rounds.length, 1);
    assert.equal(detail.rounds[0]?.body, body);
    const mine = await listOwnSubmissions(ctx, author);
    assert.ok(mine.items.some((s) => s.id === draft.id));
    assert.ok((await listOwnSubmissions(ctx, stranger)).items.every((s) => s.id !== draft.id));
  });

  test('bad input is refused field by field, and nothing is written', async () => {
    const before = await ctx.db.selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await assert.rejects(saveDraft(ctx, author, { title: 'x'.repeat(301), body }), fieldError('title', /under 300/));
    await assert.rejects(saveDraft(ctx, author, { title: '', body: '  ' }), fieldError('title', /at least a title/));
    await assert.rejects(saveDraft(ctx, author, { title: 'Fine', body, coauthors: [{ name: 'Ada', email: 'not-an-address' }] }), fieldError('coauthor_0', /email/));
    await assert.rejects(saveDraft(ctx, author, { title: 'Fine', body, categoryId: 987654 }), fieldError('category', /sections/));
    const after = await ctx.db.selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test('a revision round: the decision sets a due date, the author answers each review, each round is a version', async () => {
    const s = await saveDraft(ctx, author, { title: 'Salt marsh grazing', body, declareOriginal: true, declareExclusive: true });
    await submitSubmission(ctx, author, s.id);
    await transition(ctx, editor, s.id, 'send_to_review', { note: 'Two readers.' });
    const reviewer = await makeActor(ctx, 'reviewer');
    const review = await ctx.db
      .insertInto('review_assignments')
      .values({ submission_id: s.id, round: 1, reviewer_user_id: reviewer.userId, reviewer_email: reviewer.email, status: 'submitted', invited_at: '2026-12-01T09:00:00Z', recommendation: 'minor', to_author: 'Say more about the sheep.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await assert.rejects(decide(ctx, editor, s.id, 'minor', '  '), fieldError('message', /message/));
    await assert.rejects(decide(ctx, editor, s.id, 'minor', 'Soon.', { revisionDueOn: '2026-11-01' }), fieldError('revision_due_on', /past/));
    const asked = await decide(ctx, editor, s.id, 'minor', 'The readers liked it; see their notes.');
    assert.equal(asked.status, 'revisions_requested');
    assert.equal(asked.revisionDueOn, '2026-12-29');

    await assert.rejects(resubmit(ctx, author, s.id, { body: `${body}\nMore on sheep.`, responses: {} }), fieldError(`response_${review.id}`, /Answer/));
    const revised = await resubmit(ctx, author, s.id, { body: `${body}\nMore on sheep.`, responses: { [String(review.id)]: 'Added a paragraph on sheep.', '999': 'ignored' } });
    assert.equal(revised.status, 'resubmitted');
    assert.equal(revised.round, 2);
    assert.equal(revised.revisionDueOn, null);
    const detail = await findSubmission(ctx, editor, s.id);
    assert.deepEqual(detail.rounds.map((r) => r.round), [1, 2]);
    assert.equal(detail.rounds[0]?.body, body);
    assert.match(detail.rounds[1]?.body ?? '', /More on sheep/);
    assert.deepEqual(detail.rounds[1]?.responses, { [String(review.id)]: 'Added a paragraph on sheep.' });
    const decisionEvent = detail.events.find((e) => e.transition === 'request_revisions');
    assert.equal(decisionEvent?.decision, 'minor');
    assert.equal(decisionEvent?.note, 'The readers liked it; see their notes.');
  });

  test('acceptance makes a desk draft with the text, section, tags and the author’s byline', async () => {
    const section = await makeCategory(ctx);
    const coauthor = await makeAuthor(ctx, { name: 'Tomas Quay' });
    const s = await saveDraft(ctx, author, {
      title: 'Lighthouse keepers’ logs',
      dek: 'What the logs recorded.',
      body,
      categoryId: section.id,
      tags: ['Lighthouses'],
      coauthors: [{ authorId: coauthor.id, name: coauthor.name }, { name: 'New Person', email: 'new@example.org' }],
      declareOriginal: true,
      declareExclusive: true,
    });
    await submitSubmission(ctx, author, s.id);
    const accepted = await decide(ctx, editor, s.id, 'accept', 'Delighted to take it.');
    assert.equal(accepted.status, 'accepted');
    assert.ok(accepted.articleId);
    const article = await ctx.db.selectFrom('articles').selectAll().where('id', '=', accepted.articleId).executeTakeFirstOrThrow();
    assert.equal(article.status, 'draft');
    assert.equal(article.title, 'Lighthouse keepers’ logs');
    assert.equal(article.dek, 'What the logs recorded.');
    assert.equal(article.body_md, body);
    assert.match(article.body_html, /The first wall/);
    assert.equal(article.owner_user_id, null, 'a desk piece: editors copy-edit it');
    const byline = await ctx.db
      .selectFrom('article_authors')
      .innerJoin('authors', 'authors.id', 'article_authors.author_id')
      .select(['authors.id', 'authors.user_id', 'authors.name'])
      .where('article_id', '=', article.id)
      .orderBy('position')
      .execute();
    assert.equal(byline[0]?.user_id, author.userId);
    assert.equal(byline[0]?.name, 'Ines Harbour');
    assert.equal(byline[1]?.id, coauthor.id);
    assert.equal(byline.length, 2, 'a co-author without a profile is not bylined yet');
    const cats = await ctx.db.selectFrom('article_categories').select('category_id').where('article_id', '=', article.id).execute();
    assert.deepEqual(cats.map((c) => c.category_id), [section.id]);
    const tags = await ctx.db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id').select('tags.name').where('article_id', '=', article.id).execute();
    assert.deepEqual(tags.map((t) => t.name), ['Lighthouses']);
    const versions = await ctx.db.selectFrom('article_versions').select('number').where('article_id', '=', article.id).execute();
    assert.equal(versions.length, 1);
  });

  test('the queue: staff only, drafts left out, counts per status, filters', async () => {
    await assert.rejects(listSubmissionQueue(ctx, author), /not allowed|forbidden/i);
    const section = await makeCategory(ctx);
    const draft = await saveDraft(ctx, author, { title: 'Queued draft', body, categoryId: section.id, declareOriginal: true, declareExclusive: true });
    const sent = await saveDraft(ctx, author, { title: 'Queued piece', body, categoryId: section.id, declareOriginal: true, declareExclusive: true });
    await submitSubmission(ctx, author, sent.id);
    const all = await listSubmissionQueue(ctx, editor);
    assert.ok(all.items.every((s) => s.status !== 'draft'));
    assert.equal(Object.hasOwn(all.counts, 'draft'), false);
    assert.equal(all.counts.published, 0, 'zero counts are present');
    assert.ok(all.counts.submitted >= 1);
    const inSection = await listSubmissionQueue(ctx, editor, { categoryId: section.id });
    assert.deepEqual(inSection.items.map((s) => s.id), [sent.id]);
    assert.ok(!inSection.items.some((s) => s.id === draft.id));
    const unassigned = await listSubmissionQueue(ctx, editor, { categoryId: section.id, handlingEditorUserId: null });
    assert.equal(unassigned.total, 1);
    const withdrawn = await listSubmissionQueue(ctx, editor, { status: 'withdrawn', categoryId: section.id });
    assert.equal(withdrawn.total, 0);
  });
});
