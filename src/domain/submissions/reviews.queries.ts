import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Assignment, AssignmentListItem, AssignmentStatus, BlindManuscript, Recommendation, ReviewForEditors } from './reviews.types.js';

// Reads and writes of review assignments. No policy here: reviews.service decides who
// may do what first. Every status change repeats the expected status in its WHERE, so
// of two racing requests one wins and the other changes nothing.

interface AssignmentRow {
  id: number;
  submission_id: number;
  round: number;
  reviewer_user_id: number | null;
  reviewer_email: string;
  status: string;
  decline_reason: string;
  due_on: string | null;
  invited_at: string;
  responded_at: string | null;
  submitted_at: string | null;
  recommendation: string | null;
  to_author: string;
  to_editor: string;
}

function toAssignment(r: AssignmentRow): Assignment {
  return {
    id: r.id,
    submissionId: r.submission_id,
    round: r.round,
    reviewerUserId: r.reviewer_user_id,
    reviewerEmail: r.reviewer_email,
    status: r.status as AssignmentStatus,
    declineReason: r.decline_reason,
    dueOn: r.due_on,
    invitedAt: r.invited_at,
    respondedAt: r.responded_at,
    submittedAt: r.submitted_at,
    recommendation: (r.recommendation as Recommendation | null) ?? null,
    toAuthor: r.to_author,
    toEditor: r.to_editor,
  };
}

export type AssignmentWithSecrets = Assignment & { inviteTokenHash: string | null; ownerUserId: number };

/** The assignment with its token hash and the submission's owner (for the claim rules). */
export async function findAssignment(db: Executor, id: number): Promise<AssignmentWithSecrets | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const row = await db
    .selectFrom('review_assignments as r')
    .innerJoin('submissions as s', 's.id', 'r.submission_id')
    .selectAll('r')
    .select('s.owner_user_id')
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row ? { ...toAssignment(row), inviteTokenHash: row.invite_token_hash, ownerUserId: row.owner_user_id } : undefined;
}

/** Gives an unclaimed, unanswered invitation to the account; false when someone was quicker. */
export async function claimAssignment(db: Executor, userId: number, id: number): Promise<boolean> {
  const res = await db
    .updateTable('review_assignments')
    .set({ reviewer_user_id: userId })
    .where('id', '=', id)
    .where('reviewer_user_id', 'is', null)
    .where('status', '=', 'invited')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Every unclaimed, unanswered invitation to `email` (normalized), except for the account's own submissions. */
export async function claimAssignmentsByAddress(db: Executor, userId: number, email: string): Promise<void> {
  await db
    .updateTable('review_assignments')
    .set({ reviewer_user_id: userId })
    .where('reviewer_user_id', 'is', null)
    .where('status', '=', 'invited')
    .where('reviewer_email', '=', email)
    .where('submission_id', 'not in', db.selectFrom('submissions').select('id').where('owner_user_id', '=', userId))
    .execute();
}

/** Title, dek and text of the assignment's round (the live submission before any snapshot), and the section. */
export async function selectManuscript(db: Executor, a: Pick<Assignment, 'submissionId' | 'round'>): Promise<BlindManuscript> {
  const s = await db
    .selectFrom('submissions as s')
    .leftJoin('categories as c', 'c.id', 's.category_id')
    .select(['s.title', 's.dek', 's.body', 's.body_html', 's.status', 'c.name as section'])
    .where('s.id', '=', a.submissionId)
    .executeTakeFirstOrThrow();
  const round = await db
    .selectFrom('submission_rounds')
    .select(['title', 'dek', 'body', 'body_html'])
    .where('submission_id', '=', a.submissionId)
    .where('round', '=', a.round)
    .executeTakeFirst();
  const text = round ?? s;
  return { title: text.title, dek: text.dek, body: text.body, bodyHtml: text.body_html, sectionName: s.section ?? null, submissionStatus: s.status };
}

/** A reviewer's invited, accepted and submitted assignments: open ones first (soonest due), then sent ones. */
export async function listForReviewer(db: Executor, userId: number, page: number, perPage: number): Promise<{ items: AssignmentListItem[]; total: number; page: number; totalPages: number }> {
  const base = db
    .selectFrom('review_assignments as r')
    .innerJoin('submissions as s', 's.id', 'r.submission_id')
    .where('r.reviewer_user_id', '=', userId)
    .where('r.status', 'in', ['invited', 'accepted', 'submitted']);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(count.n);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), totalPages);
  const rows = await base
    .select(['r.id', 's.title', 'r.status', 'r.due_on', 'r.invited_at', 'r.submitted_at'])
    .orderBy(sql`case when r.status = 'submitted' then 1 else 0 end`)
    .orderBy(sql`case when r.status = 'submitted' then r.submitted_at else r.due_on end`, 'asc')
    .orderBy('r.id', 'desc')
    .limit(perPage)
    .offset((current - 1) * perPage)
    .execute();
  return {
    items: rows.map((r) => ({ id: r.id, title: r.title, status: r.status as AssignmentStatus, dueOn: r.due_on, invitedAt: r.invited_at, submittedAt: r.submitted_at })),
    total,
    page: current,
    totalPages,
  };
}

export async function submissionStatusOf(db: Executor, submissionId: number): Promise<string> {
  const s = await db.selectFrom('submissions').select('status').where('id', '=', submissionId).executeTakeFirstOrThrow();
  return s.status;
}

/** Accepted or declined, if it was still an open invitation. */
export async function answerInvitation(db: Executor, id: number, answer: 'accepted' | 'declined', reason: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable('review_assignments')
    .set({ status: answer, responded_at: now, ...(answer === 'declined' ? { decline_reason: reason } : {}) })
    .where('id', '=', id)
    .where('status', '=', 'invited')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The review, if the assignment was still accepted (not yet submitted). */
export async function saveReview(db: Executor, id: number, review: { recommendation: Recommendation; toAuthor: string; toEditor: string }, now: string): Promise<boolean> {
  const res = await db
    .updateTable('review_assignments')
    .set({ status: 'submitted', submitted_at: now, recommendation: review.recommendation, to_author: review.toAuthor, to_editor: review.toEditor })
    .where('id', '=', id)
    .where('status', '=', 'accepted')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Open assignments (invited or accepted) of an account, e.g. for a dashboard count. */
export async function countOpenAssignments(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('review_assignments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reviewer_user_id', '=', userId)
    .where('status', 'in', ['invited', 'accepted'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function selectReviewsForSubmission(db: Executor, submissionId: number): Promise<ReviewForEditors[]> {
  const rows = await db
    .selectFrom('review_assignments as r')
    .leftJoin('users as u', 'u.id', 'r.reviewer_user_id')
    .selectAll('r')
    .select('u.name as reviewer_name')
    .where('r.submission_id', '=', submissionId)
    // The latest round first: the editor's submission page reads it top down.
    .orderBy('r.round', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ ...toAssignment(r), reviewerName: r.reviewer_name ?? null }));
}
