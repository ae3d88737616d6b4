import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Actor } from '../../../src/domain/accounts/policy.js';
import type { DomainContext } from '../../../src/domain/context.js';
import { TransitionRefusedError } from '../../../src/domain/submissions/submission-access.js';
import { getEvents, getSubmission } from '../../../src/domain/submissions/submissions.queries.js';
import { decide, resubmit, submitSubmission, systemTransition, transition, withdraw } from '../../../src/domain/submissions/workflow.service.js';
import { NotFoundError } from '../../../src/shared/errors.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';
import { insertSubmissionIn, makeActor } from './submission-helpers.js';
import { ALL_STATUSES, WORKFLOW_SPEC, expected } from './workflow-spec.js';

// Each transition through the services, from every status, by each kind of person:
// the owner (an author account), another author, a reader, a reviewer, an editor and
// an admin. Strangers get "not found" (the submission's existence is not theirs to know).

type Outcome = 'ok' | 'not_allowed' | 'wrong_status' | 'not_found';

function attempt(ctx: DomainContext, actor: Actor, id: number, name: string): Promise<unknown> {
  switch (name) {
    case 'submit':
      return submitSubmission(ctx, actor, id);
    case 'resubmit':
      return resubmit(ctx, actor, id, { body: 'The revised text, with the pond described.', responses: {} });
    case 'withdraw':
      return withdraw(ctx, actor, id, 'Placed elsewhere.');
    case 'accept':
    case 'reject':
    case 'desk_reject':
      return decide(ctx, actor, id, name, 'Our decision, with thanks.');
    case 'request_revisions':
      return decide(ctx, actor, id, 'minor', 'Please tighten the second section.');
    default:
      return transition(ctx, actor, id, name, { note: 'moving on' });
  }
}

async function outcomeOf(work: Promise<unknown>): Promise<Outcome> {
  try {
    await work;
    return 'ok';
  } catch (err) {
    if (err instanceof NotFoundError) return 'not_found';
    if (err instanceof TransitionRefusedError && err.refusal.reason === 'not_allowed') return 'not_allowed';
    if (err instanceof TransitionRefusedError && err.refusal.reason === 'wrong_status') return 'wrong_status';
    throw err;
  }
}

describeEachDialect('the submission workflow through the services', (db) => {
  let ctx: DomainContext;
  let people: Array<{ label: string; actor: Actor; relations: string[] }>;
  let owner: Actor;

  before(async () => {
    ctx = domainContext(db());
    owner = await makeActor(ctx, 'author');
    people = [
      { label: 'owner', actor: owner, relations: ['author'] },
      { label: 'another author', actor: await makeActor(ctx, 'author'), relations: [] },
      { label: 'reader', actor: await makeActor(ctx, 'reader'), relations: [] },
      { label: 'reviewer', actor: await makeActor(ctx, 'reviewer'), relations: [] },
      { label: 'editor', actor: await makeActor(ctx, 'editor'), relations: ['editor'] },
      { label: 'admin', actor: await makeActor(ctx, 'admin'), relations: ['editor'] },
    ];
  });

  test('every allowed and every forbidden transition per role', async () => {
    const mismatches: string[] = [];
    let allowed = 0;
    for (const from of ALL_STATUSES) {
      for (const [name] of WORKFLOW_SPEC) {
        for (const p of people) {
          const id = await insertSubmissionIn(ctx, owner.userId, from);
          const want = p.relations.length === 0 ? { kind: 'not_found' as const } : expected(from, name, p.relations);
          const got = await outcomeOf(attempt(ctx, p.actor, id, name));
          const after = await getSubmission(ctx.db, id);
          const events = await getEvents(ctx.db, id);
          const label = `${p.label}: ${from} --${name}-->`;
          if (got !== want.kind) mismatches.push(`${label} gave ${got}, expected ${want.kind}`);
          else if (want.kind === 'ok') {
            allowed++;
            if (after?.status !== want.to) mismatches.push(`${label} left ${after?.status}, expected ${want.to}`);
            const e = events.at(-1);
            if (events.length !== 1 || e?.fromStatus !== from || e.toStatus !== want.to || e.actorUserId !== p.actor.userId || e.transition !== name) {
              mismatches.push(`${label} recorded ${JSON.stringify(events)}`);
            }
          } else if (after?.status !== from || events.length !== 0) {
            mismatches.push(`${label} was refused but changed the submission`);
          }
        }
      }
    }
    assert.deepEqual(mismatches, []);
    assert.ok(allowed >= 30, `allowed cases ran (${allowed})`);
  });

  test('the system may schedule and publish an accepted piece, and nothing else', async () => {
    const id = await insertSubmissionIn(ctx, owner.userId, 'accepted');
    assert.equal((await systemTransition(ctx, id, 'schedule')).status, 'scheduled');
    assert.equal((await systemTransition(ctx, id, 'publish', 'went live')).status, 'published');
    await assert.rejects(systemTransition(ctx, id, 'publish'), (e: unknown) => e instanceof TransitionRefusedError && e.statusCode === 409);
    const events = await getEvents(ctx.db, id);
    assert.deepEqual(events.map((e) => [e.transition, e.actorUserId]), [['schedule', null], ['publish', null]]);
  });

  test('an owner with an unconfirmed address is told to confirm it before sending', async () => {
    const unconfirmed = await makeActor(ctx, 'reader', { verified: false });
    const id = await insertSubmissionIn(ctx, unconfirmed.userId, 'draft');
    await assert.rejects(submitSubmission(ctx, unconfirmed, id), (e: unknown) => e instanceof Error && /Confirm your email/.test((e as { publicMessage?: string }).publicMessage ?? ''));
    // Withdrawing does not need it.
    assert.equal((await withdraw(ctx, unconfirmed, id)).status, 'withdrawn');
  });

  test('two editors deciding at once: exactly one wins, the other is told', async () => {
    const [a, b] = [people[4]?.actor as Actor, people[5]?.actor as Actor];
    for (const [first, second] of [['accept', 'reject'], ['reject', 'accept'], ['accept', 'accept']] as const) {
      const id = await insertSubmissionIn(ctx, owner.userId, 'in_review');
      const results = await Promise.allSettled([decide(ctx, a, id, first, 'First.'), decide(ctx, b, id, second, 'Second.')]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.equal(won.length, 1, `${first}/${second}: one winner`);
      assert.equal(lost.length, 1);
      assert.ok(lost[0]?.reason instanceof TransitionRefusedError && lost[0].reason.statusCode === 409, String(lost[0]?.reason));
      const events = await getEvents(ctx.db, id);
      assert.equal(events.length, 1, 'one transition recorded');
      const s = await getSubmission(ctx.db, id);
      assert.equal(s?.status, events[0]?.toStatus);
      // A losing accept leaves no desk article behind.
      const linked = await ctx.db.selectFrom('articles').select('id').where('title', '=', s?.title ?? '').execute();
      assert.equal(linked.length, s?.status === 'accepted' ? 1 : 0);
      if (s?.status === 'accepted') assert.equal(s.articleId, linked[0]?.id);
    }
  });
});
