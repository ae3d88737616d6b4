import { ForbiddenError, can, requireCan, type Actor } from '../accounts/policy.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import type { DomainContext } from '../context.js';
import { ensureOwnAuthor } from '../authors/authors.js';
import { findVersion } from '../versions/versions.queries.js';
import { afterArticleChange, afterStatusChange, statusInTransaction, type StatusChange } from './article-status.service.js';
import type { ArticleInput } from './articles.types.js';
import { saveInTransaction, validateArticleInput, writeArticle, type SaveResult } from './articles.service.js';
import { renderMarkdown } from './content/markdown.js';
import { findDeskArticle, type DeskArticle } from './desk.queries.js';

// The desk's rules on top of the article model: who may save, publish, schedule,
// unpublish or trash what. Editors and admins may do anything; an author may
// write and edit their own drafts and nothing else. The policy table decides;
// this module only asks it.

export type DeskIntent = 'save' | 'autosave' | 'publish' | 'schedule' | 'unpublish' | 'trash' | 'untrash';

export interface DeskSubmission {
  id?: number;
  input: ArticleInput;
  baseVersion?: number;
  intent: DeskIntent;
  /** UTC ISO instant for 'schedule' */
  publishAt?: string;
  newAuthorName?: string;
}

const by = (actor: Actor) => ({ userId: actor.userId, name: actor.name });

/** May this actor open the edit form of this article? */
export function canEditArticle(actor: Actor | null, article: Pick<DeskArticle, 'ownerUserId' | 'status'>): boolean {
  if (can(actor, 'article.edit_any')) return true;
  return can(actor, 'article.edit_own', { ownerUserId: article.ownerUserId }) && article.status === 'draft';
}

export async function loadForEdit(ctx: DomainContext, actor: Actor | null, id: number): Promise<DeskArticle> {
  requireCan(actor, 'article.create');
  const article = await findDeskArticle(ctx.db, id);
  // Someone else's piece is "not found" to an author: its existence is not theirs to know.
  if (!article || (!can(actor, 'article.edit_any') && article.ownerUserId !== actor.userId)) throw new NotFoundError('article');
  if (!canEditArticle(actor, article)) throw new ForbiddenError('This piece is no longer a draft: ask an editor to change it.');
  return article;
}

const STATUS_OF: Partial<Record<DeskIntent, (s: DeskSubmission) => StatusChange>> = {
  publish: () => ({ to: 'published' }),
  schedule: (s) => {
    if (!s.publishAt) throw new ValidationError('The article could not be scheduled.', { publish_at: 'Choose the date and time it should go live.' });
    return { to: 'scheduled', publishAt: s.publishAt };
  },
  unpublish: () => ({ to: 'draft' }),
  trash: () => ({ to: 'trash' }),
  untrash: () => ({ to: 'untrash' }),
};

/**
 * Saves what the form holds and then applies the intent, in one transaction.
 * Trash and restore-from-trash change only the status (an article in the trash
 * cannot be edited, and trashing should not fail on an unfinished form).
 */
export async function submitArticle(ctx: DomainContext, actor: Actor | null, s: DeskSubmission): Promise<SaveResult> {
  requireCan(actor, 'article.create');
  const existing = s.id === undefined ? undefined : await findDeskArticle(ctx.db, s.id);
  if (s.id !== undefined) {
    if (!existing || (!can(actor, 'article.edit_any') && existing.ownerUserId !== actor.userId)) throw new NotFoundError('article');
  }
  const statusChange = STATUS_OF[s.intent]?.(s);
  if (statusChange) requireCan(actor, 'article.publish');
  if (existing && !statusChange && !canEditArticle(actor, existing)) {
    throw new ForbiddenError('This piece is no longer a draft: ask an editor to change it.');
  }
  if (s.intent === 'untrash' || s.intent === 'trash') {
    if (!existing) throw new NotFoundError('article');
    const done = await ctx.db.transaction().execute((tx) => statusInTransaction(ctx, tx, existing.id, statusChange as StatusChange, { by: by(actor) }));
    if (done) await afterStatusChange(ctx, done.before, done.after);
    const after = done?.after ?? existing;
    return { id: after.id, version: after.version, slug: after.slug, status: after.status, changed: Boolean(done) };
  }
  let input: ArticleInput = { ...s.input, ...(existing ? {} : { ownerUserId: can(actor, 'article.edit_any') ? null : actor.userId }) };
  // No byline chosen: the writer's own, with a profile made from the account's name
  // when there is none yet — but only once the rest of the form is acceptable.
  if (input.authorIds.length === 0 && !s.newAuthorName?.trim()) {
    validateArticleInput({ ...input, authorIds: [0] }, undefined);
    input = { ...input, authorIds: [await ensureOwnAuthor(ctx.db, { id: actor.userId, name: actor.name }, ctx.clock.now().toISOString())] };
  }
  if (!statusChange) {
    return writeArticle(ctx, input, s.id, {
      ...(s.baseVersion !== undefined ? { baseVersion: s.baseVersion } : {}),
      by: by(actor),
      kind: s.intent === 'autosave' ? 'autosave' : 'save',
      ...(s.newAuthorName ? { newAuthorName: s.newAuthorName } : {}),
    });
  }
  // Save and change status together: a refused publish leaves nothing half-done.
  validateArticleInput(input, s.newAuthorName);
  const rendered = renderMarkdown(input.bodyMarkdown);
  const result = await ctx.db.transaction().execute(async (tx) => {
    const saved = await saveInTransaction(ctx, tx, input, s.id, {
      ...(s.baseVersion !== undefined ? { baseVersion: s.baseVersion } : {}),
      by: by(actor),
      ...(s.newAuthorName ? { newAuthorName: s.newAuthorName } : {}),
    }, rendered);
    return statusInTransaction(ctx, tx, saved.id, statusChange, { by: by(actor) });
  });
  if (result) await afterStatusChange(ctx, result.before, result.after);
  const after = result?.after as DeskArticle;
  if (after.status === 'published' && result?.before.status === 'published') await afterArticleChange(ctx, after.id, after.slug);
  return { id: after.id, version: after.version, slug: after.slug, status: after.status, changed: true };
}

/** Makes an old version the newest one again (a new version; nothing is lost). Status stays as it is. */
export async function restoreVersion(ctx: DomainContext, actor: Actor | null, id: number, number: number): Promise<SaveResult> {
  const article = await loadForEdit(ctx, actor, id);
  const version = await findVersion(ctx.db, id, number);
  if (!version || version.number !== number) throw new NotFoundError('version');
  const v = version.snapshot;
  return writeArticle(
    ctx,
    {
      title: v.title,
      slug: v.slug,
      dek: v.dek,
      bodyMarkdown: v.body,
      authorIds: v.authors.map((a) => a.id),
      categoryIds: v.categories.map((c) => c.id),
      tags: v.tags,
      coverImageUrl: v.coverImageUrl,
      coverMediaId: v.coverMediaId,
      coverAlt: v.coverAlt,
      coverCaption: v.coverCaption,
      metaDescription: v.metaDescription,
    },
    id,
    { by: by(actor as Actor), kind: 'restore', baseVersion: article.version },
  );
}
