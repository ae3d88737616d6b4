import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DECISION_TRANSITION,
  SUBMISSION_STATUSES,
  TERMINAL_STATUSES,
  TRANSITION_NAMES,
  availableTransitions,
  nextStatus,
  type ActorRelation,
} from '../../../src/domain/submissions/workflow.js';
import { ALL_STATUSES, WORKFLOW_SPEC, expected } from './workflow-spec.js';

const RELATION_SETS: ActorRelation[][] = [[], ['author'], ['editor'], ['system'], ['author', 'editor']];

test('the machine knows exactly the statuses and transitions of the spec', () => {
  assert.deepEqual([...SUBMISSION_STATUSES].sort(), [...ALL_STATUSES].sort());
  assert.deepEqual([...TRANSITION_NAMES].sort(), WORKFLOW_SPEC.map((r) => r[0]).sort());
});

test('every status x transition x relation: allowed ones lead where the spec says, forbidden ones say why', () => {
  let allowed = 0;
  for (const from of SUBMISSION_STATUSES) {
    for (const name of TRANSITION_NAMES) {
      for (const who of RELATION_SETS) {
        const want = expected(from, name, who);
        const got = nextStatus(from, name, who);
        const label = `${from} --${name}--> as [${who.join(',')}]`;
        if (want.kind === 'ok') {
          allowed++;
          assert.equal(got.ok, true, label);
          if (got.ok) assert.equal(got.to, want.to, label);
        } else {
          assert.equal(got.ok, false, label);
          if (!got.ok) {
            assert.equal(got.reason, want.kind, label);
            assert.ok(got.message.length > 10, `${label}: a human reason`);
          }
        }
      }
    }
  }
  assert.ok(allowed > 20, 'the table allowed something');
});

test('refusals name who may act, or the status the step needs', () => {
  const byAuthor = nextStatus('submitted', 'accept', 'author');
  assert.ok(!byAuthor.ok && /Only an editor/.test(byAuthor.message));
  const tooLate = nextStatus('accepted', 'withdraw', 'author');
  assert.ok(!tooLate.ok && tooLate.reason === 'wrong_status' && /accepted/.test(tooLate.message));
  const unknown = nextStatus('draft', 'teleport', 'editor');
  assert.ok(!unknown.ok && unknown.reason === 'unknown_transition');
});

test('nothing leaves a terminal status; the author cannot withdraw once accepted', () => {
  for (const from of TERMINAL_STATUSES) {
    for (const name of TRANSITION_NAMES) assert.equal(nextStatus(from, name, ['author', 'editor', 'system']).ok, false, `${from} ${name}`);
  }
  for (const from of ['accepted', 'scheduled', 'published'] as const) assert.equal(nextStatus(from, 'withdraw', 'author').ok, false, from);
});

test('decisions map to their transitions', () => {
  assert.deepEqual(DECISION_TRANSITION, { accept: 'accept', minor: 'request_revisions', major: 'request_revisions', reject: 'reject', desk_reject: 'desk_reject' });
});

test('availableTransitions offers what nextStatus allows', () => {
  for (const from of SUBMISSION_STATUSES) {
    for (const who of RELATION_SETS) {
      const offered = availableTransitions(from, who).map((t) => t.name).sort();
      const ok = TRANSITION_NAMES.filter((n) => nextStatus(from, n, who).ok).sort();
      assert.deepEqual(offered, ok, `${from} [${who.join(',')}]`);
    }
  }
});
