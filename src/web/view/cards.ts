import type { ArticleSummary } from '../../domain/articles/articles.types.js';
import { formatDateInZone } from '../../shared/time-zone.js';
import type { ArticleCardVM, PaginationVM } from '../pages/view-models.js';

export const articleUrl = (slug: string): string => `/${slug}/`;
export const authorUrl = (slug: string): string => `/author/${slug}/`;
export const categoryUrl = (slug: string): string => `/category/${slug}/`;
export const tagUrl = (slug: string): string => `/tag/${slug}/`;

/** A card for lists; dates in the site's time zone. */
export function toCard(a: ArticleSummary, timeZone = 'UTC'): ArticleCardVM {
  return {
    id: a.id,
    url: articleUrl(a.slug),
    title: a.title,
    dek: a.dek,
    authors: a.authors.map((p) => ({ name: p.name, slug: p.slug, url: authorUrl(p.slug) })),
    publishedAt: a.publishedAt,
    publishedLabel: formatDateInZone(a.publishedAt, timeZone),
    categories: a.categories.map((c) => ({ name: c.name, slug: c.slug, url: categoryUrl(c.slug) })),
    readingMinutes: a.readingMinutes,
    ...(a.coverImageUrl ? { coverImage: { url: a.coverImageUrl, alt: a.coverAlt } } : {}),
  };
}

/** Pagination links that keep the other query parameters (e.g. the search query). */
export function paginate(
  basePath: string,
  page: number,
  total: number,
  perPage: number,
  params: Record<string, string> = {},
): PaginationVM {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const link = (n: number): string => {
    const qs = new URLSearchParams(params);
    if (n > 1) qs.set('page', String(n));
    const s = qs.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  return {
    page,
    totalPages,
    ...(page > 1 ? { prevUrl: link(page - 1) } : {}),
    ...(page < totalPages ? { nextUrl: link(page + 1) } : {}),
  };
}
