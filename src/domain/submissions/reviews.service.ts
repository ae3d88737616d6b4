import type { Executor } from '../../db/database.js';
import { sha256, safeEqual } from '../accounts/crypto.js';
import { can, requireCan, type Actor } from '../accounts/policy.js';
import { normalizeEmail } from '../accounts/users.queries.js';
import type { DomainContext } from '../context.js';
import { AppError, NotFoundError, ValidationError } from '../../shared/errors.js';
import {
  answerInvitation,
  claimAssignment,
  claimAssignmentsByAddress,
  findAssignment,
  listForReviewer,
  saveReview,
  selectManuscript,
  selectReviewsForSubmission,
  submissionStatusOf,
  type AssignmentWithSecrets,
} from './reviews.queries.js';
import { RECOMMENDATIONS, type Assignment, type AssignmentListItem, type BlindManuscript, type Recommendation, type ReviewForEditors } from './reviews.types.js';

export * from './reviews.types.js';
export { countOpenAssignments } from './reviews.queries.js';

// The reviewer's side of peer review: their assignments, answering an invitation,
// the review itself, and the claim of an invitation link by an account. Reviewers
// reach a submission only through an assignment that names them, and what they get
// of it never says who wrote it (no owner, byline or co-author: see manuscriptFor).

/** Reviewers answer invitations while the piece is still before the editors. */
const OPEN_SUBMISSION_STATUSES = ['submitted', 'in_review', 'resubmitted'];
const TEXT_MAX = 20_000;
export const REVIEWS_PER_PAGE = 20;

export class ReviewRefusedError extends AppError {
  constructor(publicMessage: string) {
    super(409, 'review refused', publicMessage);
    this.name = 'ReviewRefusedError';
  }
}

/** The assignment's own reviewer, asked of the policy table (no staff override on review.submit). */
function isAssignee(actor: Actor | null | undefined, a: Pick<Assignment, 'reviewerUserId'>): boolean {
  return a.reviewerUserId !== null && can(actor, 'review.submit', { assignedUserIds: [a.reviewerUserId] });
}

/**
 * An unclaimed invitation becomes the account's when its confirmed address is the
 * invited one (and it is not the author's own piece). The confirmed address is what
 * proves the mailbox; the token in the link only finds the invitation.
 */
function mayClaim(actor: Actor, a: AssignmentWithSecrets): boolean {
  return a.reviewerUserId === null && a.status === 'invited' && actor.verified && normalizeEmail(actor.email) === a.reviewerEmail && actor.userId !== a.ownerUserId;
}

export type ClaimResult =
  | { ok: true }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'anonymous' | 'unverified' | 'wrong_address' | 'own_submission'; invitedEmail: string };

/**
 * What an invitation link (`/review/{id}/?invite={token}`) does for this visitor. The
 * token is compared by hash in constant time and works until the invitation is answered
 * or cancelled; the account it is claimed for must have confirmed the invited address.
 */
export async function claimInvitation(ctx: DomainContext, actor: Actor | null | undefined, assignmentId: number, token: string): Promise<ClaimResult> {
  const a = await findAssignment(ctx.db, assignmentId);
  if (!a) return { ok: false, reason: 'invalid' };
  // Already theirs: the link simply leads to the assignment, whatever its state.
  if (actor && isAssignee(actor, a)) return { ok: true };
  if (!a.inviteTokenHash || !safeEqual(sha256(token), a.inviteTokenHash)) return { ok: false, reason: 'invalid' };
  if (a.status !== 'invited' || a.reviewerUserId !== null) return { ok: false, reason: 'invalid' };
  if (!actor) return { ok: false, reason: 'anonymous', invitedEmail: a.reviewerEmail };
  if (actor.userId === a.ownerUserId) return { ok: false, reason: 'own_submission', invitedEmail: a.reviewerEmail };
  if (normalizeEmail(actor.email) !== a.reviewerEmail) return { ok: false, reason: 'wrong_address', invitedEmail: a.reviewerEmail };
  if (!actor.verified) return { ok: false, reason: 'unverified', invitedEmail: a.reviewerEmail };
  return (await claimAssignment(ctx.db, actor.userId, a.id)) ? { ok: true } : { ok: false, reason: 'invalid' };
}

/** The assignment, for its reviewer only (claiming it for a matching confirmed address); anyone else: 404. */
export async function findAssignmentForReviewer(ctx: DomainContext, actor: Actor | null | undefined, assignmentId: number): Promise<Assignment> {
  requireCan(actor, 'review.view_assigned');
  const a = await findAssignment(ctx.db, assignmentId);
  if (!a) throw new NotFoundError('review');
  if (isAssignee(actor, a)) return a;
  if (mayClaim(actor, a) && (await claimAssignment(ctx.db, actor.userId, a.id))) return { ...a, reviewerUserId: actor.userId };
  throw new NotFoundError('review');
}

/** Title, dek and text of the round the reviewer was invited to, and nothing about its authors. */
export function manuscriptFor(db: Executor, a: Pick<Assignment, 'submissionId' | 'round'>): Promise<BlindManuscript> {
  return selectManuscript(db, a);
}

