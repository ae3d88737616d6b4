import { collapse, dateParts, invertedName, slashDate, type CitationMeta } from './citation-meta.js';

// Machine-readable metadata for an article page head: schema.org JSON-LD for
// search engines, and the Highwire-style citation_* tags Google Scholar indexes.

export interface JsonLdMeta extends CitationMeta {
  description: string;
  keywords: string[];
  image?: string;
  /** profile URLs, in the same order as `authors`; missing or empty entries are left out */
  authorUrls: string[];
  publisherName: string;
  publisherUrl: string;
  wordCount?: number;
  section?: string;
}

/**
 * Serialized JSON-LD, safe to place inside <script type="application/ld+json">:
 * `<`, `>` and `&` are written as \u escapes so no "</script>" or "<!--" can
 * appear, and U+2028/U+2029 are escaped for older JavaScript parsers.
 */
export function articleJsonLd(meta: JsonLdMeta): string {
  dateParts(meta.publishedAt); // rejects an invalid date before it reaches a page
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': meta.isResearch ? 'ScholarlyArticle' : 'Article',
    headline: collapse(meta.title),
    description: collapse(meta.description),
    datePublished: meta.publishedAt,
    dateModified: meta.updatedAt ?? meta.publishedAt,
    author: meta.authors.map((a, i) => {
      const url = meta.authorUrls[i];
      return { '@type': 'Person', name: collapse(a.name), ...(url ? { url } : {}) };
    }),
    publisher: { '@type': 'Organization', name: meta.publisherName, url: meta.publisherUrl },
    mainEntityOfPage: { '@type': 'WebPage', '@id': meta.url },
    url: meta.url,
  };
  if (meta.keywords.length > 0) data.keywords = meta.keywords.map(collapse);
  if (meta.image) data.image = meta.image;
  if (meta.section) data.articleSection = meta.section;
  if (meta.wordCount !== undefined) data.wordCount = meta.wordCount;
  return escapeForScript(JSON.stringify(data));
}

export function escapeForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** [name, content] pairs for <meta name="…" content="…">; the page escapes them when rendering. */
export function scholarMetaTags(meta: CitationMeta): Array<[string, string]> {
  const published = slashDate(meta.publishedAt);
  return [
    ['citation_title', collapse(meta.title)],
    ...meta.authors.map((a): [string, string] => ['citation_author', invertedName(a.name)]),
    ['citation_publication_date', published],
    ['citation_online_date', published],
    ['citation_journal_title', collapse(meta.siteName)],
    ['citation_abstract_html_url', meta.url],
    ['citation_fulltext_html_url', meta.url],
  ];
}
