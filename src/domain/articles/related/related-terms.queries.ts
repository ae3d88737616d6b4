import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';

// The stored corpus statistics of related reading (migration 2026-12-03-07): terms with
// their document frequency, each counted article's term set, and each published
// article's pruned vector, whose rows double as posting lists. Every writer calls
// `lockTerms` first, inside its transaction.

/** A pruned vector as stored: term ids with normalized weights. */
export type StoredVector = Map<number, number>;

// Well under SQLite's bound-parameter limit and PostgreSQL's, and short statements.
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const encodeTermIds = (ids: readonly number[]): string => ids.map((id) => id.toString(36)).join(' ');
export const decodeTermIds = (text: string): number[] => (text === '' ? [] : text.split(' ').map((s) => parseInt(s, 36)));

/**
 * Serializes writers of the term tables (a row lock on PostgreSQL; SQLite has one
 * writer anyway) and returns how many articles the statistics count.
 */
export async function lockTerms(tx: Executor): Promise<number> {
  await tx.updateTable('related_stats').set((eb) => ({ docs: eb.ref('docs') })).where('id', '=', 1).execute();
  return countedDocs(tx);
}

export async function countedDocs(db: Executor): Promise<number> {
  const row = await db.selectFrom('related_stats').select('docs').where('id', '=', 1).executeTakeFirst();
  return Number(row?.docs ?? 0);
}

async function addToDocs(tx: Executor, delta: number): Promise<void> {
  await tx.updateTable('related_stats').set((eb) => ({ docs: eb('docs', '+', delta) })).where('id', '=', 1).execute();
}

export interface TermRow {
  id: number;
  df: number;
  /** for a term held by one article: that article and its term frequency */
  sole: { articleId: number; tf: number } | null;
  /** added just now, with `df` 0 */
  added?: boolean;
}

/** The stored rows of the terms that exist; missing ones are absent. */
export async function termRows(db: Executor, terms: readonly string[]): Promise<Map<string, TermRow>> {
  const out = new Map<string, TermRow>();
  for (const part of chunks(terms)) {
    const rows = await db.selectFrom('related_terms').select(['id', 'term', 'df', 'sole_article_id', 'sole_tf']).where('term', 'in', part).execute();
    for (const r of rows) {
      const sole = r.sole_article_id === null ? null : { articleId: r.sole_article_id, tf: Number(r.sole_tf ?? 0) };
      out.set(r.term, { id: r.id, df: Number(r.df), sole });
    }
  }
  return out;
}

/**
 * Adds the terms not yet known (df 0), each with `holder` as its sole holder; ids
 * follow the largest one. Call under `lockTerms`.
 */
export async function addTerms(
  tx: Executor,
  terms: readonly string[],
  known: Map<string, TermRow>,
  holder: { articleId: number; tf: ReadonlyMap<string, number> },
): Promise<void> {
  const missing = terms.filter((t) => !known.has(t));
  if (missing.length === 0) return;
  const max = await tx.selectFrom('related_terms').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
  let next = Number(max?.m ?? 0) + 1;
  const rows = missing.map((term) => ({ id: next++, term, df: 0, sole_article_id: holder.articleId, sole_tf: holder.tf.get(term) ?? 0 }));
  for (const part of chunks(rows)) await tx.insertInto('related_terms').values(part).execute();
  for (const r of rows) known.set(r.term, { id: r.id, df: 0, sole: null, added: true });
}

/** Makes `articleId` the sole holder of terms that had no holder left (df 0 before it). */
export async function setSoleHolder(tx: Executor, articleId: number, terms: Array<{ id: number; tf: number }>): Promise<void> {
  for (const t of terms) {
    await tx.updateTable('related_terms').set({ sole_article_id: articleId, sole_tf: t.tf }).where('id', '=', t.id).execute();
  }
}

/**
 * Terms a second article now shares with their sole holder: the holder gets their
 * postings so the new article finds it. Weighing its whole vector again costs a read
 * of its text; instead each new term is weighed as if added to the stored vector
 * (tf × idf over the norm grown by it), the other weights are left as they were, and
 * the grown norm is stored. The background recomputation writes the exact vector.
 */
