import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { authorsForArticles } from '../authors/authors.js';
import { refsByArticle } from '../../shared/group.js';
import type { ArticleSummary, CategoryRef, Heading, PublishedArticle, TagRef } from './articles.types.js';

// Every public reader (pages, feeds, sitemap, search results) goes through these,
// so "published only" is decided in one place.

export interface ListFilter {
  categoryId?: number;
  tagId?: number;
  authorId?: number;
  excludeIds?: number[];
}

function publishedBase(db: Executor, filter: ListFilter = {}) {
  let q = db.selectFrom('articles').where('articles.status', '=', 'published');
  if (filter.categoryId !== undefined) {
    const categoryId = filter.categoryId;
    q = q.where('articles.id', 'in', (eb) =>
      eb.selectFrom('article_categories').select('article_id').where('category_id', '=', categoryId),
    );
  }
  if (filter.tagId !== undefined) {
    const tagId = filter.tagId;
    q = q.where('articles.id', 'in', (eb) => eb.selectFrom('article_tags').select('article_id').where('tag_id', '=', tagId));
  }
  if (filter.authorId !== undefined) {
    const authorId = filter.authorId;
    q = q.where('articles.id', 'in', (eb) =>
      eb.selectFrom('article_authors').select('article_id').where('author_id', '=', authorId),
    );
  }
  if (filter.excludeIds && filter.excludeIds.length > 0) q = q.where('articles.id', 'not in', filter.excludeIds);
  return q;
}

const summaryColumns = [
  'articles.id',
  'articles.slug',
  'articles.title',
  'articles.dek',
  'articles.published_at',
  'articles.updated_at',
  'articles.reading_minutes',
  'articles.cover_image_url',
  'articles.cover_alt',
] as const;

interface SummaryRow {
  id: number;
  slug: string;
  title: string;
  dek: string;
  published_at: string | null;
  updated_at: string;
  reading_minutes: number;
  cover_image_url: string | null;
  cover_alt: string;
}

export async function categoriesForArticles(db: Executor, ids: number[]): Promise<Map<number, CategoryRef[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('article_categories as ac')
    .innerJoin('categories as c', 'c.id', 'ac.category_id')
    .select(['ac.article_id', 'c.id', 'c.slug', 'c.name'])
    .where('ac.article_id', 'in', ids)
    .orderBy('ac.article_id')
    .orderBy('ac.position')
    .orderBy('c.position')
    .execute();
  return refsByArticle(rows);
}

export async function tagsForArticle(db: Executor, id: number): Promise<TagRef[]> {
  return db
    .selectFrom('article_tags as at')
    .innerJoin('tags as t', 't.id', 'at.tag_id')
    .select(['t.id', 't.slug', 't.name'])
    .where('at.article_id', '=', id)
    .orderBy('t.name')
    .execute();
}

async function hydrate(db: Executor, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const ids = rows.map((r) => r.id);
  const [authors, categories] = await Promise.all([authorsForArticles(db, ids), categoriesForArticles(db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    dek: r.dek,
    publishedAt: r.published_at ?? r.updated_at,
    updatedAt: r.updated_at,
    readingMinutes: r.reading_minutes,
    coverImageUrl: r.cover_image_url,
    coverAlt: r.cover_alt,
    authors: authors.get(r.id) ?? [],
    categories: categories.get(r.id) ?? [],
  }));
}

