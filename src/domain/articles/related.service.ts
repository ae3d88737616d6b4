import type { Executor } from '../../db/database.js';
import {
  RELATED_LIMIT,
  countDoc,
  editorChoices,
  recomputePicks,
  relatedDocs,
  relatedDocsPage,
  relatedForVector,
  writeAutoPicks,
} from './related/related-incremental.js';
import { CorpusBuilder, relatedForExcluding, type RelatedCorpus, type RelatedHit } from './related/related-reading.js';
import {
  clearTerms,
  insertDocs,
  insertTerms,
  isCounted,
  lockTerms,
  publishedVectors,
  removeCountedDoc,
  setNorm,
  storedNorms,
  termIds,
  writeVector,
} from './related/related-terms.queries.js';

// Related reading ("Also read"): up to three picks per published article. An editor's
// pinned picks (source 'editor') come first and survive every recomputation; hidden
// ones (source 'hidden') are never suggested; automatic picks (source 'auto') fill the
// rest. Publishing recomputes the article's own picks incrementally from the stored
// statistics (tens of milliseconds at 100,000 articles); the full recomputation, which
// also lets older articles pick a new one, runs synchronously on small sites and in
// the background, in slices, on large ones.

export { RELATED_LIMIT };

/** Up to this many published articles, every change recomputes all related reading at once. */
export const SYNC_FULL_LIMIT = 200;
const PAGE = 2000;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The top `limit` automatic picks for one published article against the whole
 * published corpus, from its stored vector: never itself, an unpublished article or an
 * id in `exclude`. Empty when the article is not counted (a draft, or before the first
 * full computation).
 */
export async function relatedForOne(
  db: Executor,
  articleId: number,
  options: { limit?: number; exclude?: readonly number[] } = {},
): Promise<RelatedHit[]> {
  const vector = (await publishedVectors(db, [articleId])).get(articleId);
  if (!vector) return [];
  return relatedForVector(db, articleId, vector, options.limit ?? RELATED_LIMIT, options.exclude ?? []);
}

/**
 * After one article was published, edited, unpublished or trashed: updates the stored
 * statistics for it and its own picks, and replaces the picks of the articles that
 * point at it when it left (or that pinned it, when it came back). One transaction.
 */
export async function refreshRelatedFor(db: Executor, articleId: number): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await lockTerms(tx);
    const [doc] = await relatedDocs(tx, [articleId]);
    let affected: Array<{ article_id: number }>;
    if (doc) {
      await recomputePicks(tx, articleId, await countDoc(tx, doc));
      // Articles that pinned it get their slot back from an automatic pick.
      affected = await tx
        .selectFrom('related_articles')
        .select('article_id')
        .where('related_id', '=', articleId)
        .where('source', '=', 'editor')
        .execute();
    } else {
      await removeCountedDoc(tx, articleId);
      await writeAutoPicks(tx, articleId, [], 0);
      affected = await tx
        .selectFrom('related_articles')
        .select('article_id')
        .where('related_id', '=', articleId)
        .where('source', 'in', ['auto', 'editor'])
        .execute();
    }
    for (const id of new Set(affected.map((r) => r.article_id))) if (id !== articleId) await recomputePicks(tx, id);
  });
}

async function loadCorpus(db: Executor, keepTerms: boolean, yieldBetweenPages: boolean): Promise<RelatedCorpus> {
  const builder = new CorpusBuilder({ keepTerms });
  for (let after = 0; ; ) {
    const page = await relatedDocsPage(db, after, PAGE);
    if (page.length === 0) break;
    for (const doc of page) builder.add(doc);
    after = (page[page.length - 1] as { id: number }).id;
    if (yieldBetweenPages) await pause();
  }
  return builder.finish();
}

/** Every article's automatic picks from `corpus`, pinned and hidden choices honoured. */
async function picksFromCorpus(db: Executor, corpus: RelatedCorpus, ids: readonly number[], yieldEvery = 0) {
  const scratch = new Float64Array(corpus.ids.length);
  const out: Array<{ id: number; hits: RelatedHit[]; first: number }> = [];
  const choiceRows = await db.selectFrom('related_articles').select(['article_id']).where('source', 'in', ['editor', 'hidden']).distinct().execute();
  const curated = new Set(choiceRows.map((r) => r.article_id));
  for (const [k, id] of ids.entries()) {
    if (yieldEvery > 0 && k % yieldEvery === yieldEvery - 1) await pause();
    if (!curated.has(id)) {
      out.push({ id, hits: relatedForExcluding(corpus, id, RELATED_LIMIT, new Set(), scratch), first: 0 });
      continue;
    }
    const choices = await editorChoices(db, id);
    const live = choices.pinned.filter((p) => corpus.indexById.has(p));
    const exclude = new Set([...choices.pinned, ...choices.hidden]);
    out.push({ id, hits: relatedForExcluding(corpus, id, RELATED_LIMIT - live.length, exclude, scratch), first: choices.pinned.length });
  }
  return out;
}

