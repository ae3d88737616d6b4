import { escapeHtml, type Children } from '@kitajs/html';
import { escapeHtml as escapeText } from '../../shared/html.js';
import type { ArticleCardVM, AuthorRefVM, CategoryRefVM, PaginationVM } from './view-models.js';

// Small building blocks shared by the public pages. Every user-provided string
// goes through `safe` or escapeHtml here, so pages can compose them freely.

const countFormat = new Intl.NumberFormat('en-US');

/**
 * Attribute values. @kitajs/html escapes only `"` inside attributes; that is
 * enough to stop a breakout, but reader-supplied text should never appear raw in
 * the markup at all, so every value built from a view model goes through here.
 */
export function attr(value: string): string {
  return escapeText(value);
}

/** Links from user profiles: only web, mail and same-site URLs; anything else (javascript:, data:) becomes inert. */
export function safeHref(url: string): string {
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(trimmed) ? escapeText(trimmed) : '#';
}

/** Narrows a rendered element to its string; the public pages never use async components. */
export function toHtml(el: JSX.Element): string {
  if (typeof el !== 'string') throw new TypeError('public pages render synchronously');
  return el;
}

/** 1265 → "1,265" (Intl is several times slower, and the counter is formatted per page view) */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return countFormat.format(n);
  const digits = String(n);
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return out;
}

/** Joins already-rendered HTML fragments as English prose: "A", "A and B", "A, B and C". */
export function joinHtml(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Plain-text version of joinHtml for names (escaped by the caller). */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function AuthorLinks({ authors }: { authors: AuthorRefVM[] }): JSX.Element {
  const safeLinks = authors.map((a) => (
    <a class="author-link" href={attr(a.url)} safe>
      {a.name}
    </a>
  ));
  return joinHtml(safeLinks.map(toHtml));
}

export function Kicker({ categories }: { categories: CategoryRefVM[] }): JSX.Element {
  if (categories.length === 0) return '';
  return (
    <p class="kicker">
      {categories.map((c, i) => (
        <>
          {i > 0 ? <span aria-hidden="true"> · </span> : ''}
          <a href={attr(c.url)} safe>
            {c.name}
          </a>
        </>
      ))}
    </p>
  );
}

function minutes(n: number): string {
  return `${Math.max(1, Math.round(n))} min read`;
}

export function Time({ iso, label }: { iso: string; label: string }): JSX.Element {
  return (
    <time datetime={attr(iso)} safe>
      {label}
    </time>
  );
}

export interface CardProps {
  card: ArticleCardVM;
  /** heading level of the card title in the page outline */
  level?: 2 | 3;
  variant?: 'card' | 'lead' | 'row';
  /** trusted snippet markup (search results) */
  snippetHtml?: string;
}

export function ArticleCard({ card, level = 3, variant = 'card', snippetHtml }: CardProps): JSX.Element {
  const safeTitleLink = (
    <a href={attr(card.url)} safe>
      {card.title}
    </a>
  );
  const safeSnippet = snippetHtml;
  return (
    <article class={`card card-${variant}`} data-article-id={String(card.id)}>
      {card.coverImage ? (
        <a class="card-image" href={attr(card.url)} tabindex="-1" aria-hidden="true">
          <img src={safeHref(card.coverImage.url)} alt="" loading="lazy" decoding="async" />
        </a>
      ) : (
        ''
      )}
      <Kicker categories={card.categories} />
      {level === 2 ? <h2 class="card-title">{safeTitleLink}</h2> : <h3 class="card-title">{safeTitleLink}</h3>}
      {card.dek ? (
        <p class="card-dek" safe>
          {card.dek}
        </p>
      ) : (
        ''
      )}
      {safeSnippet ? <p class="card-snippet">{safeSnippet}</p> : ''}
      <p class="card-meta">
        {card.authors.length > 0 ? (
          <span class="card-authors">
            By <AuthorLinks authors={card.authors} />
          </span>
        ) : (
          ''
        )}
        <Time iso={card.publishedAt} label={card.publishedLabel} />
        <span class="card-reading" safe>
          {minutes(card.readingMinutes)}
        </span>
      </p>
    </article>
  );
}

export function readingTime(n: number): string {
  return minutes(n);
}

export interface PaginationProps {
  pagination: PaginationVM;
  /** archives run newest first; search results run by relevance, so they say "Previous" and "Next" */
  labels?: { prev: string; next: string };
}

export function Pagination({ pagination, labels = { prev: 'Newer', next: 'Older' } }: PaginationProps): JSX.Element {
  if (pagination.totalPages <= 1) return '';
  return (
    <nav class="pagination" aria-label="Pagination">
      {pagination.prevUrl ? (
        <a class="pagination-prev" rel="prev" href={attr(pagination.prevUrl)}>
          <span aria-hidden="true">← </span>
          <span safe>{labels.prev}</span>
        </a>
      ) : (
        <span class="pagination-prev" aria-hidden="true"></span>
      )}
      <span class="pagination-status">
        Page {pagination.page} of {pagination.totalPages}
      </span>
      {pagination.nextUrl ? (
        <a class="pagination-next" rel="next" href={attr(pagination.nextUrl)}>
          <span safe>{labels.next}</span>
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span class="pagination-next" aria-hidden="true"></span>
      )}
    </nav>
  );
}

export interface AvatarProps {
  name: string;
  photoUrl?: string;
  initials: string;
  size?: 'md' | 'lg';
}

/** A round author photo, or the initials on a tinted disc; decorative when a name sits beside it. */
export function Avatar({ name, photoUrl, initials, size = 'md' }: AvatarProps): JSX.Element {
  if (photoUrl) {
    return <img class={`avatar avatar-${size}`} src={safeHref(photoUrl)} alt={attr(name)} loading="lazy" decoding="async" />;
  }
  return (
    <span class={`avatar avatar-${size} avatar-initials`} aria-hidden="true" safe>
      {initials}
    </span>
  );
}

export function SearchForm({ query = '', id }: { query?: string; id: string }): JSX.Element {
  return (
    <form class="search-form search-form-page" role="search" aria-label="Search the archive" action="/search" method="get">
      <label class="sr-only" for={id}>
        Search terms
      </label>
      <div class="search-form-row">
        <input type="search" id={id} name="q" value={attr(query)} autocomplete="off" />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

export function EmptyState({ title, children }: { title: string; children?: Children }): JSX.Element {
  return (
    <div class="empty-state">
      <p class="empty-state-title">{escapeHtml(title)}</p>
      {children}
    </div>
  );
}