/** The manuscript as a Markdown file: title, dek and text. No byline, ever. */
export function manuscriptMarkdown(m: BlindManuscript): string {
  const parts = [`# ${m.title.replace(/\s+/g, ' ').trim()}`];
  if (m.dek.trim()) parts.push(`*${m.dek.trim()}*`);
  parts.push(m.body.trim());
  return `${parts.join('\n\n')}\n`;
}

/**
 * The signed-in account's invitations, reviews in progress and reviews sent. Invitations to
 * its confirmed address that nobody claimed yet become its own first (someone invited
 * before they registered finds them here without the link).
 */
export async function listMyAssignments(ctx: DomainContext, actor: Actor | null | undefined, page: number): Promise<{ items: AssignmentListItem[]; total: number; page: number; totalPages: number }> {
  requireCan(actor, 'review.view_assigned');
  if (actor.verified) await claimAssignmentsByAddress(ctx.db, actor.userId, normalizeEmail(actor.email));
  return listForReviewer(ctx.db, actor.userId, page, REVIEWS_PER_PAGE);
}

/** Accept or decline an invitation. Only once, only while the piece is before the editors. */
export async function respondToInvitation(
  ctx: DomainContext,
  actor: Actor | null | undefined,
  assignmentId: number,
  intent: 'accept' | 'decline',
  reason = '',
): Promise<Assignment> {
  const a = await findAssignmentForReviewer(ctx, actor, assignmentId);
  requireCan(actor, 'review.submit', { assignedUserIds: a.reviewerUserId === null ? [] : [a.reviewerUserId] });
  if (a.status !== 'invited') throw new ReviewRefusedError(a.status === 'cancelled' ? 'The editors withdrew this invitation.' : 'You have already answered this invitation.');
  if (!OPEN_SUBMISSION_STATUSES.includes(await submissionStatusOf(ctx.db, a.submissionId))) {
    throw new ReviewRefusedError('This piece no longer needs a review: the editors have decided on it or it was withdrawn.');
  }
  const trimmed = reason.trim();
  if (trimmed.length > 2000) throw new ValidationError('The answer was not saved.', { decline_reason: 'Keep the reason under 2,000 characters.' });
  const now = ctx.clock.now().toISOString();
  const answer = intent === 'accept' ? 'accepted' : 'declined';
  // A second click, or a cancellation in between, changes nothing.
  if (!(await answerInvitation(ctx.db, a.id, answer, trimmed, now))) throw new ReviewRefusedError('This invitation changed while you were answering it. Reload the page.');
  return { ...a, status: answer, respondedAt: now, declineReason: answer === 'declined' ? trimmed : a.declineReason };
}

export interface ReviewInput {
  recommendation: string;
  toAuthor: string;
  toEditor: string;
}

/** The review, once, by the reviewer who accepted, while the piece is in review. */
export async function submitReview(ctx: DomainContext, actor: Actor | null | undefined, assignmentId: number, input: ReviewInput): Promise<Assignment> {
  const a = await findAssignmentForReviewer(ctx, actor, assignmentId);
  requireCan(actor, 'review.submit', { assignedUserIds: a.reviewerUserId === null ? [] : [a.reviewerUserId] });
  if (a.status === 'submitted') throw new ReviewRefusedError('You have already sent this review. Write to the editors if you need to add something.');
  if (a.status !== 'accepted') throw new ReviewRefusedError(a.status === 'invited' ? 'Accept the invitation before sending a review.' : 'This assignment is closed.');
  if ((await submissionStatusOf(ctx.db, a.submissionId)) !== 'in_review') throw new ReviewRefusedError('This piece is no longer in review, so the review cannot be sent.');
  const fields: Record<string, string> = {};
  const recommendation = (RECOMMENDATIONS as readonly string[]).includes(input.recommendation) ? (input.recommendation as Recommendation) : null;
  if (!recommendation) fields.recommendation = 'Choose a recommendation.';
  const toAuthor = input.toAuthor.trim();
  const toEditor = input.toEditor.trim();
  if (!toAuthor) fields.to_author = 'Write your comments for the author: they are the heart of the review.';
  else if (toAuthor.length > TEXT_MAX) fields.to_author = 'Keep the comments under 20,000 characters.';
  if (toEditor.length > TEXT_MAX) fields.to_editor = 'Keep the note under 20,000 characters.';
  if (Object.keys(fields).length > 0 || !recommendation) throw new ValidationError('The review was not sent.', fields);
  const now = ctx.clock.now().toISOString();
  if (!(await saveReview(ctx.db, a.id, { recommendation, toAuthor, toEditor }, now))) throw new ReviewRefusedError('You have already sent this review.');
  return { ...a, status: 'submitted', submittedAt: now, recommendation, toAuthor, toEditor };
}

/** Every assignment of a submission with the reviewer's name and address, for the editors (the caller checks the policy). */
export function listReviewsForSubmission(db: Executor, submissionId: number): Promise<ReviewForEditors[]> {
  return selectReviewsForSubmission(db, submissionId);
}