/**
 * The full recomputation (`masthead reindex`, small sites on every change, and the
 * first run on a site whose statistics are missing): rebuilds the stored statistics
 * from every published article and recomputes every article's automatic picks, in one
 * transaction.
 */
export async function refreshRelated(db: Executor): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await lockTerms(tx);
    const corpus = await loadCorpus(tx, true, false);
    await writeStatistics(tx, corpus);
    const picks = await picksFromCorpus(tx, corpus, corpus.ids);
    await tx.deleteFrom('related_articles').where('source', '=', 'auto').execute();
    await insertPicks(tx, picks);
  });
}

async function writeStatistics(tx: Executor, corpus: RelatedCorpus): Promise<void> {
  await clearTerms(tx);
  // Stored ids are the corpus's term ids plus one; df 0 terms never occur here.
  const docTerms = corpus.docTerms ?? [];
  const docTf = corpus.docTf ?? [];
  const sole = new Map<number, { articleId: number; tf: number }>();
  docTerms.forEach((terms, i) =>
    terms.forEach((t, k) => {
      if (corpus.df[t] === 1) sole.set(t, { articleId: corpus.ids[i] as number, tf: (docTf[i] as Float32Array)[k] as number });
    }),
  );
  await insertTerms(
    tx,
    corpus.vocabulary.map((term, t) => ({
      id: t + 1,
      term,
      df: corpus.df[t] as number,
      sole_article_id: sole.get(t)?.articleId ?? null,
      sole_tf: sole.get(t)?.tf ?? null,
    })),
  );
  for (let i = 0; i < corpus.ids.length; i += PAGE) {
    const docs = corpus.ids.slice(i, i + PAGE).map((articleId, k) => {
      const v = corpus.vectors[i + k] as RelatedCorpus['vectors'][number];
      const vector = new Map<number, number>();
      v.terms.forEach((t, j) => vector.set(t + 1, v.weights[j] as number));
      return { articleId, termIds: Array.from(docTerms[i + k] ?? [], (t) => t + 1), norm: corpus.norms[i + k] as number, vector };
    });
    await insertDocs(tx, docs);
  }
}

async function insertPicks(tx: Executor, picks: Array<{ id: number; hits: RelatedHit[]; first: number }>): Promise<void> {
  const rows = picks.flatMap((p) =>
    p.hits.map((h, i) => ({ article_id: p.id, related_id: h.id, position: p.first + i, score: h.score, source: 'auto' })),
  );
  // Chunked so a large site stays under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) await tx.insertInto('related_articles').values(rows.slice(i, i + 500)).execute();
}

/**
 * Recomputes every article's automatic picks without blocking the process: the corpus
 * is read page by page and scored in slices with pauses in between, and the picks are
 * written a page of articles per transaction. The stored statistics are kept up to date
 * by each publish, so they are only rebuilt (`refreshRelated`) when they count a
 * different number of articles than are published (a site upgraded to them).
 */
export async function recomputeAllRelated(db: Executor, options: { rebuildTerms?: boolean } = {}): Promise<void> {
  const counted = await db.selectFrom('related_stats').select('docs').where('id', '=', 1).executeTakeFirst();
  const published = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst();
  if (options.rebuildTerms || Number(counted?.docs ?? 0) !== Number(published?.n ?? 0)) {
    await refreshRelated(db);
    return;
  }
  const corpus = await loadCorpus(db, false, true);
  await rewriteDriftedVectors(db, corpus);
  for (let i = 0; i < corpus.ids.length; i += PAGE) {
    const picks = await picksFromCorpus(db, corpus, corpus.ids.slice(i, i + PAGE), 200);
    await db.transaction().execute(async (tx) => {
      const live = new Set(
        (await tx.selectFrom('articles').select('id').where('status', '=', 'published').where('id', 'in', picks.map((p) => p.id)).execute()).map((r) => r.id),
      );
      for (const p of picks) {
        // An article unpublished meanwhile keeps the empty list its unpublish wrote.
        if (!live.has(p.id)) continue;
        await writeAutoPicks(tx, p.id, p.hits, p.first);
      }
    });
    await pause();
  }
}

