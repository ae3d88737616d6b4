import type { SearchPage, SearchResult } from './search.types.js';

export const MAX_LIMIT = 100;
const MAX_OFFSET = 1_000_000;
// Counting every match of a common word over 100,000 articles costs more than the search;
// past this many the page says "1,000+" instead.
export const COUNT_CAP = 1000;

/** A positive integer setting, or the default when unset or nonsense. */
export function positiveSetting(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.trunc(value) : fallback;
}

export function emptyResult(): SearchResult {
  return { total: 0, totalCapped: false, hits: [] };
}

function clampInteger(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

export function normalizePage(page: SearchPage): SearchPage {
  return { limit: clampInteger(page.limit, 1, MAX_LIMIT, 10), offset: clampInteger(page.offset, 0, MAX_OFFSET, 0) };
}

/** How many matches to count at most: the cap, or further when the reader paged beyond it. */
export function countLimit(page: SearchPage, cap = COUNT_CAP): number {
  return Math.max(cap, page.offset + page.limit);
}

/**
 * The total without a count query when the page itself shows where the matches end; null
 * when a count is needed. `ranksAll` says every match was ranked (no rank budget cut), so
 * a short page really is the last one.
 */
export function totalFromPage(page: SearchPage, hitsOnPage: number, ranksAll: boolean): number | null {
  if (!ranksAll) return null;
  if (hitsOnPage > 0 && hitsOnPage < page.limit) return page.offset + hitsOnPage;
  if (hitsOnPage === 0 && page.offset === 0) return 0;
  return null;
}

export function cappedTotal(counted: number, limit: number): Pick<SearchResult, 'total' | 'totalCapped'> {
  return counted > limit ? { total: limit, totalCapped: true } : { total: counted, totalCapped: false };
}
