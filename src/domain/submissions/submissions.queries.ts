import type { Executor } from '../../db/database.js';
import { SUBMISSION_STATUSES, type Decision, type SubmissionStatus, type TransitionName } from './workflow.js';
import type { Coauthor, Submission, SubmissionDetail, SubmissionEvent, SubmissionRound } from './submissions.types.js';

// Reads of submissions, mapped from rows to domain shapes. No policy here: the
// services decide who may see what before calling these.

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const submissionColumns = [
  'id', 'owner_user_id', 'status', 'title', 'dek', 'body', 'body_html', 'category_id', 'tags', 'cover_media_id',
  'declare_original', 'declare_exclusive', 'word_count', 'round', 'handling_editor_user_id', 'article_id',
  'revision_due_on', 'version', 'created_at', 'updated_at', 'submitted_at', 'decided_at',
] as const;

interface SubmissionRow {
  id: number;
  owner_user_id: number;
  status: string;
  title: string;
  dek: string;
  body: string;
  body_html: string;
  category_id: number | null;
  tags: string;
  cover_media_id: number | null;
  declare_original: number;
  declare_exclusive: number;
  word_count: number;
  round: number;
  handling_editor_user_id: number | null;
  article_id: number | null;
  revision_due_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
}

export function toSubmission(r: SubmissionRow): Submission {
  return {
    id: r.id,
    ownerUserId: r.owner_user_id,
    status: r.status as SubmissionStatus,
    title: r.title,
    dek: r.dek,
    body: r.body,
    bodyHtml: r.body_html,
    categoryId: r.category_id,
    tags: parseJson<string[]>(r.tags, []),
    coverMediaId: r.cover_media_id,
    declareOriginal: Number(r.declare_original) === 1,
    declareExclusive: Number(r.declare_exclusive) === 1,
    wordCount: Number(r.word_count),
    round: Number(r.round),
    handlingEditorUserId: r.handling_editor_user_id,
    articleId: r.article_id,
    revisionDueOn: r.revision_due_on,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
  };
}

export async function getSubmission(db: Executor, id: number): Promise<Submission | undefined> {
  const row = await db.selectFrom('submissions').select(submissionColumns).where('id', '=', id).executeTakeFirst();
  return row ? toSubmission(row) : undefined;
}

export async function getCoauthors(db: Executor, id: number): Promise<Coauthor[]> {
  const rows = await db
    .selectFrom('submission_coauthors')
    .select(['position', 'author_id', 'name', 'email'])
    .where('submission_id', '=', id)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ position: r.position, authorId: r.author_id, name: r.name, email: r.email }));
}

export async function getEvents(db: Executor, id: number): Promise<SubmissionEvent[]> {
  const rows = await db
    .selectFrom('submission_events')
    .select(['id', 'from_status', 'to_status', 'transition', 'decision', 'actor_user_id', 'actor_name', 'note', 'created_at'])
    .where('submission_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fromStatus: r.from_status as SubmissionStatus | null,
    toStatus: r.to_status as SubmissionStatus,
    transition: r.transition as TransitionName | 'create',
    decision: r.decision as Decision | null,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    note: r.note,
    createdAt: r.created_at,
  }));
}

export async function getRounds(db: Executor, id: number): Promise<SubmissionRound[]> {
  const rows = await db
    .selectFrom('submission_rounds')
    .select(['id', 'round', 'title', 'dek', 'body', 'body_html', 'responses', 'created_at'])
    .where('submission_id', '=', id)
    .orderBy('round')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    round: r.round,
    title: r.title,
    dek: r.dek,
    body: r.body,
    bodyHtml: r.body_html,
    responses: parseJson<Record<string, string>>(r.responses, {}),
    createdAt: r.created_at,
  }));
}

export async function getSubmissionDetail(db: Executor, id: number): Promise<SubmissionDetail | undefined> {
  const s = await getSubmission(db, id);
  if (!s) return undefined;
  const [coauthors, events, rounds] = await Promise.all([getCoauthors(db, id), getEvents(db, id), getRounds(db, id)]);
  return { ...s, coauthors, events, rounds };
}

export interface NewEvent {
  submissionId: number;
  from: SubmissionStatus | null;
  to: SubmissionStatus;
  transition: TransitionName | 'create';
  decision?: Decision | null;
  actorUserId: number | null;
  actorName: string;
  note?: string;
  now: string;
}

export async function insertEvent(db: Executor, e: NewEvent): Promise<void> {
  await db
    .insertInto('submission_events')
    .values({
      submission_id: e.submissionId,
      from_status: e.from,
      to_status: e.to,
      transition: e.transition,
      decision: e.decision ?? null,
      actor_user_id: e.actorUserId,
      actor_name: e.actorName,
      note: e.note ?? '',
      created_at: e.now,
    })
    .execute();
}

export interface NewRound {
  submissionId: number;
  round: number;
  title: string;
  dek: string;
  body: string;
  bodyHtml: string;
  responses: Record<string, string>;
  now: string;
}

export async function insertRound(db: Executor, r: NewRound): Promise<void> {
  await db
    .insertInto('submission_rounds')
    .values({
      submission_id: r.submissionId,
      round: r.round,
      title: r.title,
      dek: r.dek,
      body: r.body,
      body_html: r.bodyHtml,
      responses: JSON.stringify(r.responses),
      created_at: r.now,
    })
    .execute();
}

export interface SubmissionPage {
  items: Submission[];
  total: number;
  page: number;
  perPage: number;
}

export async function listByOwner(db: Executor, ownerUserId: number, page: number, perPage: number): Promise<SubmissionPage> {
  const base = db.selectFrom('submissions').where('owner_user_id', '=', ownerUserId);
  const [rows, count] = await Promise.all([
    base.select(submissionColumns).orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(perPage).offset((page - 1) * perPage).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toSubmission), total: Number(count.n), page, perPage };
}

export interface QueueFilter {
  status?: SubmissionStatus;
  categoryId?: number;
  handlingEditorUserId?: number | null;
  /** only submissions whose last change is older than this ISO time (the queue's age filter) */
  updatedBefore?: string;
  page: number;
  perPage: number;
}

export interface QueuePage extends SubmissionPage {
  /** every status but draft, with how many submissions are in it (zero included) */
  counts: Record<SubmissionStatus, number>;
}

/** The editors' queue: every sent submission (drafts are the author's business), oldest activity first. */
export async function listQueue(db: Executor, f: QueueFilter): Promise<QueuePage> {
  let q = db.selectFrom('submissions').where('status', '!=', 'draft');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.categoryId !== undefined) q = q.where('category_id', '=', f.categoryId);
  if (f.handlingEditorUserId === null) q = q.where('handling_editor_user_id', 'is', null);
  else if (f.handlingEditorUserId !== undefined) q = q.where('handling_editor_user_id', '=', f.handlingEditorUserId);
  if (f.updatedBefore !== undefined) q = q.where('updated_at', '<', f.updatedBefore);
  const [rows, count, byStatus] = await Promise.all([
    q.select(submissionColumns).orderBy('updated_at', 'asc').orderBy('id', 'asc').limit(f.perPage).offset((f.page - 1) * f.perPage).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('submissions')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '!=', 'draft')
      .groupBy('status')
      .execute(),
  ]);
  const counts = Object.fromEntries(SUBMISSION_STATUSES.filter((st) => st !== 'draft').map((st) => [st, 0])) as Record<SubmissionStatus, number>;
  for (const r of byStatus) counts[r.status as SubmissionStatus] = Number(r.n);
  return { items: rows.map(toSubmission), total: Number(count.n), page: f.page, perPage: f.perPage, counts };
}
