import type { Tx } from '../../../db/database.js';
import { statusInTransaction } from '../../articles/article-status.service.js';
import type { DomainContext } from '../../context.js';
import type { StatusDecision } from './wp-import.plan.js';

// A WordPress post's status and dates, applied through the desk's status function (so
// each real change is a version), and only when they differ: a re-run writes nothing.

const BY = { userId: null, name: 'WordPress import' };

export async function applyStatus(ctx: DomainContext, tx: Tx, id: number, decision: StatusDecision, dateGmt: string | null, modifiedGmt: string | null, now: string): Promise<void> {
  const state = await tx.selectFrom('articles').select(['status', 'published_at', 'publish_at', 'created_at', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
  const opts = { by: BY };
  if (decision.status === 'published') {
    const at = dateGmt ?? state.published_at ?? now;
    if (state.status !== 'published') await statusInTransaction(ctx, tx, id, { to: 'published', publishedAt: at }, opts);
    else if (state.published_at !== at) await tx.updateTable('articles').set({ published_at: at }).where('id', '=', id).execute();
  } else if (decision.status === 'scheduled' && decision.publishAt) {
    if (state.status === 'published') await statusInTransaction(ctx, tx, id, { to: 'draft' }, opts);
    if (state.status !== 'scheduled' || state.publish_at !== decision.publishAt) await statusInTransaction(ctx, tx, id, { to: 'scheduled', publishAt: decision.publishAt }, opts);
  } else if (decision.status === 'draft' && state.status !== 'draft') {
    await statusInTransaction(ctx, tx, id, { to: 'draft' }, opts);
  }
  const created = dateGmt ?? state.created_at;
  // WordPress sometimes records a modification before the (re)scheduled date: never earlier than the date itself.
  const modified = modifiedGmt && dateGmt && modifiedGmt < dateGmt ? dateGmt : modifiedGmt;
  const updated = modified ?? dateGmt ?? state.updated_at;
  if (state.created_at !== created || (await currentUpdated(tx, id)) !== updated) {
    await tx.updateTable('articles').set({ created_at: created, updated_at: updated }).where('id', '=', id).execute();
  }
}

async function currentUpdated(tx: Tx, id: number): Promise<string> {
  return (await tx.selectFrom('articles').select('updated_at').where('id', '=', id).executeTakeFirstOrThrow()).updated_at;
}