/**
 * Stored vectors are weighed when their article is counted; as the corpus grows the
 * weights drift. Those whose norm moved by more than a tenth of a per cent are written
 * again from the fresh corpus, a slice per transaction.
 */
async function rewriteDriftedVectors(db: Executor, corpus: RelatedCorpus): Promise<void> {
  const norms = await storedNorms(db);
  const drifted = corpus.ids.flatMap((id, i) => {
    const stored = norms.get(id);
    const fresh = corpus.norms[i] as number;
    return stored !== undefined && Math.abs(stored - fresh) > 1e-3 * Math.max(fresh, 1e-9) ? [i] : [];
  });
  if (drifted.length === 0) return;
  const ids = await termIds(db);
  for (let i = 0; i < drifted.length; i += 200) {
    await db.transaction().execute(async (tx) => {
      await lockTerms(tx);
      for (const index of drifted.slice(i, i + 200)) {
        const v = corpus.vectors[index] as RelatedCorpus['vectors'][number];
        const vector = new Map<number, number>();
        v.terms.forEach((t, j) => {
          const id = ids.get(corpus.vocabulary[t] as string);
          if (id !== undefined) vector.set(id, v.weights[j] as number);
        });
        const articleId = corpus.ids[index] as number;
        if (!(await isCounted(tx, articleId))) continue;
        await writeVector(tx, articleId, vector);
        await setNorm(tx, articleId, corpus.norms[index] as number);
      }
    });
    await pause();
  }
}

// --- after a change: what the publish path calls -------------------------------------

/** How long the background recomputation waits after the last change (a burst of edits costs one run). */
let backgroundDelayMs = 30_000;
let timer: NodeJS.Timeout | undefined;
let running: Promise<void> | undefined;
let again = false;
let rebuildTerms = false;

/**
 * After an article was published, edited, unpublished, trashed or restored:
 * `refreshRelatedFor` before returning, so the article's own picks (and those pointing
 * at it) are current; then, on a small site, the full recomputation at once, and on a
 * large one the background recomputation a little later, after which caches are told.
 * Without an id (an older caller): the full recomputation, in the background when large.
 */
export async function relatedAfterChange(
  ctx: { db: Executor; events: { emit(c: { kind: 'all' }): void } },
  articleId?: number,
): Promise<void> {
  const row = await ctx.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirst();
  if (Number(row?.n ?? 0) <= SYNC_FULL_LIMIT) {
    await refreshRelated(ctx.db);
    return;
  }
  if (articleId !== undefined) await refreshRelatedFor(ctx.db, articleId);
  // Without an id the change may touch many articles' text (a tag renamed or merged):
  // the background run then rebuilds the statistics too.
  scheduleBackgroundRelated(ctx, { rebuildTerms: articleId === undefined });
}

/** Starts (or postpones) the background recomputation; one runs at a time per process. */
export function scheduleBackgroundRelated(
  ctx: { db: Executor; events: { emit(c: { kind: 'all' }): void } },
  options: { rebuildTerms?: boolean } = {},
): void {
  if (options.rebuildTerms) rebuildTerms = true;
  if (running) {
    again = true;
    return;
  }
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    running = (async () => {
      do {
        again = false;
        const rebuild = rebuildTerms;
        rebuildTerms = false;
        try {
          await recomputeAllRelated(ctx.db, { rebuildTerms: rebuild });
          ctx.events.emit({ kind: 'all' });
        } catch {
          // The next change retries; stale picks are harmless (they only ever point at published pieces).
        }
      } while (again);
    })().finally(() => {
      running = undefined;
    });
  }, backgroundDelayMs);
  // A pending recomputation never keeps a process (a CLI command, a test) alive.
  timer.unref();
}

/**
 * Cancels a pending background recomputation and waits for a running one (graceful
 * shutdown, benchmarks); `delayMs` changes the wait for later ones.
 */
export async function stopBackgroundRelated(options: { delayMs?: number } = {}): Promise<void> {
  if (options.delayMs !== undefined) backgroundDelayMs = options.delayMs;
  if (timer) clearTimeout(timer);
  timer = undefined;
  again = false;
  await running;
}
