import type { Tx } from '../../db/database.js';
import { saveInTransaction, validateArticleInput } from '../articles/articles.service.js';
import type { ArticleInput } from '../articles/articles.types.js';
import { renderMarkdown } from '../articles/content/markdown.js';
import { ensureOwnAuthor } from '../authors/authors.js';
import type { DomainContext } from '../context.js';
import type { Submission } from './submissions.types.js';

// Acceptance hands the piece to the editorial desk: a draft article with the
// manuscript's text, section and tags, bylined to the author's profile (and to
// co-authors who have one), owned by the desk so editors copy-edit, schedule and
// publish it there. The submission keeps its rounds; the article starts its own versions.

export interface PreparedArticle {
  input: ArticleInput;
  rendered: ReturnType<typeof renderMarkdown>;
}

/**
 * Everything that must happen outside the transaction: the owner's author profile
 * (ensureOwnAuthor opens its own transaction; it is idempotent, so a refused accept
 * leaves at most a profile the author would get anyway) and the rendering.
 */
export async function prepareDeskArticle(ctx: DomainContext, s: Submission): Promise<PreparedArticle> {
  const owner = await ctx.db.selectFrom('users').select(['id', 'name']).where('id', '=', s.ownerUserId).executeTakeFirstOrThrow();
  const ownerAuthor = await ensureOwnAuthor(ctx.db, owner, ctx.clock.now().toISOString());
  const coauthors = await ctx.db
    .selectFrom('submission_coauthors')
    .select('author_id')
    .where('submission_id', '=', s.id)
    .where('author_id', 'is not', null)
    .orderBy('position')
    .execute();
  const authorIds = [...new Set([ownerAuthor, ...coauthors.map((c) => c.author_id as number)])];
  const input: ArticleInput = {
    title: s.title,
    dek: s.dek,
    bodyMarkdown: s.body,
    authorIds,
    categoryIds: s.categoryId === null ? [] : [s.categoryId],
    tags: s.tags,
    ownerUserId: null,
  };
  validateArticleInput(input, undefined);
  return { input, rendered: renderMarkdown(s.body) };
}

/** Inside the accepting transaction: writes the desk draft and links it; returns its id. */
export async function acceptIntoDesk(ctx: DomainContext, tx: Tx, s: Submission, prepared: PreparedArticle, by: { userId: number | null; name: string }): Promise<number> {
  const saved = await saveInTransaction(ctx, tx, prepared.input, undefined, { by }, prepared.rendered);
  await tx.updateTable('submissions').set({ article_id: saved.id }).where('id', '=', s.id).execute();
  return saved.id;
}
