import { requireCan, type Actor } from '../accounts/policy.js';
import type { DomainContext } from '../context.js';
import { listQueue, type QueueFilter, type QueuePage } from './submissions.queries.js';

/** The editors' queue with counts per status; filters as the queue page offers them. */
export async function listSubmissionQueue(ctx: DomainContext, actor: Actor | null, filter: Partial<QueueFilter> = {}): Promise<QueuePage> {
  requireCan(actor, 'submission.queue');
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const perPage = Math.min(100, Math.max(1, Math.floor(filter.perPage ?? 25)));
  return listQueue(ctx.db, { ...filter, page, perPage });
}
