import { z } from 'zod';
import { randomToken, sha256 } from '../accounts/crypto.js';
import { requireCan, type Actor } from '../accounts/policy.js';
import { normalizeEmail } from '../accounts/users.queries.js';
import type { DomainContext } from '../context.js';
import { dayKey } from '../../shared/clock.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import { sendInvitationMail, type EditorMailDeps } from './editor-mails.js';
import { getSubmission } from './submissions.queries.js';
import type { SubmissionStatus } from './workflow.js';

// Inviting reviewers (the EDITOR side of the invitation contract): an assignment row
// with only the SHA-256 of a random token, and a mail with the link
// /review/{assignmentId}/?invite={token}. What happens at that link is the reviewer
// pages' business; they find the row by the token's hash and check its status.

/** Reviewers are invited while a submission is with reviewers. */
export const INVITABLE_STATUSES: readonly SubmissionStatus[] = ['in_review'];
/** An invitation still holding a place: another one to the same address in the same round would be a duplicate. */
export const LIVE_ASSIGNMENT_STATUSES = ['invited', 'accepted', 'submitted'] as const;

export interface InvitationInput {
  reviewerEmail: string;
  /** YYYY-MM-DD, after today */
  dueOn: string;
}

export interface Invitation {
  id: number;
  submissionId: number;
  round: number;
  reviewerEmail: string;
  dueOn: string;
  status: string;
}

const EmailSchema = z.string().trim().toLowerCase().email().max(254);
const refuse = (fields: Record<string, string>) => new ValidationError('The invitation was not sent.', fields);

function checkDue(ctx: DomainContext, dueOn: string): string {
  const day = dueOn.trim();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && dayKey(new Date(`${day}T00:00:00Z`)) === day;
  if (!valid) throw refuse({ due_on: 'Give the due date as YYYY-MM-DD.' });
  if (day <= dayKey(ctx.clock.now())) throw refuse({ due_on: 'The due date must be after today.' });
  return day;
}

/** Every address the submission's own authors are known by: the owner's, co-authors' given ones and their linked accounts'. */
async function authorAddresses(ctx: DomainContext, submissionId: number, ownerUserId: number): Promise<Set<string>> {
  const owner = await ctx.db.selectFrom('users').select('email').where('id', '=', ownerUserId).executeTakeFirst();
  const given = await ctx.db.selectFrom('submission_coauthors').select('email').where('submission_id', '=', submissionId).where('email', 'is not', null).execute();
  const linked = await ctx.db
    .selectFrom('submission_coauthors as c')
    .innerJoin('authors as a', 'a.id', 'c.author_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select('u.email')
    .where('c.submission_id', '=', submissionId)
    .execute();
  return new Set([owner?.email, ...given.map((g) => g.email), ...linked.map((l) => l.email)].filter((e): e is string => !!e).map(normalizeEmail));
}

/** Invites a reviewer by address for the submission's current round, and mails the link. */
export async function inviteReviewer(
  ctx: DomainContext,
  actor: Actor | null,
  submissionId: number,
  input: InvitationInput,
  mail: EditorMailDeps,
): Promise<Invitation> {
  requireCan(actor, 'review.invite');
  const s = await getSubmission(ctx.db, submissionId);
  if (!s || s.status === 'draft') throw new NotFoundError('submission');
  const parsed = EmailSchema.safeParse(input.reviewerEmail);
  const fields: Record<string, string> = {};
  if (!parsed.success) fields.reviewer_email = 'Give the reviewer’s email address, such as name@example.org.';
  let dueOn = '';
  try {
    dueOn = checkDue(ctx, input.dueOn);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    Object.assign(fields, err.fields);
  }
  if (Object.keys(fields).length > 0) throw refuse(fields);
  if (!INVITABLE_STATUSES.includes(s.status)) throw refuse({ reviewer_email: 'Send the submission for review before inviting reviewers.' });
  const email = normalizeEmail(parsed.data as string);
  if ((await authorAddresses(ctx, s.id, s.ownerUserId)).has(email)) {
    throw refuse({ reviewer_email: 'That address belongs to an author of this submission: choose an independent reviewer.' });
  }

  const token = randomToken();
  const now = ctx.clock.now().toISOString();
  const id = await ctx.db.transaction().execute(async (tx) => {
    const live = await tx
      .selectFrom('review_assignments')
      .select('id')
      .where('submission_id', '=', s.id)
      .where('round', '=', s.round)
      .where('reviewer_email', '=', email)
      .where('status', 'in', [...LIVE_ASSIGNMENT_STATUSES])
      .executeTakeFirst();
    if (live) throw refuse({ reviewer_email: 'This address already has an invitation for this round.' });
    const row = await tx
      .insertInto('review_assignments')
      .values({
        submission_id: s.id,
        round: s.round,
        reviewer_email: email,
        invite_token_hash: sha256(token),
        status: 'invited',
        due_on: dueOn,
        invited_by_user_id: actor.userId,
        invited_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  const account = await ctx.db.selectFrom('users').select('name').where('email', '=', email).executeTakeFirst();
  await sendInvitationMail(mail, { to: email, name: account?.name ?? null, editorName: actor.name, title: s.title, dek: s.dek, dueOn, assignmentId: id, token });
  return { id, submissionId: s.id, round: s.round, reviewerEmail: email, dueOn, status: 'invited' };
}

/**
 * Cancels an invitation not yet reviewed (invited or accepted). The row stays, with its
 * status, so the reviewer's link says it was cancelled rather than that it never existed.
 */
export async function cancelInvitation(ctx: DomainContext, actor: Actor | null, submissionId: number, assignmentId: number): Promise<void> {
  requireCan(actor, 'review.invite');
  const result = await ctx.db
    .updateTable('review_assignments')
    .set({ status: 'cancelled' })
    .where('id', '=', assignmentId)
    .where('submission_id', '=', submissionId)
    .where('status', 'in', ['invited', 'accepted'])
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new ValidationError('The invitation could not be cancelled.', { form: 'That invitation is no longer open: it was answered, reviewed or cancelled already.' });
}
