import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { COUNT_CAP, cappedTotal, countLimit, emptyResult, normalizePage, positiveSetting, totalFromPage } from './search.paging.js';
import { isEmptyQuery, parseQuery, toPgQuery } from './search.query.js';
import { MARK_END, MARK_START, chooseSnippet, cleanDocument, snippetToHtml } from './search.snippet.js';
import type { SearchDocument, SearchIndex, SearchPage, SearchResult, SearchTuning } from './search.types.js';

// PostgreSQL provider. `article_search(article_id, title, dek, body, authors, document)` with
// a GIN index on `document` (migration 2026-11-28-01); `document` is computed here on write.
// Migration 2026-11-28-02 adds `head`, a generated vector of title, byline and dek, indexed.

// A tsvector holds at most 1 MB. Prose never gets near it, but an appendix full of distinct
// numbers could, and publishing must not fail on it: only the first ~40,000 words are indexed.
const MAX_VECTOR_BODY_CHARS = 250_000;
const BODY_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=1, MaxWords=30, MinWords=12`;
const DEK_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
// Detoasting is the cost (see search()); 1,000 candidates rank in about 20–50 ms.
const RANK_BUDGET = 500;

interface HitRow {
  id: number;
  rank: number;
  body: string | null;
  dek: string | null;
  /** 1-based position of the excerpt in the body; 0 when not found */
  at: number | null;
  /** body length in characters */
  len: number | null;
}

/**
 * The parser reads "<word …>" as an HTML tag and skips it, which in plain text can swallow
 * real words ("x<y and b>c"); indexed text is plain, so a "<" is only ever a character.
 */
function vectorText(text: string, maxChars = Number.POSITIVE_INFINITY): string {
  return (text.length > maxChars ? text.slice(0, maxChars) : text).replaceAll('<', ' ');
}

async function upsert(db: Executor, doc: SearchDocument): Promise<void> {
  const d = cleanDocument(doc);
  await sql`INSERT INTO article_search (article_id, title, dek, body, authors, document)
    VALUES (${d.id}, ${d.title}, ${d.dek}, ${d.body}, ${d.authors},
      setweight(to_tsvector('english', ${vectorText(d.title)}::text), 'A') ||
      setweight(to_tsvector('english', ${vectorText(d.authors)}::text), 'A') ||
      setweight(to_tsvector('english', ${vectorText(d.dek)}::text), 'B') ||
      setweight(to_tsvector('english', ${vectorText(d.body, MAX_VECTOR_BODY_CHARS)}::text), 'C'))
    ON CONFLICT (article_id) DO UPDATE SET
      title = EXCLUDED.title, dek = EXCLUDED.dek, body = EXCLUDED.body,
      authors = EXCLUDED.authors, document = EXCLUDED.document`.execute(db);
}

async function remove(db: Executor, id: number): Promise<void> {
  await sql`DELETE FROM article_search WHERE article_id = ${id}`.execute(db);
}

async function clear(db: Executor): Promise<void> {
  await sql`DELETE FROM article_search`.execute(db);
}

async function optimize(db: Executor): Promise<void> {
  // The GIN index maintains itself; after a bulk load the planner needs fresh statistics.
  await sql`ANALYZE article_search`.execute(db);
}

/** Adds "…" where the excerpt does not reach the start or the end of the body, as FTS5 does. */
function withEllipses(row: HitRow, excerpt: string): string {
  if (!row.at || !row.len || excerpt !== row.body) return excerpt;
  const plainLength = Array.from(excerpt.replace(/[\u0002\u0003]/g, '')).length;
  // ts_headline stops at a word, so a closing full stop may be left out of a complete body.
  const reachesEnd = row.at - 1 + plainLength >= row.len - 2;
  return `${row.at > 1 ? '…' : ''}${excerpt}${reachesEnd ? '' : '…'}`;
}

async function search(db: Executor, query: string, opts: SearchPage, limits: Required<SearchTuning>): Promise<SearchResult> {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return emptyResult();
  const { match, exclude } = toPgQuery(parsed);
  const page = normalizePage(opts);

  // Inlined each time (not a CTE) so the planner sees a constant and can use the GIN indexes.
  const q = sql`to_tsquery('english', ${match}::text)`;
  const excluded = exclude ? sql`AND NOT (s.document @@ to_tsquery('english', ${exclude}::text))` : sql``;

  // ts_rank_cd must read (detoast) each article's whole `document`: ~20 µs a row, seconds for
  // a word in most of 100,000 articles. So only candidates are ranked: the newest matches and
  // the newest whose title, byline or dek (`head`, migration 02) match, `rankBudget` of each.
  // Below the budget that is every match. ANY(ARRAY(…)) makes the ranking step look rows up
  // by primary key instead of scanning the table. ts_headline re-parses the text, so it runs
  // only for the page (OFFSET 0 keeps the planner from inlining the lateral and computing
  // each headline twice). Its parser drops anything that looks like an HTML tag, so "<" is
  // swapped for chr(1) (never in indexed text) and back.
  const { rows } = await sql<HitRow>`
    WITH newest AS MATERIALIZED (
      SELECT article_id FROM article_search s WHERE s.document @@ ${q}
      ORDER BY article_id DESC LIMIT ${limits.rankBudget}
    ), headline AS MATERIALIZED (
      SELECT article_id FROM article_search s WHERE s.head @@ ${q}
      ORDER BY article_id DESC LIMIT ${limits.rankBudget}
    ), ranked AS MATERIALIZED (
      SELECT s.article_id AS id, ts_rank_cd(s.document, ${q}) AS rank
      FROM article_search s
      WHERE s.article_id = ANY(ARRAY(SELECT article_id FROM newest UNION SELECT article_id FROM headline))
        AND s.document @@ ${q} ${excluded}
      ORDER BY rank DESC, s.article_id DESC
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT p.id, p.rank, h.body, h.dek,
      strpos(s.body, translate(h.body, ${MARK_START + MARK_END}, '')) AS at,
      length(s.body) AS len
    FROM ranked p
    JOIN article_search s ON s.article_id = p.id
    CROSS JOIN LATERAL (
      SELECT replace(ts_headline('english', replace(s.body, '<', chr(1)), ${q}, ${BODY_HEADLINE}), chr(1), '<') AS body,
        replace(ts_headline('english', replace(s.dek, '<', chr(1)), ${q}, ${DEK_HEADLINE}), chr(1), '<') AS dek
      OFFSET 0
    ) AS h
    ORDER BY p.rank DESC, p.id DESC`.execute(db);

  // Without exclusions, fewer ranked rows than the budget means `newest` held every match.
  const ranksAll = exclude === null && page.offset + rows.length < limits.rankBudget;
  let total = totalFromPage(page, rows.length, ranksAll);
  let totalCapped = false;
  if (total === null) {
    const limit = countLimit(page, limits.countCap);
    const counted = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (
        SELECT 1 FROM article_search s WHERE s.document @@ ${q} ${excluded} LIMIT ${limit + 1}
      ) AS m`.execute(db);
    ({ total, totalCapped } = cappedTotal(Number(counted.rows[0]?.n ?? 0), limit));
  }
  return {
    total,
    totalCapped,
    hits: rows.map((r) => {
      const excerpt = chooseSnippet(r.body ?? '', r.dek ?? '');
      return { id: Number(r.id), rank: Number(r.rank), snippetHtml: snippetToHtml(withEllipses(r, excerpt)) };
    }),
  };
}

export function createPostgresSearchIndex(tuning: SearchTuning = {}): SearchIndex {
  const limits = {
    countCap: positiveSetting(tuning.countCap, COUNT_CAP),
    rankBudget: positiveSetting(tuning.rankBudget, RANK_BUDGET),
  };
  return { upsert, remove, clear, optimize, search: (db, query, opts) => search(db, query, opts, limits) };
}
