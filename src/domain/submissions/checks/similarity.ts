/**
 * Near-duplicate checks against every published article and every other submission: the
 * index hook points (after publish, after a submission is saved, a backfill) and the check
 * itself: LSH candidates from the database, verified on the exact shingles, with the
 * overlapping passages for the side-by-side view.
 */
import type { Db } from '../../../db/database.js';
import type { DomainContext } from '../../context.js';
import { compareTexts, type PassagePair } from './duplicate-check.js';
import { bandKeys, minhashSignature, shingleHashes } from './minhash.js';
import { findSimilarityCandidates, indexSimilarityDocs, removeSimilarityDocs, type IndexedDoc, type SimilarityKind } from './similarity.queries.js';

/** Report a document when at least this share of the manuscript's shingles is in it… */
export const MIN_CONTAINMENT = 0.05;
/** …or when it shares at least this many shingles (a copied paragraph in a long piece). */
export const MIN_SHARED_SHINGLES = 25;
/** How many LSH candidates are verified on their text, most shared bands first. */
export const MAX_VERIFIED = 20;

export interface SimilarText {
  title: string;
  text: string;
  /** where the editor can read it (the article page, the submission's desk page) */
  url: string;
}

/** Loads the texts of candidates of one kind; articles have a built-in loader. */
export type TextLoader = (db: Db, ids: number[]) => Promise<Map<number, SimilarText>>;

export interface NearDuplicate extends SimilarText {
  kind: SimilarityKind;
  docId: number;
  jaccard: number;
  containment: number;
  sharedShingles: number;
  passages: PassagePair[];
}

export function signatureOf(kind: SimilarityKind, docId: number, text: string): IndexedDoc {
  const hashes = shingleHashes(text);
  return { kind, docId, signature: minhashSignature(hashes), shingleCount: hashes.size };
}

export const loadArticleTexts: TextLoader = async (db, ids) => {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'title', 'slug', 'plain_text']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { title: r.title, text: r.plain_text, url: `/${r.slug}/` }]));
};

/** Indexes (or re-indexes) any text under a kind and id: submissions call this on save. */
export async function indexTextForSimilarity(ctx: Pick<DomainContext, 'db' | 'clock'>, kind: SimilarityKind, docId: number, text: string): Promise<void> {
  const doc = signatureOf(kind, docId, text);
  await ctx.db.transaction().execute((trx) => indexSimilarityDocs(trx, [doc], ctx.clock.now().toISOString()));
}

/**
 * The publish hook: a published article is indexed from its body text; an unpublished,
 * trashed or missing one is taken out, so calling it after any status change is right.
 */
export async function indexArticleForSimilarity(ctx: Pick<DomainContext, 'db' | 'clock'>, articleId: number): Promise<void> {
  const row = await ctx.db.selectFrom('articles').select(['status', 'plain_text', 'trashed_at']).where('id', '=', articleId).executeTakeFirst();
  if (!row || row.status !== 'published' || row.trashed_at) {
    await ctx.db.transaction().execute((trx) => removeSimilarityDocs(trx, 'article', [articleId]));
    return;
  }
  await indexTextForSimilarity(ctx, 'article', articleId, row.plain_text);
}

/** Backfill: every published article, in batches of one transaction each. Returns how many. */
export async function indexPublishedArticlesForSimilarity(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  options: { batchSize?: number; log?: (done: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = await ctx.db
      .selectFrom('articles')
      .select(['id', 'plain_text'])
      .where('status', '=', 'published')
      .where('trashed_at', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return done;
    const docs = rows.map((r) => signatureOf('article', r.id, r.plain_text));
    await ctx.db.transaction().execute((trx) => indexSimilarityDocs(trx, docs, ctx.clock.now().toISOString()));
    after = rows[rows.length - 1]!.id;
    done += rows.length;
    options.log?.(done);
  }
}

/**
 * Published articles and other submissions that share text with a manuscript, most
 * overlapping first. `exclude` is the manuscript's own entry in the index; submissions'
 * texts come from `loadSubmissionTexts` (the submissions module owns that table).
 */
export async function findNearDuplicates(
  db: Db,
  text: string,
  options: { exclude?: { kind: SimilarityKind; docId: number }; loadSubmissionTexts?: TextLoader } = {},
): Promise<NearDuplicate[]> {
  const hashes = shingleHashes(text);
  if (hashes.size === 0) return [];
  const keys = bandKeys(minhashSignature(hashes));
  const candidates = await findSimilarityCandidates(db, keys, { limit: MAX_VERIFIED, exclude: options.exclude });
  const loaders: Record<SimilarityKind, TextLoader | undefined> = { article: loadArticleTexts, submission: options.loadSubmissionTexts };
  const found: NearDuplicate[] = [];
  for (const kind of ['article', 'submission'] as const) {
    const ids = candidates.filter((c) => c.kind === kind).map((c) => c.docId);
    const loader = loaders[kind];
    if (ids.length === 0 || !loader) continue;
    const texts = await loader(db, ids);
    for (const id of ids) {
      const other = texts.get(id);
      if (!other) continue;
      const cmp = compareTexts(text, other.text);
      if (cmp.passages.length === 0) continue;
      if (cmp.containment < MIN_CONTAINMENT && cmp.sharedShingles < MIN_SHARED_SHINGLES) continue;
      found.push({ kind, docId: id, ...other, ...cmp });
    }
  }
  return found.sort((a, b) => b.containment - a.containment || a.docId - b.docId);
}
