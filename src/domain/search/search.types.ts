// Types only, at the bottom of the search module's imports: nothing here imports an
// implementation (the factory is searchIndexFor in search-index.ts), so the providers and
// helpers that import these types form no cycle.
import type { Executor } from '../../db/database.js';

/** What the index stores for one published article. */
export interface SearchDocument {
  id: number;
  title: string;
  dek: string;
  /** plain text, no markup */
  body: string;
  /** author names joined by ", " */
  authors: string;
}

export interface SearchHit {
  id: number;
  /** relevance on the engine's own scale: higher is better, comparable only within one result */
  rank: number;
  /** HTML-escaped text with <mark>…</mark> around matches; safe to insert as is */
  snippetHtml: string;
}

export interface SearchResult {
  /** number of matches, or the cap when `totalCapped` (show it as "1,000+") */
  total: number;
  /** true when there are more matches than `total`: counting stops at a cap to stay fast */
  totalCapped: boolean;
  hits: SearchHit[];
}

export interface SearchPage {
  /** clamped to 1..100 */
  limit: number;
  /** clamped to 0..1,000,000 */
  offset: number;
}

export interface SearchIndex {
  /** Adds or replaces one article. `db` may be a transaction. */
  upsert(db: Executor, doc: SearchDocument): Promise<void>;
  remove(db: Executor, id: number): Promise<void>;
  clear(db: Executor): Promise<void>;
  /**
   * Compacts the index after a bulk load (the `reindex` command): FTS5 merges its segments,
   * which roughly halves query times at 100,000 articles; PostgreSQL refreshes statistics.
   * Takes seconds on a large index; never needed after a single upsert.
   */
  optimize(db: Executor): Promise<void>;
  /** Any user input is accepted; input with nothing to search for returns no hits without a query. */
  search(db: Executor, query: string, opts: SearchPage): Promise<SearchResult>;
}

/** Limits that keep a query fast on a large index; the defaults suit 100,000 articles. */
export interface SearchTuning {
  /** matches counted at most; beyond it `totalCapped` is set (default 1,000) */
  countCap?: number;
  /**
   * when a query matches more articles than this, only this many of the newest matches are
   * ranked, plus the matches in a title, dek or byline (all of them on SQLite, the newest
   * `rankBudget` on PostgreSQL). Defaults: 5,000 on SQLite, 500 on PostgreSQL.
   */
  rankBudget?: number;
}
