import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { COUNT_CAP, cappedTotal, countLimit, emptyResult, normalizePage, positiveSetting, totalFromPage } from './search.paging.js';
import { isEmptyQuery, parseQuery, toFts5 } from './search.query.js';
import { chooseSnippet, cleanDocument, markExcerpt, snippetToHtml } from './search.snippet.js';
import type { SearchDocument, SearchIndex, SearchPage, SearchResult, SearchTuning } from './search.types.js';

// SQLite FTS5 provider. `article_search(title, dek, body, authors)` is an FTS5 table whose
// rowid is the article id (migration 2026-11-28-01). bm25 weights follow the column order:
// a title match counts most, then authors, the dek, and the body.
const RANK = sql<number>`bm25(article_search, 10.0, 4.0, 1.0, 6.0)`;
const SNIPPET_TOKENS = 24;
const RANK_BUDGET = 300;
/** the newest title, dek or byline matches also ranked when a query has more than the budget */
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

async function search(db: Executor, query: string, opts: SearchPage, limits: Required<SearchTuning>): Promise<SearchResult> {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return emptyResult();
  const match = toFts5(parsed);
  const page = normalizePage(opts);
  const want = page.offset + page.limit;

  // bm25 costs about ten microseconds per matching row, so a word found in most of 100,000
  // articles cannot be ranked in full within a page view. FTS5 hands out matches newest
  // first almost for free, so the newest `budget` matches are ranked, plus the newest
  // older ones whose title, dek or byline matches (those rank highest anyway). Below the
  // budget every match is ranked; above it the cost stays flat.
  const budget = Math.max(limits.rankBudget, want);
  const recent = (
    await sql<Scored>`SELECT rowid AS id, ${RANK} AS score FROM article_search
      WHERE article_search MATCH ${match} ORDER BY rowid DESC LIMIT ${budget}`.execute(db)
  ).rows;
  const ranksAll = recent.length < budget;
  let scored = recent;
  if (!ranksAll) {
    const seen = new Set(recent.map((r) => r.id));
    const headline = (
      await sql<Scored>`SELECT rowid AS id, ${RANK} AS score FROM article_search
        WHERE article_search MATCH ${`{title dek authors} : (${match})`}
        ORDER BY rowid DESC LIMIT ${HEAD_CANDIDATES}`.execute(db)
    ).rows.filter((r) => !seen.has(r.id));
    scored = [...recent, ...headline];
  }
  scored = [...scored].sort((a, b) => a.score - b.score || b.id - a.id).slice(0, want);
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

  let total = totalFromPage(page, pageRows.length, ranksAll);
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
    hits: pageRows.map((r) => {
      const s = snippets.get(Number(r.id));
      return {
        id: Number(r.id),
        // bm25 is lower-is-better and negative; flipped so every provider ranks higher-is-better.
        rank: -Number(r.score),
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
