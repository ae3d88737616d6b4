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
  // updated_at as it stands after the status change (a first publication sets it), without reading it again.
  let current = state.updated_at;
  const change = async (to: Parameters<typeof statusInTransaction>[3]) => {
    const r = await statusInTransaction(ctx, tx, id, to, opts);
    if (r) current = r.after.updatedAt;
  };
  if (decision.status === 'published') {
    const at = dateGmt ?? state.published_at ?? now;
    if (state.status !== 'published') await change({ to: 'published', publishedAt: at });
    else if (state.published_at !== at) await tx.updateTable('articles').set({ published_at: at }).where('id', '=', id).execute();
  } else if (decision.status === 'scheduled' && decision.publishAt) {
    if (state.status === 'published') await change({ to: 'draft' });
    if (state.status !== 'scheduled' || state.publish_at !== decision.publishAt) await change({ to: 'scheduled', publishAt: decision.publishAt });
  } else if (decision.status === 'draft' && state.status !== 'draft') {
    await change({ to: 'draft' });
  }
  let created = dateGmt ?? state.created_at;
  // WordPress sometimes records a modification before the (re)scheduled date: never earlier than the date itself.
  const modified = modifiedGmt && dateGmt && modifiedGmt < dateGmt ? dateGmt : modifiedGmt;
  let updated = modified ?? dateGmt ?? state.updated_at;
  if (decision.status === 'scheduled') {
    // A post still waiting for its date was written before now: its date is when it goes live
    // (publish_at), never a creation or edit time in the future.
    const past = (iso: string | null): iso is string => !!iso && iso <= now;
    created = past(dateGmt) ? dateGmt : past(modifiedGmt) ? modifiedGmt : state.created_at;
    updated = past(modifiedGmt) && modifiedGmt >= created ? modifiedGmt : created;
  }
  if (state.created_at !== created || current !== updated) {
    await tx.updateTable('articles').set({ created_at: created, updated_at: updated }).where('id', '=', id).execute();
  }
}
