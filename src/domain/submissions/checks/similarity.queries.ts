/**
 * The near-duplicate index in the database: thin reads and writes over similarity_docs and
 * similarity_bands. The hashing is in minhash.ts; callers open the transaction.
 */
import type { Db } from '../../../db/database.js';
import { bandKeys, decodeSignature, encodeSignature } from './minhash.js';

export type SimilarityKind = 'article' | 'submission';

export interface IndexedDoc {
  kind: SimilarityKind;
  docId: number;
  signature: Uint32Array;
  shingleCount: number;
}

export interface Candidate {
  kind: SimilarityKind;
  docId: number;
  /** how many of the bands matched */
  hits: number;
}

// Keeps each multi-row INSERT under SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_INSERT = 300;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

/** Takes documents out of the index (their band rows found through their stored signatures). */
export async function removeSimilarityDocs(db: Db, kind: SimilarityKind, docIds: number[]): Promise<void> {
  if (docIds.length === 0) return;
  const old = await db.selectFrom('similarity_docs').select(['doc_id', 'signature']).where('kind', '=', kind).where('doc_id', 'in', docIds).execute();
  for (const row of old) {
    await db
      .deleteFrom('similarity_bands')
      .where('band_key', 'in', bandKeys(decodeSignature(row.signature)))
      .where('kind', '=', kind)
      .where('doc_id', '=', row.doc_id)
      .execute();
  }
  await db.deleteFrom('similarity_docs').where('kind', '=', kind).where('doc_id', 'in', docIds).execute();
}

/**
 * Puts documents in the index, replacing what was there for them. Documents without a single
 * shingle (empty text) are only removed: they could match nothing, and would all share bands.
 */
export async function indexSimilarityDocs(db: Db, docs: IndexedDoc[], nowIso: string): Promise<void> {
  const byKind = new Map<SimilarityKind, number[]>();
  for (const d of docs) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d.docId]);
  for (const [kind, ids] of byKind) await removeSimilarityDocs(db, kind, ids);
  const kept = docs.filter((d) => d.shingleCount > 0);
  await insertChunked(
    kept.map((d) => ({ kind: d.kind, doc_id: d.docId, signature: encodeSignature(d.signature), shingle_count: d.shingleCount, updated_at: nowIso })),
    (chunk) => db.insertInto('similarity_docs').values(chunk).execute(),
  );
  await insertChunked(
    kept.flatMap((d) => bandKeys(d.signature).map((band_key) => ({ band_key, kind: d.kind, doc_id: d.docId }))),
    (chunk) => db.insertInto('similarity_bands').values(chunk).onConflict((oc) => oc.doNothing()).execute(),
  );
}

/** Documents sharing at least one band with the given keys, most shared bands first. */
export async function findSimilarityCandidates(
  db: Db,
  keys: string[],
  options: { limit?: number; exclude?: { kind: SimilarityKind; docId: number } } = {},
): Promise<Candidate[]> {
  if (keys.length === 0) return [];
  let q = db
    .selectFrom('similarity_bands')
    .select(['kind', 'doc_id'])
    .select((eb) => eb.fn.countAll().as('hits'))
    .where('band_key', 'in', keys)
    .groupBy(['kind', 'doc_id'])
    .orderBy('hits', 'desc')
    .orderBy('kind')
    .orderBy('doc_id')
    .limit(options.limit ?? 25);
  const ex = options.exclude;
  if (ex) q = q.where((eb) => eb.or([eb('kind', '<>', ex.kind), eb('doc_id', '<>', ex.docId)]));
  const rows = await q.execute();
  return rows.map((r) => ({ kind: r.kind as SimilarityKind, docId: Number(r.doc_id), hits: Number(r.hits) }));
}

/** How many documents of a kind the index holds (for the backfill's report and tests). */
export async function countSimilarityDocs(db: Db, kind: SimilarityKind): Promise<number> {
  const row = await db.selectFrom('similarity_docs').select((eb) => eb.fn.countAll().as('n')).where('kind', '=', kind).executeTakeFirst();
  return Number(row?.n ?? 0);
}
