import type { AuthorRef } from '../authors/authors.js';

export type ArticleStatus = 'draft' | 'scheduled' | 'published' | 'trash';

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
  /** for search engines and link previews; empty means "use the dek" */
  metaDescription: string;
  coverCaption: string;
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
  coverCaption?: string;
  /** the upload behind coverImageUrl, when it is one of ours */
  coverMediaId?: number | null;
  /** defaults to the dek on the page */
  metaDescription?: string;
  /** the account whose draft this is (an author's own piece); set on create only */
  ownerUserId?: number | null;
}
