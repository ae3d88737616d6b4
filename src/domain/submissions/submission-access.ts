import { can, type Actor } from '../accounts/policy.js';
import { AppError } from '../../shared/errors.js';
import type { Submission } from './submissions.types.js';
import type { ActorRelation, TransitionName, TransitionRefusal } from './workflow.js';

// Who someone is to a submission, asked of the one policy table: 'author' when the
// table lets them act on it as its owner (no staff override: an editor is not the
// author of someone else's piece), 'editor' when it lets them decide on submissions.

export function relationsOf(actor: Actor | null | undefined, s: Pick<Submission, 'ownerUserId'>, transition?: TransitionName): ActorRelation[] {
  if (!actor) return [];
  const relations: ActorRelation[] = [];
  // Withdrawing needs no confirmed address (a mistaken account can still take its piece back).
  const ownAction = transition === 'withdraw' ? 'submission.withdraw_own' : 'submission.edit_own';
  if (can(actor, ownAction, { ownerUserId: s.ownerUserId })) relations.push('author');
  if (can(actor, 'submission.decide')) relations.push('editor');
  return relations;
}

/** May this actor see the submission at all? Its owner and staff; reviewers go through their assignment. */
export function canViewSubmission(actor: Actor | null | undefined, s: Pick<Submission, 'ownerUserId'>): boolean {
  return can(actor, 'submission.view_own', { ownerUserId: s.ownerUserId });
}

/** The workflow said no: 403 for the wrong person, 409 for the wrong moment, 400 for a step that does not exist. */
export class TransitionRefusedError extends AppError {
  constructor(readonly refusal: TransitionRefusal | { ok: false; reason: 'changed'; message: string }) {
    super(refusal.reason === 'not_allowed' ? 403 : refusal.reason === 'unknown_transition' ? 400 : 409, `transition refused: ${refusal.reason}`, refusal.message);
    this.name = 'TransitionRefusedError';
  }
}

/** The draft was saved elsewhere (another tab) after this form was loaded. */
export class SubmissionConflictError extends AppError {
  constructor() {
    super(409, 'submission edit conflict', 'This submission was saved in another window after you opened it. Your text is still in the form: copy what you need and reload.');
    this.name = 'SubmissionConflictError';
  }
}
