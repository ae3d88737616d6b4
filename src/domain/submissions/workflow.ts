// The submission workflow as data: which transition leads from which statuses to
// which one, and who may make it. Pure: no database, no policy lookups. Services
// work out the actor's relations to a submission (through the policy table) and
// ask `nextStatus`; the database write then repeats the `from` status in its WHERE
// so two people racing on the same submission cannot both win.

export const SUBMISSION_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'revisions_requested',
  'resubmitted',
  'accepted',
  'scheduled',
  'published',
  'desk_rejected',
  'rejected',
  'withdrawn',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export function isSubmissionStatus(value: string): value is SubmissionStatus {
  return (SUBMISSION_STATUSES as readonly string[]).includes(value);
}

/** No transition leaves these. */
export const TERMINAL_STATUSES: readonly SubmissionStatus[] = ['published', 'desk_rejected', 'rejected', 'withdrawn'];

/** 'author': the submission's owner; 'editor': editor or admin; 'system': the scheduler and publish hooks. */
export type ActorRelation = 'author' | 'editor' | 'system';

export const TRANSITION_NAMES = [
  'submit',
  'send_to_review',
  'request_revisions',
  'resubmit',
  'accept',
  'reject',
  'desk_reject',
  'withdraw',
  'schedule',
  'publish',
] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export function isTransitionName(value: string): value is TransitionName {
  return (TRANSITION_NAMES as readonly string[]).includes(value);
}

export interface TransitionRule {
  name: TransitionName;
  from: readonly SubmissionStatus[];
  to: SubmissionStatus;
  by: readonly ActorRelation[];
  /** what the history says, e.g. "sent for review" */
  label: string;
}

export const TRANSITIONS: readonly TransitionRule[] = [
  { name: 'submit', from: ['draft'], to: 'submitted', by: ['author'], label: 'sent' },
  { name: 'send_to_review', from: ['submitted', 'resubmitted'], to: 'in_review', by: ['editor'], label: 'sent for review' },
  { name: 'request_revisions', from: ['in_review', 'submitted', 'resubmitted'], to: 'revisions_requested', by: ['editor'], label: 'revisions requested' },
  { name: 'resubmit', from: ['revisions_requested'], to: 'resubmitted', by: ['author'], label: 'revised and resent' },
  { name: 'accept', from: ['in_review', 'resubmitted', 'submitted'], to: 'accepted', by: ['editor'], label: 'accepted' },
  { name: 'reject', from: ['in_review', 'resubmitted'], to: 'rejected', by: ['editor'], label: 'declined after review' },
  { name: 'desk_reject', from: ['submitted', 'resubmitted'], to: 'desk_rejected', by: ['editor'], label: 'declined without review' },
  { name: 'withdraw', from: ['draft', 'submitted', 'in_review', 'revisions_requested', 'resubmitted'], to: 'withdrawn', by: ['author'], label: 'withdrawn by the author' },
  { name: 'schedule', from: ['accepted'], to: 'scheduled', by: ['editor', 'system'], label: 'scheduled' },
  { name: 'publish', from: ['accepted', 'scheduled'], to: 'published', by: ['editor', 'system'], label: 'published' },
];

export const TRANSITION_BY_NAME: Readonly<Record<TransitionName, TransitionRule>> = Object.fromEntries(
  TRANSITIONS.map((t) => [t.name, t]),
) as Record<TransitionName, TransitionRule>;

/** An editor's decision and the transition it makes. */
export const DECISIONS = ['accept', 'minor', 'major', 'reject', 'desk_reject'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_TRANSITION: Readonly<Record<Decision, TransitionName>> = {
  accept: 'accept',
  minor: 'request_revisions',
  major: 'request_revisions',
  reject: 'reject',
  desk_reject: 'desk_reject',
};

export function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}

/** Plain words for a status, as authors and editors read it. */
export const STATUS_LABEL: Readonly<Record<SubmissionStatus, string>> = {
  draft: 'draft, not sent',
  submitted: 'received, awaiting an editor',
  in_review: 'with reviewers',
  revisions_requested: 'revisions requested',
  resubmitted: 'revised, awaiting an editor',
  accepted: 'accepted',
  scheduled: 'scheduled for publication',
  published: 'published',
  desk_rejected: 'declined without review',
  rejected: 'declined after review',
  withdrawn: 'withdrawn',
};

export type TransitionRefusal =
  | { ok: false; reason: 'unknown_transition'; message: string }
  | { ok: false; reason: 'wrong_status'; message: string }
  | { ok: false; reason: 'not_allowed'; message: string };

export type TransitionOutcome = { ok: true; to: SubmissionStatus; rule: TransitionRule } | TransitionRefusal;

const RELATION_WORDS: Record<ActorRelation, string> = { author: 'the author', editor: 'an editor', system: 'the system' };

function joinOr(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * Where `transition` leads from `from` when made by someone with these relations to the
 * submission (an editor who is also its author has both), or why it cannot be made.
 */
export function nextStatus(from: SubmissionStatus, transition: string, who: ActorRelation | readonly ActorRelation[]): TransitionOutcome {
  const relations: readonly ActorRelation[] = typeof who === 'string' ? [who] : who;
  if (!isTransitionName(transition)) return { ok: false, reason: 'unknown_transition', message: `There is no step called “${transition}”.` };
  const rule = TRANSITION_BY_NAME[transition];
  if (!relations.some((r) => rule.by.includes(r))) {
    return { ok: false, reason: 'not_allowed', message: `Only ${joinOr(rule.by.map((r) => RELATION_WORDS[r]))} can do that.` };
  }
  if (!rule.from.includes(from)) {
    const states = joinOr(rule.from.map((s) => STATUS_LABEL[s]));
    return { ok: false, reason: 'wrong_status', message: `This submission is ${STATUS_LABEL[from]}; that step is possible only when it is ${states}.` };
  }
  return { ok: true, to: rule.to, rule };
}

/** The transitions these relations could make from a status: what a page offers. */
export function availableTransitions(from: SubmissionStatus, who: readonly ActorRelation[]): TransitionRule[] {
  return TRANSITIONS.filter((t) => t.from.includes(from) && t.by.some((r) => who.includes(r)));
}
