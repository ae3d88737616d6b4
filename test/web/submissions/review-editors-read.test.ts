import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listReviewsForSubmission } from '../../../src/domain/submissions/reviews.service.js';
import { describeEachApp } from '../../helpers/app.js';
import { makeAssignment, makePerson, makeReviewSubmission, signedInClient } from '../../helpers/submission-factories-review.js';

// The one read of a submission's reviews for editors (listReviewsForSubmission):
// the editor's submission page and any other editor view share it.

describeEachApp('reviews as the editors read them', (app) => {
  test('every round, the latest first, with the reviewer named once the invitation is claimed', async () => {
    const ctx = app().ctx;
    const s = await makeReviewSubmission(ctx);
    const claimed = await makePerson(ctx, { name: 'Wilhelmina Tarrant' });
    const first = await makeAssignment(ctx, s.id, { email: 'open.invite@example.org', round: 1 });
    const second = await makeAssignment(ctx, s.id, { email: claimed.email, reviewerUserId: claimed.id, status: 'accepted', round: 1 });
    const later = await makeAssignment(ctx, s.id, { email: 'Round.Two@example.org', round: 2 });
    await makeAssignment(ctx, (await makeReviewSubmission(ctx)).id, { email: 'elsewhere@example.org' });

    const reviews = await listReviewsForSubmission(ctx.db, s.id);
    assert.deepEqual(
      reviews.map((r) => [r.id, r.round, r.reviewerName, r.reviewerEmail, r.status]),
      [
        [later.id, 2, null, 'round.two@example.org', 'invited'],
        [first.id, 1, null, 'open.invite@example.org', 'invited'],
        [second.id, 1, 'Wilhelmina Tarrant', claimed.email.toLowerCase(), 'accepted'],
      ],
    );

    const editor = await makePerson(ctx, { role: 'editor' });
    const page = await (await signedInClient(app, editor.id)).get(`/editor/submissions/${s.id}/`);
    assert.equal(page.statusCode, 200);
    const at = (text: string) => page.body.indexOf(text);
    assert.ok(at('Round 2: round.two@example.org') > 0, 'the unclaimed invitation by its address');
    assert.ok(at('Round 2: round.two@example.org') < at('Round 1: open.invite@example.org'), 'the latest round first');
    assert.ok(at('Round 1: open.invite@example.org') < at('Round 1: Wilhelmina Tarrant'), 'then in the order invited');
  });
});
