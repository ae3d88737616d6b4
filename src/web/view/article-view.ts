import { findAuthorsByIds, initials } from '../../domain/authors/authors.js';
import { adjacentPublished, relatedForArticle } from '../../domain/articles/published.queries.js';
import type { PublishedArticle } from '../../domain/articles/articles.types.js';
import { insertAlsoRead } from '../../domain/articles/content/also-read.js';
import { buildToc } from '../../domain/articles/content/toc.js';
import { formatApa, formatChicago, formatMla } from '../../domain/articles/citation/citation-styles.js';
import { articleJsonLd, scholarMetaTags } from '../../domain/articles/citation/scholarly-meta.js';
import type { CitationMeta } from '../../domain/articles/citation/citation-meta.js';
import type { DomainContext } from '../../domain/context.js';
import { formatDateInZone } from '../../shared/time-zone.js';
import type { ArticleVM } from '../pages/view-models.js';
import { articleUrl, authorUrl, categoryUrl, tagUrl } from './cards.js';
import type { SiteChrome } from './site.js';

export const RESEARCH_CATEGORY = 'research-papers';

export function citationMeta(article: PublishedArticle, siteName: string, absoluteUrl: string): CitationMeta {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    authors: article.authors.map((a) => ({ name: a.name })),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    url: absoluteUrl,
    siteName,
    isResearch: article.categories.some((c) => c.slug === RESEARCH_CATEGORY),
  };
}

export async function buildArticleView(
  ctx: DomainContext,
  chrome: SiteChrome,
  article: PublishedArticle,
  views: ArticleVM['article']['views'],
): Promise<ArticleVM> {
  const site = await chrome.site();
  const url = articleUrl(article.slug);
  const canonical = chrome.absolute(url);
  const [related, authors, adjacent] = await Promise.all([
    relatedForArticle(ctx.db, article.id),
    findAuthorsByIds(ctx.db, article.authors.map((a) => a.id)),
    adjacentPublished(ctx.db, article),
  ]);
  const byId = new Map(authors.map((a) => [a.id, a]));
  const meta = citationMeta(article, site.name, canonical);
  // "Updated" only for a change more than a day after publication, not a same-week typo fix.
  const updatedDiffers = Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > 86_400_000;
  return {
    site,
    meta: {
      title: article.title,
      description: article.metaDescription || article.dek,
      canonical,
      ogType: 'article',
      ...(article.coverImageUrl ? { image: chrome.absolute(article.coverImageUrl) } : {}),
      jsonLd: articleJsonLd({
        ...meta,
        description: article.dek,
        keywords: article.tags.map((t) => t.name),
        authorUrls: article.authors.map((a) => chrome.absolute(authorUrl(a.slug))),
        publisherName: site.name,
        publisherUrl: site.url,
        wordCount: article.wordCount,
        ...(article.categories[0] ? { section: article.categories[0].name } : {}),
        ...(article.coverImageUrl ? { image: chrome.absolute(article.coverImageUrl) } : {}),
      }),
      metaTags: [
        ...scholarMetaTags(meta),
        ['article:published_time', article.publishedAt],
        ['article:modified_time', article.updatedAt],
      ],
    },
    article: {
      id: article.id,
      url,
      title: article.title,
      dek: article.dek,
      bodyHtml: insertAlsoRead(
        article.bodyHtml,
        related.map((r) => ({ title: r.title, url: articleUrl(r.slug) })),
      ),
      toc: buildToc(article.headings, { wordCount: article.wordCount }),
      readingMinutes: article.readingMinutes,
      publishedAt: article.publishedAt,
      publishedLabel: formatDateInZone(article.publishedAt, site.timeZone),
      ...(updatedDiffers ? { updatedAt: article.updatedAt, updatedLabel: formatDateInZone(article.updatedAt, site.timeZone) } : {}),
      categories: article.categories.map((c) => ({ name: c.name, slug: c.slug, url: categoryUrl(c.slug) })),
      tags: article.tags.map((t) => ({ name: t.name, url: tagUrl(t.slug) })),
      authors: article.authors.map((a) => ({ name: a.name, slug: a.slug, url: authorUrl(a.slug) })),
      authorBoxes: article.authors.map((ref) => {
        const a = byId.get(ref.id);
        return {
          name: ref.name,
          url: authorUrl(ref.slug),
          affiliation: a?.affiliation ?? '',
          bioHtml: a?.bioHtml ?? '',
          ...(a?.photoUrl ? { photoUrl: a.photoUrl } : {}),
          initials: initials(ref.name),
          moreUrl: authorUrl(ref.slug),
        };
      }),
      views,
      citation: {
        apaHtml: formatApa(meta).html,
        mlaHtml: formatMla(meta).html,
        chicagoHtml: formatChicago(meta).html,
        bibtexUrl: `${url}cite.bib`,
        risUrl: `${url}cite.ris`,
      },
      ...(article.coverImageUrl ? { coverImage: { url: article.coverImageUrl, alt: article.coverAlt, ...(article.coverCaption ? { caption: article.coverCaption } : {}) } } : {}),
      ...(adjacent.prev ? { prev: { title: adjacent.prev.title, url: articleUrl(adjacent.prev.slug) } } : {}),
      ...(adjacent.next ? { next: { title: adjacent.next.title, url: articleUrl(adjacent.next.slug) } } : {}),
    },
  };
}