export async function promoteSoleTerms(tx: Executor, shared: Array<{ id: number; holder: number; tf: number }>, idf: number): Promise<void> {
  if (shared.length === 0) return;
  const byHolder = new Map<number, Array<{ id: number; raw: number }>>();
  for (const s of shared) byHolder.set(s.holder, [...(byHolder.get(s.holder) ?? []), { id: s.id, raw: s.tf * idf }]);
  const norms = new Map<number, number>();
  for (const part of chunks([...byHolder.keys()])) {
    const rows = await tx.selectFrom('related_docs').select(['article_id', 'norm']).where('article_id', 'in', part).execute();
    for (const r of rows) norms.set(r.article_id, Number(r.norm));
  }
  const postings: Array<{ article_id: number; term_id: number; weight: number }> = [];
  for (const [holder, terms] of byHolder) {
    const before = norms.get(holder);
    if (before === undefined) continue; // not counted (any more): nothing to find
    const after = Math.sqrt(before ** 2 + terms.reduce((sum, t) => sum + t.raw ** 2, 0));
    if (!(after > 0)) continue;
    for (const t of terms) postings.push({ article_id: holder, term_id: t.id, weight: t.raw / after });
    await setNorm(tx, holder, after);
  }
  for (const part of chunks(postings)) {
    await tx.insertInto('related_vectors').values(part).onConflict((oc) => oc.columns(['article_id', 'term_id']).doNothing()).execute();
  }
  await clearSoleHolder(tx, shared.map((s) => s.id));
}

/** Terms that are no longer held by one article alone forget their holder. */
export async function clearSoleHolder(tx: Executor, termIds: readonly number[]): Promise<void> {
  for (const part of chunks(termIds)) {
    await tx.updateTable('related_terms').set({ sole_article_id: null, sole_tf: null }).where('id', 'in', part).execute();
  }
}

export async function setNorm(tx: Executor, articleId: number, norm: number): Promise<void> {
  await tx.updateTable('related_docs').set({ norm }).where('article_id', '=', articleId).execute();
}

/** Stored norms of every counted article, for finding vectors that drifted. */
export async function storedNorms(db: Executor): Promise<Map<number, number>> {
  const rows = await db.selectFrom('related_docs').select(['article_id', 'norm']).execute();
  return new Map(rows.map((r) => [r.article_id, Number(r.norm)]));
}

export async function isCounted(db: Executor, articleId: number): Promise<boolean> {
  return (await db.selectFrom('related_docs').select('article_id').where('article_id', '=', articleId).executeTakeFirst()) !== undefined;
}

/** term → stored id, for the whole vocabulary. */
export async function termIds(db: Executor): Promise<Map<string, number>> {
  const rows = await db.selectFrom('related_terms').select(['id', 'term']).execute();
  return new Map(rows.map((r) => [r.term, r.id]));
}

async function adjustDf(tx: Executor, ids: readonly number[], delta: 1 | -1): Promise<void> {
  for (const part of chunks([...ids].sort((a, b) => a - b))) {
    await tx.updateTable('related_terms').set((eb) => ({ df: eb('df', '+', delta) })).where('id', 'in', part).execute();
  }
}

/** Takes an article out of the statistics; false when it was not counted. Call under `lockTerms`. */
export async function removeCountedDoc(tx: Executor, articleId: number): Promise<boolean> {
  const row = await tx.selectFrom('related_docs').select('terms').where('article_id', '=', articleId).executeTakeFirst();
  await tx.deleteFrom('related_vectors').where('article_id', '=', articleId).execute();
  if (!row) return false;
  const ids = decodeTermIds(row.terms);
  await adjustDf(tx, ids, -1);
  // A term nobody holds any more has no sole holder either. (One left with a single
  // holder does not know which: that article's posting for it stays as it was.)
  for (const part of chunks(ids)) {
    await tx.updateTable('related_terms').set({ sole_article_id: null, sole_tf: null }).where('id', 'in', part).where('df', '=', 0).execute();
  }
  await tx.deleteFrom('related_docs').where('article_id', '=', articleId).execute();
  await addToDocs(tx, -1);
  return true;
}

