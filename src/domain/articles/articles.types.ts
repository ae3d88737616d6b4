import type { AuthorRef } from '../authors/authors.js';

export type ArticleStatus = 'draft' | 'published' | 'unpublished';

export interface CategoryRef {
  id: number;
  slug: string;
  name: string;
}

export interface TagRef {
  id: number;
  slug: string;
  name: string;
}

/** What lists, feeds and cards need. */
export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  dek: string;
  publishedAt: string;
  updatedAt: string;
  readingMinutes: number;
  coverImageUrl: string | null;
  coverAlt: string;
  authors: AuthorRef[];
  categories: CategoryRef[];
}

export interface Heading {
  id: string;
  text: string;
  depth: number;
}

/** A published article with everything its page shows. */
export interface PublishedArticle extends ArticleSummary {
  bodyHtml: string;
  plainText: string;
  headings: Heading[];
  wordCount: number;
  tags: TagRef[];
}

export interface ArticleInput {
  slug?: string;
  title: string;
  dek?: string;
  bodyMarkdown: string;
  authorIds: number[];
  categoryIds: number[];
  tags: string[];
  coverImageUrl?: string | null;
  coverAlt?: string;
}
