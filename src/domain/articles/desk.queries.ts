import type { Executor } from '../../db/database.js';
import { authorsForArticles, type AuthorRef } from '../authors/authors.js';
import type { ArticleSnapshot } from '../versions/snapshot.js';
import type { ArticleStatus, CategoryRef, TagRef } from './articles.types.js';
import { categoriesForArticles, tagsForArticle } from './published.queries.js';

// What the desk reads: every article whatever its status. Public pages never
// come here; they read published.queries.ts.

export interface DeskArticle {
  id: number;
  slug: string;
  title: string;
  dek: string;
  bodyMarkdown: string;
  bodyHtml: string;
  wordCount: number;
  readingMinutes: number;
  metaDescription: string;
  coverImageUrl: string | null;
  coverMediaId: number | null;
  coverAlt: string;
  coverCaption: string;
  status: ArticleStatus;
  publishedAt: string | null;
  publishAt: string | null;
  trashedAt: string | null;
  createdAt: string;
  updatedAt: string;
  ownerUserId: number | null;
  version: number;
  authors: AuthorRef[];
  categories: CategoryRef[];
  tags: TagRef[];
}

export const DESK_STATUSES = ['draft', 'scheduled', 'published', 'trash'] as const;

export async function findDeskArticle(db: Executor, id: number): Promise<DeskArticle | undefined> {
  const r = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  const [authors, categories, tags] = await Promise.all([
    authorsForArticles(db, [id]),
    categoriesForArticles(db, [id]),
    tagsForArticle(db, id),
  ]);
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    dek: r.dek,
    bodyMarkdown: r.body_md,
    bodyHtml: r.body_html,
    wordCount: r.word_count,
    readingMinutes: r.reading_minutes,
    metaDescription: r.meta_description,
    coverImageUrl: r.cover_image_url,
    coverMediaId: r.cover_media_id,
    coverAlt: r.cover_alt,
    coverCaption: r.cover_caption,
    status: r.status as ArticleStatus,
    publishedAt: r.published_at,
    publishAt: r.publish_at,
    trashedAt: r.trashed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ownerUserId: r.owner_user_id,
    version: r.version,
    authors: authors.get(id) ?? [],
    categories: categories.get(id) ?? [],
    tags,
  };
}

export function snapshotOf(a: DeskArticle): ArticleSnapshot {
  return {
    title: a.title,
    slug: a.slug,
    dek: a.dek,
    body: a.bodyMarkdown,
    metaDescription: a.metaDescription,
    coverImageUrl: a.coverImageUrl,
    coverMediaId: a.coverMediaId,
    coverAlt: a.coverAlt,
    coverCaption: a.coverCaption,
    authors: a.authors.map((x) => ({ id: x.id, name: x.name })),
    categories: a.categories.map((x) => ({ id: x.id, name: x.name })),
    tags: a.tags.map((t) => t.name),
    status: a.status,
    publishAt: a.publishAt,
  };
}

export interface DeskListFilter {
  status?: ArticleStatus;
  q?: string;
  categoryId?: number;
  authorId?: number;
  /** only this account's own pieces (an author's view of the desk) */
  ownerUserId?: number;
  /** newest change first (default), newest publication first, or soonest scheduled time first */
  sort?: 'updated' | 'published' | 'go-live';
}

export interface DeskListRow {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  updatedAt: string;
  publishedAt: string | null;
  publishAt: string | null;
  trashedAt: string | null;
  authors: AuthorRef[];
  categories: CategoryRef[];
  visits: number;
}

function listBase(db: Executor, f: DeskListFilter) {
  let q = db.selectFrom('articles');
  // The trash is its own list: "all" means everything that is not in it.
  q = f.status ? q.where('articles.status', '=', f.status) : q.where('articles.status', '!=', 'trash');
  if (f.ownerUserId !== undefined) q = q.where('articles.owner_user_id', '=', f.ownerUserId);
  if (f.categoryId !== undefined) {
    const id = f.categoryId;
    q = q.where('articles.id', 'in', (eb) => eb.selectFrom('article_categories').select('article_id').where('category_id', '=', id));
  }
  if (f.authorId !== undefined) {
    const id = f.authorId;
    q = q.where('articles.id', 'in', (eb) => eb.selectFrom('article_authors').select('article_id').where('author_id', '=', id));
  }
  const text = f.q?.trim().toLowerCase().replace(/[%_\\]/g, '');
  if (text) {
    const like = `%${text}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['articles.title']), 'like', like), eb('articles.slug', 'like', like)]));
  }
  return q;
}

export async function listDeskArticles(
  db: Executor,
  filter: DeskListFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: DeskListRow[] }> {
  const count = await listBase(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  let q = listBase(db, filter).select([
    'articles.id',
    'articles.slug',
    'articles.title',
    'articles.status',
    'articles.updated_at',
    'articles.published_at',
    'articles.publish_at',
    'articles.trashed_at',
  ]);
  // NULLS LAST: PostgreSQL would put never-published drafts first when sorting newest-first.
  q =
    filter.sort === 'published'
      ? q.orderBy('articles.published_at', (ob) => ob.desc().nullsLast()).orderBy('articles.id', 'desc')
      : filter.sort === 'go-live'
        ? q.orderBy('articles.publish_at', (ob) => ob.asc().nullsLast()).orderBy('articles.id', 'asc')
        : q.orderBy('articles.updated_at', 'desc').orderBy('articles.id', 'desc');
  const rows = await q.limit(page.limit).offset(page.offset).execute();
  const ids = rows.map((r) => r.id);
  const [authors, categories, visits] = await Promise.all([
    authorsForArticles(db, ids),
    categoriesForArticles(db, ids),
    ids.length === 0
      ? Promise.resolve([] as Array<{ article_id: number; n: number }>)
      : db
          .selectFrom('visit_days')
          .select((eb) => ['article_id', eb.fn.sum<number>('count').as('n')])
          .where('article_id', 'in', ids)
          .groupBy('article_id')
          .execute(),
  ]);
  const visitsById = new Map(visits.map((v) => [v.article_id, Number(v.n)]));
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status as ArticleStatus,
      updatedAt: r.updated_at,
      publishedAt: r.published_at,
      publishAt: r.publish_at,
      trashedAt: r.trashed_at,
      authors: authors.get(r.id) ?? [],
      categories: categories.get(r.id) ?? [],
      visits: visitsById.get(r.id) ?? 0,
    })),
  };
}

/** Counts per status, for the list's filter tabs and the desk home. */
export async function deskStatusCounts(db: Executor, ownerUserId?: number): Promise<Record<ArticleStatus, number>> {
  let q = db.selectFrom('articles').select((eb) => ['status', eb.fn.countAll<number>().as('n')]).groupBy('status');
  if (ownerUserId !== undefined) q = q.where('owner_user_id', '=', ownerUserId);
  const rows = await q.execute();
  const out: Record<ArticleStatus, number> = { draft: 0, scheduled: 0, published: 0, trash: 0 };
  for (const r of rows) if (r.status in out) out[r.status as ArticleStatus] = Number(r.n);
  return out;
}

/** Every author profile, for the byline choosers. */
export async function authorChoices(db: Executor, limit = 2000): Promise<AuthorRef[]> {
  return db.selectFrom('authors').select(['id', 'slug', 'name']).orderBy('name').orderBy('id').limit(limit).execute();
}
