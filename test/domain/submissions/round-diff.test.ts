import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roundDiff } from '../../../src/domain/submissions/round-diff.js';
import type { SubmissionRound } from '../../../src/domain/submissions/submissions.types.js';

const round = (n: number, body: string, title = 'Tern colonies'): SubmissionRound => ({
  id: n,
  round: n,
  title,
  dek: 'Counting birds on a marsh.',
  body,
  bodyHtml: '',
  responses: {},
  createdAt: '2026-12-01T00:00:00.000Z',
});

test('the latest round against the one before: only the changed fields, word by word', () => {
  const one = round(1, 'We counted at dawn.\n\nThe colony had 40 pairs.');
  const two = round(2, 'We counted at dawn on calm days.\n\nThe colony had 40 pairs.', 'Tern colonies on the saltmarsh');
  const diff = roundDiff([two, one]);
  assert.ok(diff);
  assert.equal(diff.from, 1);
  assert.equal(diff.to, 2);
  assert.deepEqual(diff.changed.map((d) => d.field), ['title', 'body']);
  const body = diff.changed.find((d) => d.field === 'body');
  assert.ok(body?.parts.some((p) => p.kind === 'ins' && p.text.includes('on calm days')));
  assert.ok(body?.parts.some((p) => p.kind === 'same' && p.text.includes('40 pairs')));
});

test('a named round diffs against its predecessor; a first round or an unchanged one says so', () => {
  const rounds = [round(1, 'A.'), round(2, 'B.'), round(3, 'B.')];
  assert.equal(roundDiff(rounds, 2)?.from, 1);
  assert.deepEqual(roundDiff(rounds, 3)?.changed, []);
  assert.equal(roundDiff(rounds, 1), undefined);
  assert.equal(roundDiff([round(1, 'A.')]), undefined);
  assert.equal(roundDiff(rounds, 9), undefined);
});