/** Counts an article's terms in the document frequencies. Call under `lockTerms`, after `removeCountedDoc`. */
export async function addCountedDoc(tx: Executor, articleId: number, termIds: readonly number[], norm: number): Promise<void> {
  await adjustDf(tx, termIds, 1);
  await tx.insertInto('related_docs').values({ article_id: articleId, terms: encodeTermIds(termIds), norm }).execute();
  await addToDocs(tx, 1);
}

export async function writeVector(tx: Executor, articleId: number, vector: StoredVector): Promise<void> {
  await tx.deleteFrom('related_vectors').where('article_id', '=', articleId).execute();
  const rows = [...vector].map(([term_id, weight]) => ({ article_id: articleId, term_id, weight }));
  for (const part of chunks(rows)) await tx.insertInto('related_vectors').values(part).execute();
}

/** The stored vectors of those of `ids` that are published, by article id. */
export async function publishedVectors(db: Executor, ids: readonly number[]): Promise<Map<number, StoredVector>> {
  const out = new Map<number, StoredVector>();
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom('related_vectors as v')
      .innerJoin('articles as a', 'a.id', 'v.article_id')
      .select(['v.article_id', 'v.term_id', 'v.weight'])
      .where('v.article_id', 'in', part)
      .where('a.status', '=', 'published')
      .execute();
    for (const r of rows) {
      let v = out.get(r.article_id);
      if (v === undefined) out.set(r.article_id, (v = new Map()));
      v.set(r.term_id, Number(r.weight));
    }
  }
  return out;
}

/**
 * Candidate articles for a vector: the same accumulation the in-memory index does, in
 * one statement. Each of the vector's terms reads at most `perTerm` postings, heaviest
 * first; the sums rank the candidates, which the caller re-scores exactly.
 */
export async function candidateIds(
  db: Executor,
  vector: StoredVector,
  exclude: readonly number[],
  pool: number,
  perTerm: number,
): Promise<number[]> {
  if (vector.size === 0) return [];
  const branches = [...vector].map(
    ([termId, weight]) =>
      sql`SELECT p.article_id, p.weight * ${weight} AS w FROM (SELECT article_id, weight FROM related_vectors WHERE term_id = ${termId} ORDER BY weight DESC, article_id LIMIT ${perTerm}) AS p`,
  );
  const excluded = exclude.length > 0 ? sql`WHERE u.article_id NOT IN (${sql.join(exclude)})` : sql``;
  const result = await sql<{ article_id: number; s: number }>`SELECT u.article_id, SUM(u.w) AS s FROM (${sql.join(branches, sql` UNION ALL `)}) AS u ${excluded}
    GROUP BY u.article_id ORDER BY s DESC, u.article_id LIMIT ${pool}`.execute(db);
  return result.rows.map((r) => Number(r.article_id));
}

/** Empties the statistics (a full rebuild follows). Call under `lockTerms`. */
export async function clearTerms(tx: Executor): Promise<void> {
  await tx.deleteFrom('related_vectors').execute();
  await tx.deleteFrom('related_docs').execute();
  await tx.deleteFrom('related_terms').execute();
  await tx.updateTable('related_stats').set({ docs: 0 }).where('id', '=', 1).execute();
}

/** Bulk load after `clearTerms`: terms with their df, then each document's term set and vector. */
export async function insertTerms(
  tx: Executor,
  rows: Array<{ id: number; term: string; df: number; sole_article_id: number | null; sole_tf: number | null }>,
): Promise<void> {
  for (const part of chunks(rows)) await tx.insertInto('related_terms').values(part).execute();
}

export async function insertDocs(
  tx: Executor,
  docs: Array<{ articleId: number; termIds: readonly number[]; norm: number; vector: StoredVector }>,
): Promise<void> {
  for (const part of chunks(docs, 100)) {
    await tx
      .insertInto('related_docs')
      .values(part.map((d) => ({ article_id: d.articleId, terms: encodeTermIds(d.termIds), norm: d.norm })))
      .execute();
  }
  const rows = docs.flatMap((d) => [...d.vector].map(([term_id, weight]) => ({ article_id: d.articleId, term_id, weight })));
  for (const part of chunks(rows)) await tx.insertInto('related_vectors').values(part).execute();
  await addToDocs(tx, docs.length);
}
