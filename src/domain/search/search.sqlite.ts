import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { COUNT_CAP, cappedTotal, countLimit, emptyResult, normalizePage, positiveSetting, totalFromPage } from './search.paging.js';
import { isEmptyQuery, parseQuery, toFts5 } from './search.query.js';
import { chooseSnippet, cleanDocument, markExcerpt, snippetToHtml } from './search.snippet.js';
import type { SearchDocument, SearchIndex, SearchPage, SearchResult, SearchTuning } from './search.types.js';

// SQLite FTS5 provider. `article_search(title, dek, body, authors)` is an FTS5 table whose
// rowid is the article id (migration 2026-11-28-01), rebuilt with prefix indexes by
// 2026-11-28-05 so that the word being typed costs about what a whole word does.
// bm25 weights follow the column order: a title match counts most, then authors, the dek,
// and the body.
const RANK = sql<number>`bm25(article_search, 10.0, 4.0, 1.0, 6.0)`;
const SNIPPET_TOKENS = 24;
const RANK_BUDGET = 300;
/** how many title, dek or byline matches older than the budget are ranked too */
const HEAD_CANDIDATES = 60;

async function upsert(db: Executor, doc: SearchDocument): Promise<void> {
  const d = cleanDocument(doc);
  // FTS5 honours OR REPLACE on the rowid, so each statement is one atomic replace.
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

interface Scored {
  id: number;
  score: number;
}

const byRank = (a: Scored, b: Scored): number => a.score - b.score || b.id - a.id;

/**
 * Ranks `newest` (the newest matches, newest first) and, when they are not every match,
 * the newest older matches in a title, dek or byline.
 *
 * bm25 starts by counting the articles that contain each phrase of the query (its IDF):
 * for a common word or a phrase that is most of its cost, milliseconds however few rows are
 * ranked, and it is paid once per statement. So one statement ranks every candidate, all on
 * the same scale: it walks the matches newest first, skips the older ones that are not
 * candidates (bm25 only runs for rows that pass the WHERE clause) and stops at the oldest
 * candidate. The walk is bounded by LIMIT, not by "rowid >= oldest": with a lower rowid
 * bound FTS5 took as long as walking every match.
 */
async function rankCandidates(db: Executor, match: string, newest: number[], ranksAll: boolean): Promise<Scored[]> {
  const cutoff = newest.at(-1);
  if (cutoff === undefined) return [];
  const headline = ranksAll
    ? []
    : (
        await sql<{ id: number }>`SELECT rowid AS id FROM article_search
          WHERE article_search MATCH ${`{title dek authors} : (${match})`} AND rowid < ${cutoff}
          ORDER BY rowid DESC LIMIT ${HEAD_CANDIDATES}`.execute(db)
      ).rows.map((r) => Number(r.id));
  const older = headline.length > 0 ? sql`AND (rowid >= ${cutoff} OR rowid IN (${sql.join(headline)}))` : sql``;
  const { rows } = await sql<Scored>`SELECT rowid AS id, ${RANK} AS score FROM article_search
    WHERE article_search MATCH ${match} ${older}
    ORDER BY rowid DESC LIMIT ${newest.length + headline.length}`.execute(db);
  return rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
}

async function search(db: Executor, query: string, opts: SearchPage, limits: Required<SearchTuning>): Promise<SearchResult> {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return emptyResult();
  const match = toFts5(parsed);
  const page = normalizePage(opts);
  const want = page.offset + page.limit;

  // bm25 costs about two microseconds per ranked row, plus its IDF count (rankCandidates),
  // so a word found in most of 100,000 articles cannot be ranked in full within a page view.
  // FTS5 hands out matches newest first almost for free, so the newest `budget` matches are
  // ranked, plus the newest older ones whose title, dek or byline matches (those rank
  // highest anyway). Below the budget every match is ranked; above it the cost stays flat.
  // The walk for the newest goes on to the count cap, so no separate count is needed.
  const budget = Math.max(limits.rankBudget, want);
  const countTo = countLimit(page, limits.countCap);
  const newest = (
    await sql<{ id: number }>`SELECT rowid AS id FROM article_search
      WHERE article_search MATCH ${match} ORDER BY rowid DESC LIMIT ${Math.max(budget, countTo + 1)}`.execute(db)
  ).rows.map((r) => Number(r.id));
  const ranksAll = newest.length <= budget;
  const scored = (await rankCandidates(db, match, newest.slice(0, budget), ranksAll)).sort(byRank);
  const pageRows = scored.slice(page.offset, want);

  // Snippets only for the page: the stored text is read by rowid (no MATCH, so no re-run
  // of the query per row) and the excerpt is cut and marked here.
  const words = [...parsed.terms, ...parsed.phrases.flat()];
  const snippets = new Map<number, { body: string; dek: string }>();
  if (pageRows.length > 0) {
    const { rows } = await sql<{ id: number; body: string; dek: string }>`
      SELECT rowid AS id, body, dek FROM article_search
      WHERE rowid IN (${sql.join(pageRows.map((r) => r.id))})`.execute(db);
    for (const r of rows) {
      const dek = markExcerpt(r.dek, words, 60);
      // A title- or byline-only match shows the start of the body.
      snippets.set(Number(r.id), { body: markExcerpt(r.body, words, SNIPPET_TOKENS, dek === ''), dek });
    }
  }

  const fromPage = totalFromPage(page, pageRows.length, ranksAll);
  const { total, totalCapped } =
    fromPage === null ? cappedTotal(Math.min(newest.length, countTo + 1), countTo) : { total: fromPage, totalCapped: false };
  return {
    total,
    totalCapped,
    hits: pageRows.map((r) => {
      const s = snippets.get(r.id);
      return {
        id: r.id,
        // bm25 is lower-is-better and negative; flipped so every provider ranks higher-is-better.
        rank: -r.score,
        snippetHtml: snippetToHtml(chooseSnippet(s?.body ?? '', s?.dek ?? '')),
      };
    }),
  };
}

export function createSqliteSearchIndex(tuning: SearchTuning = {}): SearchIndex {
  const limits = {
    countCap: positiveSetting(tuning.countCap, COUNT_CAP),
    rankBudget: positiveSetting(tuning.rankBudget, RANK_BUDGET),
  };
  return { upsert, remove, clear, optimize, search: (db, query, opts) => search(db, query, opts, limits) };
}
