import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { COUNT_CAP, cappedTotal, countLimit, emptyResult, normalizePage, positiveSetting, totalFromPage } from './search.paging.js';
import { isEmptyQuery, parseQuery, toFts5 } from './search.query.js';
import { MARK_END, MARK_START, chooseSnippet, cleanDocument, snippetToHtml } from './search.snippet.js';
import type { SearchDocument, SearchIndex, SearchPage, SearchResult, SearchTuning } from './search.types.js';

// SQLite FTS5 provider. `article_search(title, dek, body, authors)` is an FTS5 table whose
// rowid is the article id (migration 2026-11-28-01). bm25 weights follow the column order:
// a title match counts most, then authors, the dek, and the body.
const RANK = sql<number>`bm25(article_search, 10.0, 4.0, 1.0, 6.0)`;
const SNIPPET_TOKENS = 24;
const RANK_BUDGET = 5000;

interface HitRow {
  id: number;
  score: number;
  body: string | null;
  dek: string | null;
}

async function upsert(db: Executor, doc: SearchDocument): Promise<void> {
  const d = cleanDocument(doc);
  // FTS5 honours OR REPLACE on the rowid: one statement, so it stays atomic outside a transaction.
  await sql`INSERT OR REPLACE INTO article_search (rowid, title, dek, body, authors)
    VALUES (${d.id}, ${d.title}, ${d.dek}, ${d.body}, ${d.authors})`.execute(db);
}

async function remove(db: Executor, id: number): Promise<void> {
  await sql`DELETE FROM article_search WHERE rowid = ${id}`.execute(db);
}

async function clear(db: Executor): Promise<void> {
  await sql`DELETE FROM article_search`.execute(db);
}

async function optimize(db: Executor): Promise<void> {
  await sql`INSERT INTO article_search (article_search) VALUES ('optimize')`.execute(db);
}

async function rankFloor(db: Executor, match: string, budget: number): Promise<number | null> {
  // FTS5 walks matches in rowid order without ranking them, so this is cheap even for 100,000.
  const { rows } = await sql<{ id: number }>`
    SELECT rowid AS id FROM article_search WHERE article_search MATCH ${match}
    ORDER BY rowid DESC LIMIT 1 OFFSET ${budget - 1}`.execute(db);
  return rows[0] ? Number(rows[0].id) : null;
}

async function search(db: Executor, query: string, opts: SearchPage, limits: Required<SearchTuning>): Promise<SearchResult> {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return emptyResult();
  const match = toFts5(parsed);
  const page = normalizePage(opts);

  // bm25 costs about a microsecond per matching row, so a word found in most of 100,000
  // articles would take ~100 ms to rank. Past the budget only the newest matches are
  // ranked, plus every article whose title, dek or byline matches (those rank highest
  // anyway): the top results stay the same and the cost stays flat.
  const floor = await rankFloor(db, match, limits.rankBudget);
  const candidates =
    floor === null
      ? sql``
      : sql`AND (rowid >= ${floor} OR rowid IN (
          SELECT rowid FROM article_search WHERE article_search MATCH ${`{title dek authors} : (${match})`}))`;

  // Rank the candidates but build snippets only for the page: the inner query orders and
  // cuts, the outer one revisits each chosen row by rowid (FTS5 seeks it) to run snippet().
  // CROSS JOIN pins that loop order in SQLite; otherwise it may rescan every match.
  const { rows } = await sql<HitRow>`
    SELECT p.id AS id, p.score AS score,
      snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) AS body,
      highlight(article_search, 1, ${MARK_START}, ${MARK_END}) AS dek
    FROM (
      SELECT rowid AS id, ${RANK} AS score FROM article_search
      WHERE article_search MATCH ${match} ${candidates}
      ORDER BY score, rowid DESC
      LIMIT ${page.limit} OFFSET ${page.offset}
    ) AS p
    CROSS JOIN article_search ON article_search.rowid = p.id
    WHERE article_search MATCH ${match}
    ORDER BY p.score, p.id DESC`.execute(db);

  let total = totalFromPage(page, rows.length, floor === null);
  let totalCapped = false;
  if (total === null) {
    const limit = countLimit(page, limits.countCap);
    const counted = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (
        SELECT 1 FROM article_search WHERE article_search MATCH ${match} LIMIT ${limit + 1}
      )`.execute(db);
    ({ total, totalCapped } = cappedTotal(Number(counted.rows[0]?.n ?? 0), limit));
  }
  return {
    total,
    totalCapped,
    hits: rows.map((r) => ({
      id: Number(r.id),
      // bm25 is lower-is-better and negative; flipped so every provider ranks higher-is-better.
      rank: -Number(r.score),
      snippetHtml: snippetToHtml(chooseSnippet(r.body ?? '', r.dek ?? '')),
    })),
  };
}

export function createSqliteSearchIndex(tuning: SearchTuning = {}): SearchIndex {
  const limits = {
    countCap: positiveSetting(tuning.countCap, COUNT_CAP),
    rankBudget: positiveSetting(tuning.rankBudget, RANK_BUDGET),
  };
  return { upsert, remove, clear, optimize, search: (db, query, opts) => search(db, query, opts, limits) };
}
