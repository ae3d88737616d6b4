// The workflow as the issue describes it, written out independently of
// src/domain/submissions/workflow.ts so the tests compare the code against the
// specification rather than against itself. [transition, from, to, who may make it]
export const WORKFLOW_SPEC: ReadonlyArray<readonly [string, readonly string[], string, readonly string[]]> = [
  ['submit', ['draft'], 'submitted', ['author']],
  ['send_to_review', ['submitted', 'resubmitted'], 'in_review', ['editor']],
  ['request_revisions', ['in_review', 'submitted', 'resubmitted'], 'revisions_requested', ['editor']],
  ['resubmit', ['revisions_requested'], 'resubmitted', ['author']],
  ['accept', ['in_review', 'resubmitted', 'submitted'], 'accepted', ['editor']],
  ['reject', ['in_review', 'resubmitted'], 'rejected', ['editor']],
  ['desk_reject', ['submitted', 'resubmitted'], 'desk_rejected', ['editor']],
  ['withdraw', ['draft', 'submitted', 'in_review', 'revisions_requested', 'resubmitted'], 'withdrawn', ['author']],
  ['schedule', ['accepted'], 'scheduled', ['editor', 'system']],
  ['publish', ['accepted', 'scheduled'], 'published', ['editor', 'system']],
];

export const ALL_STATUSES = [
  'draft', 'submitted', 'in_review', 'revisions_requested', 'resubmitted', 'accepted', 'scheduled', 'published',
  'desk_rejected', 'rejected', 'withdrawn',
] as const;

export type Expected = { kind: 'ok'; to: string } | { kind: 'not_allowed' } | { kind: 'wrong_status' };

/** What the spec says happens when someone with `relations` tries `transition` from `from`. */
export function expected(from: string, transition: string, relations: readonly string[]): Expected {
  const row = WORKFLOW_SPEC.find((r) => r[0] === transition);
  if (!row) throw new Error(`no spec row for ${transition}`);
  if (!relations.some((r) => row[3].includes(r))) return { kind: 'not_allowed' };
  if (!row[1].includes(from)) return { kind: 'wrong_status' };
  return { kind: 'ok', to: row[2] };
}
