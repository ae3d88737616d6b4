import { requireCan, type Actor } from '../accounts/policy.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import type { Tx } from '../../db/database.js';
import { renderMarkdown } from '../articles/content/markdown.js';
import type { DomainContext } from '../context.js';
import { SubmissionConflictError, canViewSubmission } from './submission-access.js';
import { getSubmission, getSubmissionDetail, insertEvent, listByOwner, type SubmissionPage } from './submissions.queries.js';
import type { CoauthorInput, DraftInput, Submission, SubmissionDetail } from './submissions.types.js';
import type { SubmissionStatus } from './workflow.js';

// The author's side before and between rounds: saving the form (a new draft or the
// working copy of a revision), and reading one's own submissions. The Markdown is
// rendered before the transaction opens, through the same pipeline as articles.

export const SUBMISSION_LIMITS = { title: 300, dek: 600, body: 1_000_000, tags: 20, tag: 60, coauthors: 20, name: 120 } as const;

/** The author may change the text only while it is theirs: before sending, and while revising. */
export const EDITABLE_STATUSES: readonly SubmissionStatus[] = ['draft', 'revisions_requested'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function cleanTags(tags: string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags ?? []) {
    const tag = t.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

function cleanCoauthors(list: CoauthorInput[] | undefined, fields: Record<string, string>): CoauthorInput[] {
  const out = (list ?? []).map((c) => ({ authorId: c.authorId ?? null, name: c.name.trim(), email: c.email?.trim() || null })).filter((c) => c.name || c.email || c.authorId);
  if (out.length > SUBMISSION_LIMITS.coauthors) fields.coauthors = `List at most ${SUBMISSION_LIMITS.coauthors} co-authors.`;
  out.forEach((c, i) => {
    if (!c.name) fields[`coauthor_${i}`] = 'Give the co-author’s name.';
    else if (c.name.length > SUBMISSION_LIMITS.name) fields[`coauthor_${i}`] = `Keep the name under ${SUBMISSION_LIMITS.name} characters.`;
    else if (c.email && !EMAIL.test(c.email)) fields[`coauthor_${i}`] = 'That email address does not look right.';
  });
  return out;
}

export function validateDraft(input: DraftInput): { tags: string[]; coauthors: CoauthorInput[] } {
  const fields: Record<string, string> = {};
  if (input.title.length > SUBMISSION_LIMITS.title) fields.title = `Keep the title under ${SUBMISSION_LIMITS.title} characters.`;
  if ((input.dek ?? '').length > SUBMISSION_LIMITS.dek) fields.dek = `Keep the dek under ${SUBMISSION_LIMITS.dek} characters.`;
  if (input.body.length > SUBMISSION_LIMITS.body) fields.body = 'The text is longer than we accept (a million characters).';
  if (!input.title.trim() && !input.body.trim()) fields.title = 'Give at least a title or some text before saving.';
  const tags = cleanTags(input.tags);
  if (tags.length > SUBMISSION_LIMITS.tags) fields.tags = `Use at most ${SUBMISSION_LIMITS.tags} tags.`;
  else if (tags.some((t) => t.length > SUBMISSION_LIMITS.tag)) fields.tags = `Keep each tag under ${SUBMISSION_LIMITS.tag} characters.`;
  const coauthors = cleanCoauthors(input.coauthors, fields);
  if (Object.keys(fields).length > 0) throw new ValidationError('The submission could not be saved.', fields);
  return { tags, coauthors };
}

async function replaceCoauthors(tx: Tx, id: number, list: CoauthorInput[]): Promise<void> {
  await tx.deleteFrom('submission_coauthors').where('submission_id', '=', id).execute();
  if (list.length === 0) return;
  const ids = list.map((c) => c.authorId).filter((a): a is number => typeof a === 'number');
  const known = new Set(ids.length === 0 ? [] : (await tx.selectFrom('authors').select('id').where('id', 'in', ids).execute()).map((a) => a.id));
  await tx
    .insertInto('submission_coauthors')
    .values(list.map((c, position) => ({ submission_id: id, position, author_id: c.authorId && known.has(c.authorId) ? c.authorId : null, name: c.name, email: c.email ?? null })))
    .execute();
}

async function checkCategory(tx: Tx, categoryId: number | null | undefined): Promise<number | null> {
  if (categoryId === null || categoryId === undefined) return null;
  const found = await tx.selectFrom('categories').select('id').where('id', '=', categoryId).executeTakeFirst();
  if (!found) throw new ValidationError('The submission could not be saved.', { category: 'Choose one of the sections listed.' });
  return found.id;
}

export interface SaveDraftOptions {
  /** the version the form was loaded from; a newer stored one is a conflict */
  baseVersion?: number;
}

/** Creates the actor's draft (no id) or updates their own draft or revision working copy. */
export async function saveDraft(ctx: DomainContext, actor: Actor | null, input: DraftInput, id?: number, options: SaveDraftOptions = {}): Promise<Submission> {
  requireCan(actor, 'submission.create');
  const existing = id === undefined ? undefined : await getSubmission(ctx.db, id);
  if (id !== undefined) {
    // Someone else's submission does not exist as far as this actor knows.
    if (!existing || existing.ownerUserId !== actor.userId) throw new NotFoundError('submission');
    requireCan(actor, 'submission.edit_own', { ownerUserId: existing.ownerUserId });
    if (!EDITABLE_STATUSES.includes(existing.status)) {
      throw new ValidationError('This submission has been sent: it can be changed only when the editors ask for revisions.', { form: 'Already sent.' });
    }
  }
  const { tags, coauthors } = validateDraft(input);
  const rendered = renderMarkdown(input.body);
  const now = ctx.clock.now().toISOString();
  const values = {
    title: input.title.trim(),
    dek: (input.dek ?? '').trim(),
    body: input.body,
    body_html: rendered.html,
    word_count: rendered.wordCount,
    tags: JSON.stringify(tags),
    cover_media_id: input.coverMediaId ?? null,
    declare_original: input.declareOriginal ? 1 : 0,
    declare_exclusive: input.declareExclusive ? 1 : 0,
    updated_at: now,
  };
  const savedId = await ctx.db.transaction().execute(async (tx) => {
    const category_id = await checkCategory(tx, input.categoryId);
    if (!existing) {
      const row = await tx
        .insertInto('submissions')
        .values({ ...values, category_id, owner_user_id: actor.userId, status: 'draft', created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertEvent(tx, { submissionId: row.id, from: null, to: 'draft', transition: 'create', actorUserId: actor.userId, actorName: actor.name, now });
      await replaceCoauthors(tx, row.id, coauthors);
      return row.id;
    }
    const base = options.baseVersion ?? existing.version;
    // Status and version in the WHERE: a save racing a send, a withdrawal or another tab fails whole.
    const result = await tx
      .updateTable('submissions')
      .set((eb) => ({ ...values, category_id, version: eb('version', '+', 1) }))
      .where('id', '=', existing.id)
      .where('version', '=', base)
      .where('status', 'in', [...EDITABLE_STATUSES])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new SubmissionConflictError();
    await replaceCoauthors(tx, existing.id, coauthors);
    return existing.id;
  });
  return (await getSubmission(ctx.db, savedId)) as Submission;
}

export async function listOwnSubmissions(ctx: DomainContext, actor: Actor | null, page = 1, perPage = 20): Promise<SubmissionPage> {
  requireCan(actor, 'submission.view_own');
  return listByOwner(ctx.db, actor.userId, Math.max(1, Math.floor(page)), Math.min(100, Math.max(1, perPage)));
}

/** One submission with its co-authors, history and rounds, for its owner and for staff. */
export async function findSubmission(ctx: DomainContext, actor: Actor | null, id: number): Promise<SubmissionDetail> {
  requireCan(actor, 'submission.view_own');
  const detail = await getSubmissionDetail(ctx.db, id);
  if (!detail || !canViewSubmission(actor, detail)) throw new NotFoundError('submission');
  return detail;
}
