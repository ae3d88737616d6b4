import type { Tx } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../shared/errors.js';
import type { DomainContext } from '../context.js';
import { changedFields } from '../versions/snapshot.js';
import { insertVersion, type VersionKind } from '../versions/versions.queries.js';
import { indexForSearch } from './article-index.js';
import type { ArticleStatus } from './articles.types.js';
import { findDeskArticle, snapshotOf, type DeskArticle } from './desk.queries.js';
import { relatedAfterChange } from './related.service.js';
import { indexArticleForSimilarity } from '../submissions/checks/similarity.js';
import { submissionFollowsArticle } from '../submissions/published-hook.js';

// Where an article stands: draft → scheduled → published, back to draft
// (unpublish), into the trash and out again. Each change is one conditional
// UPDATE on the status it expects, so when two instances race (a scheduled
// article and two schedulers) exactly one of them makes the change.

export type StatusChange =
  | { to: 'published'; publishedAt?: string }
  | { to: 'scheduled'; publishAt: string }
  | { to: 'draft' }
  | { to: 'trash' }
  | { to: 'untrash' };

export interface StatusOptions {
  by?: { userId: number | null; name: string };
  /** only change an article that is in one of these statuses (the scheduler passes ['scheduled']) */
  from?: readonly ArticleStatus[];
}

/** Trashed articles are deleted for good after this long. */
export const TRASH_DAYS = 30;

const ALLOWED_FROM: Record<StatusChange['to'], readonly ArticleStatus[]> = {
  published: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'scheduled'],
  draft: ['published', 'scheduled', 'draft'],
  trash: ['draft', 'scheduled', 'published'],
  untrash: ['trash'],
};

const KIND: Record<StatusChange['to'], VersionKind> = {
  published: 'publish',
  scheduled: 'schedule',
  draft: 'unpublish',
  trash: 'trash',
  untrash: 'untrash',
};

const REFUSED: Record<StatusChange['to'], string> = {
  published: 'Only drafts and scheduled articles can be published.',
  scheduled: 'Only drafts can be scheduled: unpublish the article first.',
  draft: 'Only published or scheduled articles can be unpublished.',
  trash: 'The article is already in the trash.',
  untrash: 'Only articles in the trash can be restored from it.',
};

/** Tells caches and related reading about a change to what readers may see. */
export async function afterArticleChange(ctx: DomainContext, articleId: number, slug: string): Promise<void> {
  // This article's own picks (and those pointing at it) before returning; the rest in the background.
  await relatedAfterChange(ctx, articleId);
  // The near-duplicate index follows what readers can see (it removes what they no longer can).
  await indexArticleForSimilarity(ctx, articleId);
  ctx.events.emit({ kind: 'article', articleId, slug });
}

/**
 * Changes the status inside a transaction. Returns the article as it was, or
 * undefined when it was not in an allowed status (with `from`, silently: another
 * instance got there first).
 */
export async function statusInTransaction(
  ctx: DomainContext,
  tx: Tx,
  id: number,
  change: StatusChange,
  options: StatusOptions = {},
): Promise<{ before: DeskArticle; after: DeskArticle } | undefined> {
  const before = await findDeskArticle(tx, id);
  if (!before) throw new NotFoundError('article');
  const allowed = options.from ?? ALLOWED_FROM[change.to];
  if (!allowed.includes(before.status)) {
    if (options.from) return undefined;
    throw new ValidationError(REFUSED[change.to], { intent: REFUSED[change.to] });
  }
  const now = ctx.clock.now().toISOString();
  const set: Record<string, string | number | null> = { version: before.version + 1 };
  switch (change.to) {
    case 'published':
      set.status = 'published';
      set.published_at = change.publishedAt ?? before.publishedAt ?? now;
      set.publish_at = null;
      // A first publication is also the moment the piece was last "updated".
      if (!before.publishedAt) set.updated_at = now;
      break;
    case 'scheduled':
      if (!(Date.parse(change.publishAt) > Date.parse(now))) {
        throw new ValidationError('The article could not be scheduled.', { publish_at: 'Choose a date and time in the future.' });
      }
      set.status = 'scheduled';
      set.publish_at = change.publishAt;
      break;
    case 'draft':
      set.status = 'draft';
      set.publish_at = null;
      break;
    case 'trash':
      set.status = 'trash';
      set.trashed_at = now;
      set.trashed_from = before.status;
      set.publish_at = null;
      break;
    case 'untrash':
      // Back as a draft: whatever it was, an editor decides again whether it goes live.
      set.status = 'draft';
      set.trashed_at = null;
      set.trashed_from = null;
      break;
  }
  const result = await tx
    .updateTable('articles')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', before.status)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    if (options.from) return undefined;
    throw new ValidationError('Someone changed this article at the same moment. Reload it and try again.', { intent: 'Reload and try again.' });
  }
  const after = (await findDeskArticle(tx, id)) as DeskArticle;
  await indexForSearch(ctx, tx, id);
  await insertVersion(tx, {
    articleId: id,
    number: after.version,
    now,
    userId: options.by?.userId ?? null,
    userName: options.by?.name ?? '',
    kind: KIND[change.to],
    summary: changedFields(snapshotOf(before), snapshotOf(after)).join(', '),
    snapshot: snapshotOf(after),
  });
  return { before, after };
}

/** Runs after the transaction: readers' pages change when the article was or is public. */
export async function afterStatusChange(ctx: DomainContext, before: DeskArticle, after: DeskArticle): Promise<void> {
  if (before.status === 'published' || after.status === 'published') await afterArticleChange(ctx, after.id, after.slug);
  await submissionFollowsArticle(ctx, before, after);
}

/** Changes the status in a transaction of its own; true when it changed. */
export async function setArticleStatus(ctx: DomainContext, id: number, change: StatusChange, options: StatusOptions = {}): Promise<boolean> {
  const done = await ctx.db.transaction().execute((tx) => statusInTransaction(ctx, tx, id, change, options));
  if (!done) return false;
  await afterStatusChange(ctx, done.before, done.after);
  return true;
}

export async function publishArticle(ctx: DomainContext, id: number, publishedAt?: string): Promise<void> {
  await setArticleStatus(ctx, id, publishedAt ? { to: 'published', publishedAt } : { to: 'published' });
}

export async function unpublishArticle(ctx: DomainContext, id: number): Promise<void> {
  await setArticleStatus(ctx, id, { to: 'draft' });
}

const SCHEDULER = { userId: null, name: 'Scheduler' };

/** Publishes every scheduled article whose time has come; returns how many this call published. */
export async function publishDueArticles(ctx: DomainContext): Promise<number> {
  const now = ctx.clock.now().toISOString();
  const due = await ctx.db
    .selectFrom('articles')
    .select(['id', 'publish_at'])
    .where('status', '=', 'scheduled')
    .where('publish_at', '<=', now)
    .orderBy('publish_at')
    .limit(100)
    .execute();
  let published = 0;
  for (const a of due) {
    // The scheduled time, not the minute the job ran, is the publication date.
    const ok = await setArticleStatus(ctx, a.id, { to: 'published', publishedAt: a.publish_at ?? now }, { by: SCHEDULER, from: ['scheduled'] });
    if (ok) published += 1;
  }
  return published;
}

/** Deletes articles that have been in the trash longer than TRASH_DAYS; returns how many. */
export async function emptyTrash(ctx: DomainContext): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - TRASH_DAYS * 86_400_000).toISOString();
  const result = await ctx.db.deleteFrom('articles').where('status', '=', 'trash').where('trashed_at', '<=', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
