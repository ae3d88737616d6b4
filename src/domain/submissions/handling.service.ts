import { requireCan, type Actor } from '../accounts/policy.js';
import type { Executor } from '../../db/database.js';
import type { DomainContext } from '../context.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import { getSubmission } from './submissions.queries.js';

// The handling editor: the one member of staff who looks after a submission. Only
// active editors and admins can be chosen; "nobody" puts it back in the unassigned pile.

export interface StaffMember {
  userId: number;
  name: string;
  email: string;
}

/** Active editors and admins, by name: whom a submission can be given to. */
export async function listStaff(db: Executor): Promise<StaffMember[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('role', 'in', ['editor', 'admin'])
    .where('status', '=', 'active')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email }));
}

/** Gives the submission to a member of staff, or to nobody (`null`). */
export async function assignHandlingEditor(ctx: DomainContext, actor: Actor | null, submissionId: number, editorUserId: number | null): Promise<void> {
  requireCan(actor, 'submission.decide');
  const s = await getSubmission(ctx.db, submissionId);
  if (!s || s.status === 'draft') throw new NotFoundError('submission');
  if (editorUserId !== null) {
    const staff = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', editorUserId)
      .where('role', 'in', ['editor', 'admin'])
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (!staff) throw new ValidationError('The handling editor was not changed.', { handling_editor: 'Choose an editor from the list.' });
  }
  await ctx.db
    .updateTable('submissions')
    // Not updated_at: the queue's age is how long the author has been waiting, which this does not change.
    .set({ handling_editor_user_id: editorUserId })
    .where('id', '=', submissionId)
    .execute();
}
