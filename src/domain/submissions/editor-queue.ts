import type { Actor } from '../accounts/policy.js';
import type { DomainContext } from '../context.js';
import { addDays, dayKey } from '../../shared/clock.js';
import { listSubmissionQueue } from './queue.service.js';
import type { QueueFilter } from './submissions.queries.js';
import type { Submission } from './submissions.types.js';
import type { SubmissionStatus } from './workflow.js';

// The queue as the desk page shows it: listSubmissionQueue's page, plus what each row
// needs to stand out (overdue revisions or reviews, nobody handling it) and the names
// of sections and handling editors.

/** The age filter's choices: waiting (no change) for longer than this many days. */
export const QUEUE_AGES = [7, 14, 30, 90] as const;

export interface QueueViewFilter {
  status?: SubmissionStatus;
  categoryId?: number;
  /** null: nobody handles it */
  handlingEditorUserId?: number | null;
  olderThanDays?: number;
  page: number;
  perPage?: number;
}

export interface QueueItem {
  submission: Submission;
  sectionName: string | null;
  handlingEditorName: string | null;
  authorName: string;
  /** the author's revision is past its due date */
  revisionOverdue: boolean;
  /** reviews of the current round past their due date and not in */
  overdueReviews: number;
}

export interface QueueView {
  items: QueueItem[];
  total: number;
  page: number;
  perPage: number;
  counts: Record<SubmissionStatus, number>;
}

export async function queueView(ctx: DomainContext, actor: Actor | null, f: QueueViewFilter): Promise<QueueView> {
  const today = dayKey(ctx.clock.now());
  const filter: Partial<QueueFilter> = {
    page: f.page,
    ...(f.perPage !== undefined ? { perPage: f.perPage } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.categoryId !== undefined ? { categoryId: f.categoryId } : {}),
    ...(f.handlingEditorUserId !== undefined ? { handlingEditorUserId: f.handlingEditorUserId } : {}),
    ...(f.olderThanDays ? { updatedBefore: `${addDays(today, -f.olderThanDays)}T00:00:00.000Z` } : {}),
  };
  const page = await listSubmissionQueue(ctx, actor, filter);
  const ids = page.items.map((s) => s.id);
  // Handling editors and owners, in one look-up of names.
  const editorIds = [...new Set([...page.items.map((s) => s.handlingEditorUserId), ...page.items.map((s) => s.ownerUserId)].filter((v): v is number => v !== null))];
  const sectionIds = [...new Set(page.items.map((s) => s.categoryId).filter((v): v is number => v !== null))];
  const [late, editors, sections] = await Promise.all([
    ids.length === 0
      ? []
      : ctx.db
          .selectFrom('review_assignments as r')
          .innerJoin('submissions as s', (j) => j.onRef('s.id', '=', 'r.submission_id').onRef('s.round', '=', 'r.round'))
          .select(['r.submission_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('r.submission_id', 'in', ids)
          .where('r.status', 'in', ['invited', 'accepted'])
          .where('r.due_on', '<', today)
          .groupBy('r.submission_id')
          .execute(),
    editorIds.length === 0 ? [] : ctx.db.selectFrom('users').select(['id', 'name']).where('id', 'in', editorIds).execute(),
    sectionIds.length === 0 ? [] : ctx.db.selectFrom('categories').select(['id', 'name']).where('id', 'in', sectionIds).execute(),
  ]);
  const lateBy = new Map(late.map((r) => [r.submission_id, Number(r.n)]));
  const editorName = new Map(editors.map((u) => [u.id, u.name]));
  const sectionName = new Map(sections.map((c) => [c.id, c.name]));
  return {
    total: page.total,
    page: page.page,
    perPage: page.perPage,
    counts: page.counts,
    items: page.items.map((s) => ({
      submission: s,
      sectionName: s.categoryId === null ? null : (sectionName.get(s.categoryId) ?? null),
      handlingEditorName: s.handlingEditorUserId === null ? null : (editorName.get(s.handlingEditorUserId) ?? null),
      authorName: editorName.get(s.ownerUserId) ?? '',
      revisionOverdue: s.status === 'revisions_requested' && s.revisionDueOn !== null && s.revisionDueOn < today,
      overdueReviews: lateBy.get(s.id) ?? 0,
    })),
  };
}