export async function countPublished(db: Executor, filter: ListFilter = {}): Promise<number> {
  const row = await publishedBase(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listPublished(
  db: Executor,
  filter: ListFilter,
  page: { limit: number; offset: number },
): Promise<ArticleSummary[]> {
  const rows = await publishedBase(db, filter)
    .select(summaryColumns)
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return hydrate(db, rows);
}

/** Published summaries for the given ids, in the order of `ids` (unpublished ids are dropped). */
export async function publishedSummariesByIds(db: Executor, ids: number[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await publishedBase(db).select(summaryColumns).where('articles.id', 'in', ids).execute();
  const hydrated = await hydrate(db, rows);
  const byId = new Map(hydrated.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
}

export async function findPublishedBySlug(db: Executor, slug: string): Promise<PublishedArticle | undefined> {
  const row = await publishedBase(db)
    .select([...summaryColumns, 'articles.body_html', 'articles.plain_text', 'articles.headings_json', 'articles.word_count', 'articles.meta_description', 'articles.cover_caption'])
    .where('articles.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const [summary] = await hydrate(db, [row]);
  const tags = await tagsForArticle(db, row.id);
  let headings: Heading[] = [];
  try {
    headings = JSON.parse(row.headings_json) as Heading[];
  } catch {
    headings = [];
  }
  return { ...summary!, metaDescription: row.meta_description, coverCaption: row.cover_caption, bodyHtml: row.body_html, plainText: row.plain_text, headings, wordCount: row.word_count, tags };
}

/** The published pieces just before (older) and after (newer) this one. */
export async function adjacentPublished(
  db: Executor,
  article: { id: number; publishedAt: string },
): Promise<{ prev?: { slug: string; title: string }; next?: { slug: string; title: string } }> {
  const older = await publishedBase(db)
    .select(['articles.slug', 'articles.title'])
    .where((eb) =>
      eb.or([
        eb('articles.published_at', '<', article.publishedAt),
        eb.and([eb('articles.published_at', '=', article.publishedAt), eb('articles.id', '<', article.id)]),
      ]),
    )
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const newer = await publishedBase(db)
    .select(['articles.slug', 'articles.title'])
    .where((eb) =>
      eb.or([
        eb('articles.published_at', '>', article.publishedAt),
        eb.and([eb('articles.published_at', '=', article.publishedAt), eb('articles.id', '>', article.id)]),
      ]),
    )
    .orderBy('articles.published_at', 'asc')
    .orderBy('articles.id', 'asc')
    .limit(1)
    .executeTakeFirst();
  return { prev: older ?? undefined, next: newer ?? undefined };
}

/**
 * Stored related reading, limited to articles that are still published: pinned picks
 * first, then automatic ones; a hidden row ('never suggest this one here') is not a pick.
 */
export async function relatedForArticle(db: Executor, id: number): Promise<Array<{ slug: string; title: string }>> {
  return db
    .selectFrom('related_articles as r')
    .innerJoin('articles as a', 'a.id', 'r.related_id')
    .select(['a.slug', 'a.title'])
    .where('r.article_id', '=', id)
    .where('r.source', '!=', 'hidden')
    .where('a.status', '=', 'published')
    .where('a.id', '!=', id)
    .orderBy('r.position')
    .orderBy('r.related_id')
    .limit(3)
    .execute();
}

/** Everything the sitemap lists. */
export async function publishedSitemapEntries(db: Executor): Promise<Array<{ slug: string; updatedAt: string }>> {
  const rows = await publishedBase(db)
    .select(['articles.slug', 'articles.updated_at'])
    .orderBy('articles.published_at', 'desc')
    .execute();
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updated_at }));
}

export async function latestPublishedUpdate(db: Executor): Promise<string | undefined> {
  const row = await publishedBase(db).select(sql<string>`max(articles.updated_at)`.as('m')).executeTakeFirst();
  return row?.m ?? undefined;
}

/** Rendered bodies of published articles, for full-content feeds. */
export async function publishedBodies(db: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await publishedBase(db).select(['articles.id', 'articles.body_html']).where('articles.id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.body_html]));
}

/** Ids of the published articles with these slugs, in the order given (unknown slugs are dropped). */
export async function publishedIdsBySlugs(db: Executor, slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await publishedBase(db).select(['articles.id', 'articles.slug']).where('articles.slug', 'in', slugs).execute();
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return slugs.map((s) => bySlug.get(s)).filter((id): id is number => id !== undefined);
}
