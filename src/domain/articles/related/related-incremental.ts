import type { Executor } from '../../../db/database.js';
import {
  MAX_POSTINGS_SCANNED,
  idfOf,
  pruneWeights,
  roundScore,
  termFrequencies,
  type RelatedDoc,
  type RelatedHit,
} from './related-reading.js';
import {
  addCountedDoc,
  addTerms,
  candidateIds,
  countedDocs,
  clearSoleHolder,
  promoteSoleTerms,
  publishedVectors,
  removeCountedDoc,
  setSoleHolder,
  termRows,
  writeVector,
  type StoredVector,
  type TermRow,
} from './related-terms.queries.js';

// One article's related reading against the whole published corpus, from the stored
// statistics: the same TF-IDF weighting, pruning and cosine as the full computation
// (related-reading.ts), with the inverted index read from the database instead of
// built in memory. Cost: one posting scan per term of the article (at most 60 terms ×
// MAX_POSTINGS_SCANNED rows) and the exact re-scoring of a small pool.

export const RELATED_LIMIT = 3;
const CHUNK = 500;

/** Published articles with their tags, as the corpus reads them; ids ascending. */
export async function relatedDocs(db: Executor, ids: readonly number[]): Promise<RelatedDoc[]> {
  const out: RelatedDoc[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'title', 'plain_text'])
      .where('id', 'in', part)
      .where('status', '=', 'published')
      .orderBy('id')
      .execute();
    out.push(...(await withTags(db, rows)));
  }
  return out;
}

/** A page of published articles after `afterId`, for reading the whole corpus without holding it. */
export async function relatedDocsPage(db: Executor, afterId: number, size: number): Promise<RelatedDoc[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'plain_text'])
    .where('status', '=', 'published')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(size)
    .execute();
  return withTags(db, rows);
}

async function withTags(db: Executor, rows: Array<{ id: number; title: string; plain_text: string }>): Promise<RelatedDoc[]> {
  const tags = new Map<number, string[]>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK).map((r) => r.id);
    const tagRows = await db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['at.article_id', 't.name'])
      .where('at.article_id', 'in', part)
      .orderBy('at.article_id')
      .orderBy('t.name')
      .execute();
    for (const t of tagRows) tags.set(t.article_id, [...(tags.get(t.article_id) ?? []), t.name]);
  }
  return rows.map((r) => ({ id: r.id, title: r.title, tags: tags.get(r.id) ?? [], text: r.plain_text }));
}

/**
 * Counts `doc` in the statistics (taking out what it counted before) and stores its
 * pruned vector, weighed with the document frequencies that now include it. Call under
 * `lockTerms`. Returns the vector.
 */
export async function countDoc(tx: Executor, doc: RelatedDoc): Promise<StoredVector> {
  await removeCountedDoc(tx, doc.id);
  const tf = termFrequencies(doc);
  const terms = [...tf.keys()];
  const known = await termRows(tx, terms);
  await addTerms(tx, terms, known, { articleId: doc.id, tf });
  const rows = terms.map((t) => known.get(t) as TermRow);
  const docs = (await countedDocs(tx)) + 1;
  const { kept, norm } = pruneWeights(terms, [...tf.values()], rows.map((r) => r.df + 1), docs);
  const vector: StoredVector = new Map(kept.map((k) => [(rows[k.index] as TermRow).id, k.weight]));
  await addCountedDoc(tx, doc.id, rows.map((r) => r.id), norm);
  await writeVector(tx, doc.id, vector);
  // Terms nobody held: this article holds them alone. Terms one other article held
  // alone: that article now shares them, and gets their postings (its stored vector
  // could not hold them), so this article finds it.
  const alone = terms.flatMap((t, k) => {
    const r = rows[k] as TermRow;
    return r.df === 0 && !r.added ? [{ id: r.id, tf: tf.get(t) as number }] : [];
  });
  await setSoleHolder(tx, doc.id, alone);
  const shared = rows.flatMap((r) => (r.df === 1 && r.sole !== null ? [{ id: r.id, holder: r.sole.articleId, tf: r.sole.tf }] : []));
  await promoteSoleTerms(tx, shared.filter((s) => s.holder !== doc.id), idfOf(docs, 2));
  await clearSoleHolder(tx, shared.filter((s) => s.holder === doc.id).map((s) => s.id));
  return vector;
}

/**
 * The `limit` published articles most similar to `vector`, never `articleId` itself
 * nor any id in `exclude`: candidates from the posting lists, re-scored exactly (the
 * cosine of the stored vectors, rounded as the full computation rounds it), ranked by
 * score, ties to the smaller id.
 */
export async function relatedForVector(
  db: Executor,
  articleId: number,
  vector: StoredVector,
  limit: number,
  exclude: readonly number[] = [],
): Promise<RelatedHit[]> {
  if (limit <= 0 || vector.size === 0) return [];
  const skip = [...new Set([articleId, ...exclude])];
  const pool = await candidateIds(db, vector, skip, Math.max(limit * 5, 20), MAX_POSTINGS_SCANNED);
  const vectors = await publishedVectors(db, pool);
  const hits: RelatedHit[] = [];
  for (const id of pool) {
    const other = vectors.get(id);
    if (other === undefined) continue;
    let sum = 0;
    for (const [term, w] of vector) sum += w * (other.get(term) ?? 0);
    const score = roundScore(sum);
    if (score > 0) hits.push({ id, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}

export interface EditorChoices {
  /** pinned picks in the editor's order */
  pinned: number[];
  hidden: number[];
}

export async function editorChoices(db: Executor, articleId: number): Promise<EditorChoices> {
  const rows = await db
    .selectFrom('related_articles')
    .select(['related_id', 'source'])
    .where('article_id', '=', articleId)
    .where('source', 'in', ['editor', 'hidden'])
    .orderBy('position')
    .orderBy('related_id')
    .execute();
  return {
    pinned: rows.filter((r) => r.source === 'editor').map((r) => r.related_id),
    hidden: rows.filter((r) => r.source === 'hidden').map((r) => r.related_id),
  };
}

async function publishedAmong(db: Executor, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('articles').select('id').where('id', 'in', [...ids]).where('status', '=', 'published').execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Replaces an article's automatic picks: they fill the slots its published pinned
 * picks leave (up to RELATED_LIMIT), never repeat a pinned or hidden one, and an
 * article that is not published has none. `vector` defaults to the stored one.
 */
export async function recomputePicks(tx: Executor, articleId: number, vector?: StoredVector): Promise<RelatedHit[]> {
  const choices = await editorChoices(tx, articleId);
  const livePinned = await publishedAmong(tx, choices.pinned);
  const own = vector ?? (await publishedVectors(tx, [articleId])).get(articleId);
  const slots = RELATED_LIMIT - choices.pinned.filter((id) => livePinned.has(id)).length;
  const hits = own ? await relatedForVector(tx, articleId, own, slots, [...choices.pinned, ...choices.hidden]) : [];
  await writeAutoPicks(tx, articleId, hits, choices.pinned.length);
  return hits;
}

/** Writes automatic picks after the pinned ones (positions from `firstPosition`). */
export async function writeAutoPicks(tx: Executor, articleId: number, hits: readonly RelatedHit[], firstPosition: number): Promise<void> {
  await tx.deleteFrom('related_articles').where('article_id', '=', articleId).where('source', '=', 'auto').execute();
  if (hits.length === 0) return;
  await tx
    .insertInto('related_articles')
    .values(hits.map((h, i) => ({ article_id: articleId, related_id: h.id, position: firstPosition + i, score: h.score, source: 'auto' })))
    .execute();
}
