// The contract between HTTP handlers and page components. Handlers build these
// from domain objects; components turn them into HTML and never query anything.
// Fields named `...Html` hold markup that is already safe (sanitized at save time
// or escaped by the builder); every other string is plain text and is escaped
// when rendered.

export interface LinkVM {
  name: string;
  url: string;
}

export interface SiteVM {
  name: string;
  tagline: string;
  /** absolute base URL without trailing slash, e.g. https://example.org */
  url: string;
  disclaimer: string;
  callToSubmit: string;
  /** the masthead navigation */
  categories: LinkVM[];
  /** hashed asset URLs, e.g. /static/site.3f2a9c1b.css */
  assets: { css: string; js: string; fontSerif?: string; deskCss?: string; deskJs?: string };
  year: number;
  /** IANA zone for the dates shown */
  timeZone: string;
  /** version of the site icon, in its URLs (site-icon.ts); absent in hand-built view models */
  iconVersion?: string;
}

export interface PageMeta {
  /** document <title>; the site name is appended by the layout unless it is the home page */
  title: string;
  description: string;
  /** absolute canonical URL */
  canonical: string;
  ogType?: 'website' | 'article' | 'profile';
  image?: string;
  /** pre-serialized JSON-LD; the builder escapes `<` as \u003c so it cannot close the script */
  jsonLd?: string;
  /** extra <meta name="citation_*"> and similar, as [name, content] pairs (escaped when rendered) */
  metaTags?: Array<[string, string]>;
  /** alternate feeds for <link rel="alternate"> */
  feeds?: Array<{ title: string; url: string; type: 'rss' | 'atom' }>;
  noindex?: boolean;
}

export interface AuthorRefVM {
  name: string;
  slug: string;
  url: string;
}

export interface CategoryRefVM {
  name: string;
  slug: string;
  url: string;
}

export interface ArticleCardVM {
  id: number;
  url: string;
  title: string;
  dek: string;
  authors: AuthorRefVM[];
  /** ISO 8601 */
  publishedAt: string;
  /** e.g. "12 March 2026" */
  publishedLabel: string;
  categories: CategoryRefVM[];
  readingMinutes: number;
  coverImage?: { url: string; alt: string };
}

export interface PaginationVM {
  page: number;
  totalPages: number;
  prevUrl?: string;
  nextUrl?: string;
}

export interface HomeVM {
  site: SiteVM;
  meta: PageMeta;
  /** only on page 1 */
  lead?: ArticleCardVM;
  latest: ArticleCardVM[];
  mostRead: Array<{ card: ArticleCardVM; views: number }>;
  pagination: PaginationVM;
}

export interface AuthorBoxVM {
  name: string;
  url: string;
  affiliation: string;
  bioHtml: string;
  photoUrl?: string;
  /** e.g. "AO" for the placeholder when there is no photo */
  initials: string;
  /** "More by Ada Osei" link target (the author archive) */
  moreUrl: string;
}

export interface TocEntryVM {
  id: string;
  text: string;
  depth: number;
}

export interface CitationVM {
  apaHtml: string;
  mlaHtml: string;
  chicagoHtml: string;
  bibtexUrl: string;
  risUrl: string;
}

export interface ArticleVM {
  site: SiteVM;
  meta: PageMeta;
  article: {
    id: number;
    url: string;
    title: string;
    dek: string;
    /** sanitized body with the "Also Read" asides already placed between paragraphs */
    bodyHtml: string;
    /** null when the piece is too short to need one */
    toc: TocEntryVM[] | null;
    readingMinutes: number;
    publishedAt: string;
    publishedLabel: string;
    updatedAt?: string;
    updatedLabel?: string;
    categories: CategoryRefVM[];
    tags: LinkVM[];
    authors: AuthorRefVM[];
    authorBoxes: AuthorBoxVM[];
    /** beaconUrl is set in CDN mode: the page is shared by a cache and the visit is recorded by a beacon */
    views: { total: number; today: number; beaconUrl?: string };
    citation: CitationVM;
    coverImage?: { url: string; alt: string; caption?: string };
    prev?: { title: string; url: string };
    next?: { title: string; url: string };
  };
}

export interface AuthorProfileVM {
  name: string;
  affiliation: string;
  bioHtml: string;
  photoUrl?: string;
  initials: string;
  links: LinkVM[];
}

export interface ArchiveVM {
  site: SiteVM;
  meta: PageMeta;
  kind: 'category' | 'tag' | 'author';
  heading: string;
  description?: string;
  /** only for kind === 'author' */
  author?: AuthorProfileVM;
  items: ArticleCardVM[];
  total: number;
  pagination: PaginationVM;
  feedUrl?: string;
}

export interface SearchResultVM {
  card: ArticleCardVM;
  /** escaped text with <mark> around matches */
  snippetHtml: string;
}

export interface SearchVM {
  site: SiteVM;
  meta: PageMeta;
  query: string;
  results: SearchResultVM[];
  total: number;
  pagination: PaginationVM;
}

export interface MessageVM {
  site: SiteVM;
  meta: PageMeta;
  heading: string;
  message: string;
  /** shown to the reader for server errors so they can quote it */
  errorId?: string;
}

export interface SubmitInfoVM {
  site: SiteVM;
  meta: PageMeta;
}
