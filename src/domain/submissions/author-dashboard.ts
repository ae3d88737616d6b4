import type { Actor } from '../accounts/policy.js';
import type { Executor } from '../../db/database.js';
import { addDays, dayKey } from '../../shared/clock.js';
import type { DomainContext } from '../context.js';
import { EDITABLE_STATUSES, findSubmission, listOwnSubmissions } from './drafts.service.js';
import type { Submission, SubmissionDetail } from './submissions.types.js';
import { STATUS_LABEL, TRANSITION_BY_NAME, availableTransitions, type SubmissionStatus } from './workflow.js';
import { relationsOf } from './submission-access.js';

// What the author's dashboard reads: their submissions with the status in plain
// words, and one submission with its messages, the reviews they may read (after a
// decision, never with a reviewer's name), what to do next and, once published,
// visits by day. Reviewers stay anonymous: numbered in the order they were invited.

export interface AuthorListItem {
  id: number;
  title: string;
  status: SubmissionStatus;
  statusText: string;
  updatedAt: string;
}

export interface AuthorList {
  items: AuthorListItem[];
  total: number;
  page: number;
  pages: number;
}

const dueWords = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Reports in and expected for each submission's current round (declined and cancelled invitations do not count). */
async function reportCounts(db: Executor, subs: Submission[]): Promise<Map<number, { done: number; expected: number }>> {
  const out = new Map<number, { done: number; expected: number }>();
  const ids = subs.filter((s) => s.status === 'in_review').map((s) => s.id);
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('review_assignments')
    .select(['submission_id', 'round', 'status'])
    .where('submission_id', 'in', ids)
    .where('status', 'in', ['invited', 'accepted', 'submitted'])
    .execute();
  const round = new Map(subs.map((s) => [s.id, s.round]));
  for (const r of rows) {
    if (r.round !== round.get(r.submission_id)) continue;
    const c = out.get(r.submission_id) ?? { done: 0, expected: 0 };
    c.expected += 1;
    if (r.status === 'submitted') c.done += 1;
    out.set(r.submission_id, c);
  }
  return out;
}

export function statusWords(s: Pick<Submission, 'status' | 'revisionDueOn'>, reports?: { done: number; expected: number }): string {
  if (s.status === 'in_review' && reports && reports.expected > 0) return `with reviewers: ${reports.done} of ${reports.expected} ${reports.expected === 1 ? 'report' : 'reports'} in`;
  if (s.status === 'revisions_requested' && s.revisionDueOn) return `revisions requested, due ${dueWords(s.revisionDueOn)}`;
  return STATUS_LABEL[s.status];
}

export async function authorSubmissionList(ctx: DomainContext, actor: Actor | null, page = 1, perPage = 10): Promise<AuthorList> {
  const result = await listOwnSubmissions(ctx, actor, page, perPage);
  const counts = await reportCounts(ctx.db, result.items);
  return {
    items: result.items.map((s) => ({ id: s.id, title: s.title, status: s.status, statusText: statusWords(s, counts.get(s.id)), updatedAt: s.updatedAt })),
    total: result.total,
    page: result.page,
    pages: Math.max(1, Math.ceil(result.total / result.perPage)),
  };
}

export interface ReviewForAuthor {
  assignmentId: number;
  round: number;
  /** "Reviewer 1", in invitation order within the round */
  label: string;
  toAuthor: string;
}

/** The decided statuses: once one is reached, the reviews of that round are the author's to read. */
const DECIDED: readonly SubmissionStatus[] = ['revisions_requested', 'accepted', 'scheduled', 'published', 'rejected'];

/** Submitted reviews the author may read: every earlier round's, and the current round's once decided. */
export async function reviewsForAuthor(db: Executor, s: Pick<Submission, 'id' | 'round' | 'status'>): Promise<ReviewForAuthor[]> {
  const rows = await db
    .selectFrom('review_assignments')
    .select(['id', 'round', 'status', 'to_author'])
    .where('submission_id', '=', s.id)
    .orderBy('round')
    .orderBy('id')
    .execute();
  const seq = new Map<number, number>();
  const out: ReviewForAuthor[] = [];
  for (const r of rows) {
    const n = (seq.get(r.round) ?? 0) + 1;
    seq.set(r.round, n);
    if (r.status !== 'submitted') continue;
    const visible = r.round < s.round || (r.round === s.round && DECIDED.includes(s.status));
    if (visible) out.push({ assignmentId: r.id, round: r.round, label: `Reviewer ${n}`, toAuthor: r.to_author });
  }
  return out;
}

export interface DayCount {
  day: string;
  count: number;
}

/** Visits of the published article by day, the last `days` days through today, zeros included. */
export async function visitsByDay(db: Executor, articleId: number, today: string, days = 30): Promise<DayCount[]> {
  const from = addDays(today, -(days - 1));
  const rows = await db.selectFrom('visit_days').select(['day', 'count']).where('article_id', '=', articleId).where('day', '>=', from).where('day', '<=', today).execute();
  const byDay = new Map(rows.map((r) => [r.day, Number(r.count)]));
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(from, i);
    return { day, count: byDay.get(day) ?? 0 };
  });
}

export interface AuthorSubmissionView {
  submission: SubmissionDetail;
  statusText: string;
  reviews: ReviewForAuthor[];
  /** current-round reviews the revision must answer (revisions requested only) */
  toAnswer: ReviewForAuthor[];
  canEdit: boolean;
  canWithdraw: boolean;
  /** one sentence: what the author can do now */
  next: string;
  visits?: DayCount[];
  articleUrl?: string;
}

function nextStep(s: Submission): string {
  switch (s.status) {
    case 'draft':
      return 'Finish the text, check it and send it to the editors when it is ready.';
    case 'submitted':
    case 'resubmitted':
      return 'Nothing for now: an editor will read it and write to you.';
    case 'in_review':
      return 'Nothing for now: reviewers are reading it. You will hear from the editors when their reports are in.';
    case 'revisions_requested':
      return 'Revise the text, answer each review point by point, and send the revision.';
    case 'accepted':
    case 'scheduled':
      return 'An editor will agree the final edit and a publication date with you.';
    case 'published':
      return 'It is published. Thank you.';
    default:
      return 'This submission is closed.';
  }
}

export async function authorSubmissionView(ctx: DomainContext, actor: Actor, id: number): Promise<AuthorSubmissionView> {
  const s = await findSubmission(ctx, actor, id);
  const relations = relationsOf(actor, s, 'withdraw').includes('author') ? (['author'] as const) : [];
  const canWithdraw = s.ownerUserId === actor.userId && availableTransitions(s.status, [...relations]).some((t) => t.name === TRANSITION_BY_NAME.withdraw.name);
  const reviews = await reviewsForAuthor(ctx.db, s);
  const counts = await reportCounts(ctx.db, [s]);
  const view: AuthorSubmissionView = {
    submission: s,
    statusText: statusWords(s, counts.get(s.id)),
    reviews,
    toAnswer: s.status === 'revisions_requested' ? reviews.filter((r) => r.round === s.round) : [],
    canEdit: s.ownerUserId === actor.userId && EDITABLE_STATUSES.includes(s.status),
    canWithdraw,
    next: nextStep(s),
  };
  if (s.status === 'published' && s.articleId !== null) {
    view.visits = await visitsByDay(ctx.db, s.articleId, dayKey(ctx.clock.now()));
    const article = await ctx.db.selectFrom('articles').select('slug').where('id', '=', s.articleId).executeTakeFirst();
    if (article) view.articleUrl = `/${article.slug}/`;
  }
  return view;
}
