import type { Executor, Tx } from '../../db/database.js';
import { ValidationError, NotFoundError } from '../../shared/errors.js';
import { slugify } from '../../shared/slugify.js';
import { ensureTags } from '../taxonomy/taxonomy.queries.js';
import type { DomainContext } from '../context.js';
import type { ArticleInput, ArticleStatus } from './articles.types.js';
import { renderMarkdown } from './content/markdown.js';
import { relatedAfterChange } from './related.service.js';

/** Top-level paths an article slug may not take, since articles live at /{slug}/. */
export const RESERVED_SLUGS = new Set([
  'admin', 'author', 'category', 'dashboard', 'editor', 'feed', 'healthz', 'login', 'logout', 'media',
  'register', 'robots.txt', 'search', 'sitemap.xml', 'static', 'submit', 'tag', 'cite', 'api', 'favicon.ico',
]);

function validate(input: ArticleInput): void {
  const fields: Record<string, string> = {};
  if (!input.title.trim()) fields.title = 'A title is required.';
  if (input.title.length > 300) fields.title = 'Keep the title under 300 characters.';
  if (!input.bodyMarkdown.trim()) fields.body = 'The article has no text.';
  if (input.authorIds.length === 0) fields.authors = 'Choose at least one author.';
  if (input.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.slug)) {
    fields.slug = 'Use lowercase letters, digits and single hyphens.';
  }
  if (Object.keys(fields).length > 0) throw new ValidationError('The article could not be saved.', fields);
}

async function uniqueSlug(db: Executor, wanted: string, ownId?: number): Promise<string> {
  let base = wanted;
  if (RESERVED_SLUGS.has(base)) base = `${base}-article`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await db.selectFrom('articles').select('id').where('slug', '=', candidate).executeTakeFirst();
    if (!taken || taken.id === ownId) return candidate;
  }
}

async function replaceLinks(tx: Tx, id: number, input: ArticleInput): Promise<void> {
  await tx.deleteFrom('article_authors').where('article_id', '=', id).execute();
  await tx.deleteFrom('article_categories').where('article_id', '=', id).execute();
  await tx.deleteFrom('article_tags').where('article_id', '=', id).execute();
  const authorIds = [...new Set(input.authorIds)];
  await tx
    .insertInto('article_authors')
    .values(authorIds.map((author_id, position) => ({ article_id: id, author_id, position })))
    .execute();
  const categoryIds = [...new Set(input.categoryIds)];
  if (categoryIds.length > 0) {
    await tx
      .insertInto('article_categories')
      .values(categoryIds.map((category_id, position) => ({ article_id: id, category_id, position })))
      .execute();
  }
  const tagIds = await ensureTags(tx, input.tags);
  if (tagIds.length > 0) {
    await tx.insertInto('article_tags').values(tagIds.map((tag_id) => ({ article_id: id, tag_id }))).execute();
  }
}

/** Puts a published article into the search index, or takes anything else out of it. */
export async function indexForSearch(ctx: DomainContext, tx: Tx, id: number): Promise<void> {
  const row = await tx
    .selectFrom('articles')
    .select(['id', 'title', 'dek', 'plain_text', 'status'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  if (row.status !== 'published') {
    await ctx.search.remove(tx, id);
    return;
  }
  const names = await tx
    .selectFrom('article_authors as aa')
    .innerJoin('authors as a', 'a.id', 'aa.author_id')
    .select('a.name')
    .where('aa.article_id', '=', id)
    .orderBy('aa.position')
    .execute();
  await ctx.search.upsert(tx, {
    id,
    title: row.title,
    dek: row.dek,
    body: row.plain_text,
    authors: names.map((n) => n.name).join(', '),
  });
}

/** Creates (as a draft) or updates an article. Rendering and sanitizing happen here, once. */
export async function saveArticle(ctx: DomainContext, input: ArticleInput, id?: number): Promise<number> {
  validate(input);
  const rendered = renderMarkdown(input.bodyMarkdown);
  const now = ctx.clock.now().toISOString();
  const savedId = await ctx.db.transaction().execute(async (tx) => {
    const slug = await uniqueSlug(tx, input.slug ?? slugify(input.title), id);
    const values = {
      slug,
      title: input.title.trim(),
      dek: (input.dek ?? '').trim(),
      body_md: input.bodyMarkdown,
      body_html: rendered.html,
      plain_text: rendered.plainText,
      headings_json: JSON.stringify(rendered.headings),
      word_count: rendered.wordCount,
      reading_minutes: rendered.readingMinutes,
      footnote_count: rendered.footnoteCount,
      updated_at: now,
      cover_image_url: input.coverImageUrl ?? null,
      cover_alt: input.coverAlt ?? '',
    };
    let articleId: number;
    if (id === undefined) {
      const row = await tx
        .insertInto('articles')
        .values({ ...values, status: 'draft', created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      articleId = row.id;
    } else {
      const result = await tx.updateTable('articles').set(values).where('id', '=', id).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('article');
      articleId = id;
    }
    await replaceLinks(tx, articleId, input);
    await indexForSearch(ctx, tx, articleId);
    return articleId;
  });
  const saved = await ctx.db.selectFrom('articles').select(['slug', 'status']).where('id', '=', savedId).executeTakeFirstOrThrow();
  if (saved.status === 'published') {
    await relatedAfterChange(ctx);
    ctx.events.emit({ kind: 'article', articleId: savedId, slug: saved.slug });
  }
  return savedId;
}

async function setStatus(ctx: DomainContext, id: number, status: ArticleStatus, publishedAt?: string): Promise<void> {
  const slug = await ctx.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('articles').select(['slug', 'published_at']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('article');
    const now = ctx.clock.now().toISOString();
    await tx
      .updateTable('articles')
      .set({
        status,
        updated_at: now,
        ...(status === 'published' ? { published_at: publishedAt ?? row.published_at ?? now } : {}),
      })
      .where('id', '=', id)
      .execute();
    await indexForSearch(ctx, tx, id);
    return row.slug;
  });
  await relatedAfterChange(ctx);
  ctx.events.emit({ kind: 'article', articleId: id, slug });
}

export function publishArticle(ctx: DomainContext, id: number, publishedAt?: string): Promise<void> {
  return setStatus(ctx, id, 'published', publishedAt);
}

export function unpublishArticle(ctx: DomainContext, id: number): Promise<void> {
  return setStatus(ctx, id, 'draft');
}

/** Rebuilds the whole search index from published articles (the `reindex` command). */
export async function rebuildSearchIndex(ctx: DomainContext): Promise<number> {
  return ctx.db.transaction().execute(async (tx) => {
    await ctx.search.clear(tx);
    const ids = await tx.selectFrom('articles').select('id').where('status', '=', 'published').execute();
    for (const { id } of ids) await indexForSearch(ctx, tx, id);
    await ctx.search.optimize(tx);
    return ids.length;
  });
}
