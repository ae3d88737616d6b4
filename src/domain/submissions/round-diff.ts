import { wordDiff, type FieldDiff } from '../versions/word-diff.js';
import type { SubmissionRound } from './submissions.types.js';

// What changed from one round of a manuscript to the next, word by word, for the
// editors and for a reviewer of the revision (the same diff the desk's history uses).

export interface RoundDiff {
  from: number;
  to: number;
  /** only the fields that changed: title, dek, text */
  changed: FieldDiff[];
}

const FIELDS: Array<[keyof Pick<SubmissionRound, 'title' | 'dek' | 'body'>, string]> = [
  ['title', 'Title'],
  ['dek', 'Dek'],
  ['body', 'Text'],
];

/** The diff into round `to` from the round before it; undefined for a first round or a missing one. */
export function roundDiff(rounds: readonly SubmissionRound[], to?: number): RoundDiff | undefined {
  const sorted = [...rounds].sort((a, b) => a.round - b.round);
  const target = to === undefined ? sorted[sorted.length - 1] : sorted.find((r) => r.round === to);
  if (!target) return undefined;
  const before = sorted.filter((r) => r.round < target.round).pop();
  if (!before) return undefined;
  const changed = FIELDS.filter(([field]) => before[field] !== target[field]).map(([field, label]) => ({
    field,
    label,
    changed: true,
    parts: wordDiff(before[field], target[field]),
  }));
  return { from: before.round, to: target.round, changed };
}
