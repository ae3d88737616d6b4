import type { Actor } from '../accounts/policy.js';
import type { DomainContext } from '../context.js';
import { sendDecisionMail, type EditorMailDeps } from './editor-mails.js';
import type { Submission } from './submissions.types.js';
import { decide, transition } from './workflow.service.js';
import type { Decision } from './workflow.js';

// The editor's decision and the mail that tells the author, in that order: the mail
// goes only once the transition is recorded (a refused decision sends nothing).

export interface DecisionInput {
  decision: string;
  message: string;
  /** YYYY-MM-DD for revisions; empty for the default */
  revisionDueOn?: string;
}

export async function decideAndNotify(ctx: DomainContext, actor: Actor | null, id: number, input: DecisionInput, mail: EditorMailDeps): Promise<Submission> {
  const s = await decide(ctx, actor, id, input.decision, input.message, input.revisionDueOn ? { revisionDueOn: input.revisionDueOn } : {});
  const decision = input.decision as Decision; // decide() refused anything else
  const owner = await ctx.db.selectFrom('users').select(['name', 'email']).where('id', '=', s.ownerUserId).executeTakeFirst();
  if (!owner) return s;
  // Reviews of the round decided on, in a fixed order; a desk rejection had none.
  const reviews =
    decision === 'desk_reject'
      ? []
      : await ctx.db
          .selectFrom('review_assignments')
          .select('to_author')
          .where('submission_id', '=', s.id)
          .where('round', '=', s.round)
          .where('status', '=', 'submitted')
          .orderBy('id')
          .execute();
  await sendDecisionMail(mail, {
    to: owner.email,
    name: owner.name,
    title: s.title,
    decision,
    message: input.message,
    reviews: reviews.map((r) => r.to_author.trim()).filter(Boolean),
    revisionDueOn: s.revisionDueOn,
    submissionId: s.id,
  });
  return s;
}

/** Sends the submission to reviewers (from received or revised). */
export function sendToReview(ctx: DomainContext, actor: Actor | null, id: number): Promise<Submission> {
  return transition(ctx, actor, id, 'send_to_review', { note: '' });
}
