import { rawWords, tagTerm, termOf } from './text-terms.js';

// Related reading, computed at publish time over every published article: TF-IDF
// cosine similarity with field weights, on vectors pruned to each article's
// strongest terms and matched through an inverted index, so 100,000 articles
// never means 10^10 pairwise comparisons.

export interface RelatedDoc {
  id: number;
  title: string;
  tags: string[];
  /** plain body text */
  text: string;
}

export interface RelatedHit {
  id: number;
  score: number;
}

/** Treat as opaque: built by `buildCorpus`, read by `relatedFor`. */
export interface RelatedCorpus {
  /** article ids in ascending order; a document's index is its position here */
  readonly ids: readonly number[];
  readonly indexById: ReadonlyMap<number, number>;
  /** term id → term (stemmed word, or `tag:` + whole tag) */
  readonly vocabulary: readonly string[];
  /** term id → smoothed inverse document frequency */
  readonly idf: Float64Array;
  /** term id → how many documents hold it */
  readonly df: Int32Array;
  /** per document: the L2 norm its vector's weights were divided by */
  readonly norms: Float64Array;
  /** per document, with `keepTerms`: every term it holds (what it adds to `df`) and their frequencies */
  readonly docTerms?: readonly Int32Array[];
  readonly docTf?: readonly Float32Array[];
  /** per document: pruned, L2-normalized TF-IDF vector, term ids ascending */
  readonly vectors: readonly SparseVector[];
  /** term id → the documents whose pruned vector holds it, heaviest first */
  readonly postings: readonly (Posting | undefined)[];
}

export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface Posting {
  docs: Int32Array;
  weights: Float64Array;
}

export const FIELD_WEIGHTS = { title: 3, tags: 4, body: 1 } as const;
/** Terms kept per document; enough to describe an essay, few enough to scale. */
export const MAX_TERMS_PER_DOC = 60;
/**
 * How far down one term's posting list a lookup reads. Only words shared by
 * thousands of articles have longer lists; their weakest holders add little to
 * any score, and the candidates found are re-scored exactly anyway.
 */
export const MAX_POSTINGS_SCANNED = 2000;
const SCORE_DECIMALS = 1e6;

export function buildCorpus(docs: RelatedDoc[], options: { keepTerms?: boolean } = {}): RelatedCorpus {
  // Sorting first makes term ids, float summation order and ties independent of input order.
  const builder = new CorpusBuilder(options);
  for (const doc of [...docs].sort((a, b) => a.id - b.id)) builder.add(doc);
  return builder.finish();
}

/** Smoothed inverse document frequency, the same everywhere (full and incremental). */
export function idfOf(docs: number, df: number): number {
  return Math.log((1 + docs) / (1 + df)) + 1;
}

/**
 * Builds a corpus from documents added one by one in ascending id order, so a large
 * archive can be read page by page without holding every text at once.
 */
export class CorpusBuilder {
  private readonly ids: number[] = [];
  private readonly table = new TermTable();
  private readonly raw: Array<{ terms: Int32Array; tf: Float32Array }> = [];

  constructor(private readonly options: { keepTerms?: boolean } = {}) {}

  add(doc: RelatedDoc): void {
    const last = this.ids[this.ids.length - 1];
    if (last !== undefined && doc.id <= last) {
      throw new RangeError(doc.id === last ? `related reading: duplicate article id ${doc.id}` : 'related reading: documents must come in ascending id order');
    }
    this.ids.push(doc.id);
    this.raw.push(this.table.weigh(doc));
  }

  finish(): RelatedCorpus {
    const { ids, table, raw } = this;
    const indexById = new Map<number, number>();
    ids.forEach((id, i) => indexById.set(id, i));
    const n = ids.length;
    const df = table.df.slice(0, table.vocabulary.length);
    const idf = new Float64Array(table.vocabulary.length);
    for (let t = 0; t < idf.length; t += 1) idf[t] = idfOf(n, df[t] as number);
    const norms = new Float64Array(n);
    const vectors = raw.map(({ terms, tf }, i) => prune(terms, tf, idf, df, table.vocabulary, norms, i));
    return {
      ids,
      indexById,
      vocabulary: table.vocabulary,
      idf,
      df,
      norms,
      vectors,
      postings: invert(vectors, idf.length),
      ...(this.options.keepTerms ? { docTerms: raw.map((r) => r.terms), docTf: raw.map((r) => r.tf) } : {}),
    };
  }
}

/**
 * Every term of one document with its field-weighted term frequency, exactly as the
 * corpus computes it (to single precision): what the incremental path stores and weighs.
 */
export function termFrequencies(doc: RelatedDoc): Map<string, number> {
  const counts = new Map<string, [number, number, number]>();
  const count = (term: string | null, field: 0 | 1 | 2) => {
    if (term === null) return;
    let c = counts.get(term);
    if (c === undefined) counts.set(term, (c = [0, 0, 0]));
    c[field] += 1;
  };
  for (const w of rawWords(doc.title)) count(termOf(w), 0);
  for (const tag of doc.tags) {
    count(tagTerm(tag), 1);
    for (const w of rawWords(tag)) count(termOf(w), 1);
  }
  for (const w of rawWords(doc.text)) count(termOf(w), 2);
  const out = new Map<string, number>();
  for (const [term, c] of counts) out.set(term, Math.fround(fieldWeighted(c[0], c[1], c[2])));
  return out;
}

function fieldWeighted(title: number, tags: number, body: number): number {
  return FIELD_WEIGHTS.title * sublinear(title) + FIELD_WEIGHTS.tags * sublinear(tags) + FIELD_WEIGHTS.body * sublinear(body);
}

/**
 * The pruned, L2-normalized vector of one document given its term frequencies and the
 * corpus statistics: terms held by one document only are dropped (they can never link
 * two articles), then the MAX_TERMS_PER_DOC heaviest are kept. Ties go to the smaller
 * term in code-unit order, and the norm is summed heaviest first, so the full and the
 * incremental computations give the same vector whatever ids their terms have.
 */
export function pruneWeights(
  terms: readonly string[],
  tf: ArrayLike<number>,
  df: ArrayLike<number>,
  docs: number,
): { kept: Array<{ index: number; weight: number }>; norm: number } {
  const order: number[] = [];
  const weight = new Float64Array(terms.length);
  for (let k = 0; k < terms.length; k += 1) {
    const d = df[k] as number;
    if (d < 2) continue;
    weight[k] = (tf[k] as number) * idfOf(docs, d);
    order.push(k);
  }
  return normalizeTop(order, weight, (a, b) => byTerm(terms[a] as string, terms[b] as string));
}

function byTerm(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalizeTop(
  order: number[],
  weight: Float64Array,
  tie: (a: number, b: number) => number,
): { kept: Array<{ index: number; weight: number }>; norm: number } {
  order.sort((a, b) => (weight[b] as number) - (weight[a] as number) || tie(a, b));
  const top = order.slice(0, MAX_TERMS_PER_DOC);
  let norm = 0;
  for (const k of top) norm += (weight[k] as number) ** 2;
  norm = Math.sqrt(norm);
  return { kept: top.map((k) => ({ index: k, weight: (weight[k] as number) / norm })), norm };
}

// Interns terms and counts them per field. The raw-word → term-id cache is the
// hot path: a 100,000-article archive is some 80 million words but a few hundred
// thousand distinct ones, so each is normalized and stemmed once.
class TermTable {
  readonly vocabulary: string[] = [];
  df: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private readonly byTerm = new Map<string, number>();
  private readonly byRawWord = new Map<string, number>();
  private counts: Int32Array<ArrayBuffer> = new Int32Array(3 * 1024);
  private readonly touched: number[] = [];

  weigh(doc: RelatedDoc): { terms: Int32Array; tf: Float32Array } {
    for (const w of rawWords(doc.title)) this.count(this.wordId(w), 0);
    for (const tag of doc.tags) {
      const whole = tagTerm(tag);
      if (whole !== null) this.count(this.termId(whole), 1);
      for (const w of rawWords(tag)) this.count(this.wordId(w), 1);
    }
    for (const w of rawWords(doc.text)) this.count(this.wordId(w), 2);

    const terms = new Int32Array(this.touched.length);
    const tf = new Float32Array(this.touched.length);
    this.touched.forEach((t, k) => {
      const c = this.counts;
      terms[k] = t;
      tf[k] = fieldWeighted(c[3 * t] as number, c[3 * t + 1] as number, c[3 * t + 2] as number);
      c[3 * t] = c[3 * t + 1] = c[3 * t + 2] = 0;
      this.df[t] = (this.df[t] as number) + 1;
    });
    this.touched.length = 0;
    return { terms, tf };
  }

  private count(term: number, field: 0 | 1 | 2): void {
    if (term < 0) return;
    const base = 3 * term;
    if (this.counts[base] === 0 && this.counts[base + 1] === 0 && this.counts[base + 2] === 0) this.touched.push(term);
    this.counts[base + field] = (this.counts[base + field] as number) + 1;
  }

  private wordId(raw: string): number {
    let id = this.byRawWord.get(raw);
    if (id === undefined) {
      const term = termOf(raw);
      id = term === null ? -1 : this.termId(term);
      this.byRawWord.set(raw, id);
    }
    return id;
  }

  private termId(term: string): number {
    let id = this.byTerm.get(term);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.byTerm.set(term, id);
      this.vocabulary.push(term);
      if (id >= this.df.length) {
        this.df = grow(this.df, this.df.length * 2);
        this.counts = grow(this.counts, this.df.length * 3);
      }
    }
    return id;
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(a);
  return bigger;
}

export interface RelatedOptions {
  /** see MAX_POSTINGS_SCANNED; `Infinity` gives exact results at quadratic cost */
  maxPostingsScanned?: number;
}

export function relatedFor(corpus: RelatedCorpus, id: number, limit = 3, options: RelatedOptions = {}): RelatedHit[] {
  const index = corpus.indexById.get(id);
  if (index === undefined || limit <= 0) return [];
  const cap = options.maxPostingsScanned ?? MAX_POSTINGS_SCANNED;
  return score(corpus, index, limit, cap, new Float64Array(corpus.ids.length));
}

/**
 * `relatedFor` without the ids in `exclude` (an editor's pinned and hidden picks):
 * the best `limit` of the rest. `scratch` (corpus-sized, all zeros) may be reused
 * across calls.
 */
export function relatedForExcluding(
  corpus: RelatedCorpus,
  id: number,
  limit: number,
  exclude: ReadonlySet<number>,
  scratch: Float64Array = new Float64Array(corpus.ids.length),
): RelatedHit[] {
  const index = corpus.indexById.get(id);
  if (index === undefined || limit <= 0) return [];
  return score(corpus, index, limit + exclude.size, MAX_POSTINGS_SCANNED, scratch)
    .filter((h) => !exclude.has(h.id))
    .slice(0, limit);
}

export function computeAllRelated(docs: RelatedDoc[], limit = 3, options: RelatedOptions = {}): Map<number, RelatedHit[]> {
  const corpus = buildCorpus(docs);
  const cap = options.maxPostingsScanned ?? MAX_POSTINGS_SCANNED;
  const scratch = new Float64Array(corpus.ids.length);
  const out = new Map<number, RelatedHit[]>();
  corpus.ids.forEach((id, index) => {
    out.set(id, limit > 0 ? score(corpus, index, limit, cap, scratch) : []);
  });
  return out;
}

function sublinear(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

// Keeps the strongest terms that could link this document to another one: a
// term found in a single document can never contribute to a similarity.
function prune(
  terms: Int32Array,
  tf: Float32Array,
  idf: Float64Array,
  df: Int32Array,
  vocabulary: readonly string[],
  norms: Float64Array,
  doc: number,
): SparseVector {
  const order: number[] = [];
  const weight = new Float64Array(terms.length);
  for (let k = 0; k < terms.length; k += 1) {
    const t = terms[k] as number;
    if ((df[t] as number) < 2) continue;
    weight[k] = (tf[k] as number) * (idf[t] as number);
    order.push(k);
  }
  const { kept, norm } = normalizeTop(order, weight, (a, b) =>
    byTerm(vocabulary[terms[a] as number] as string, vocabulary[terms[b] as number] as string),
  );
  norms[doc] = norm;
  kept.sort((a, b) => (terms[a.index] as number) - (terms[b.index] as number));
  const out: SparseVector = { terms: new Int32Array(kept.length), weights: new Float64Array(kept.length) };
  kept.forEach((k, i) => {
    out.terms[i] = terms[k.index] as number;
    out.weights[i] = k.weight;
  });
  return out;
}

function invert(vectors: readonly SparseVector[], termCount: number): (Posting | undefined)[] {
  const sizes = new Int32Array(termCount);
  for (const v of vectors) for (const t of v.terms) sizes[t] = (sizes[t] as number) + 1;
  const postings: (Posting | undefined)[] = Array.from({ length: termCount }, (_, t) => {
    const size = sizes[t] as number;
    return size > 0 ? { docs: new Int32Array(size), weights: new Float64Array(size) } : undefined;
  });
  const fill = new Int32Array(termCount);
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.terms.length; k += 1) {
      const t = v.terms[k] as number;
      const p = postings[t] as Posting;
      const at = fill[t] as number;
      p.docs[at] = doc;
      p.weights[at] = v.weights[k] as number;
      fill[t] = at + 1;
    }
  });
  for (const p of postings) if (p !== undefined && p.docs.length > 1) sortPosting(p);
  return postings;
}

function sortPosting(p: Posting): void {
  const order = Array.from(p.docs.keys()).sort(
    (a, b) => (p.weights[b] as number) - (p.weights[a] as number) || (p.docs[a] as number) - (p.docs[b] as number),
  );
  const docs = order.map((i) => p.docs[i] as number);
  const weights = order.map((i) => p.weights[i] as number);
  p.docs.set(docs);
  p.weights.set(weights);
}

// Accumulates dot products through the inverted index. When a long posting list
// was cut short the accumulated scores are lower bounds, so a wider pool of
// candidates is re-scored exactly before the final pick.
function score(corpus: RelatedCorpus, index: number, limit: number, cap: number, acc: Float64Array): RelatedHit[] {
  const vector = corpus.vectors[index] as SparseVector;
  const touched: number[] = [];
  let truncated = false;
  for (let k = 0; k < vector.terms.length; k += 1) {
    const posting = corpus.postings[vector.terms[k] as number] as Posting;
    const w = vector.weights[k] as number;
    const end = Math.min(posting.docs.length, cap);
    if (end < posting.docs.length) truncated = true;
    for (let j = 0; j < end; j += 1) {
      const doc = posting.docs[j] as number;
      if (doc === index) continue;
      if (acc[doc] === 0) touched.push(doc);
      acc[doc] = (acc[doc] as number) + w * (posting.weights[j] as number);
    }
  }
  const pool = topK(touched, acc, truncated ? Math.max(limit * 5, 20) : limit);
  for (const doc of touched) acc[doc] = 0;

  const hits = pool.map((c) => ({
    doc: c.doc,
    score: truncated ? round(dot(vector, corpus.vectors[c.doc] as SparseVector)) : c.score,
  }));
  return hits
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, limit)
    .map((h) => ({ id: corpus.ids[h.doc] as number, score: h.score }));
}

/** The k best by rounded score, ties to the smaller index (= smaller id); insertion into a short sorted list. */
function topK(candidates: number[], acc: Float64Array, k: number): Array<{ doc: number; score: number }> {
  const best: Array<{ doc: number; score: number }> = [];
  for (const doc of candidates) {
    const s = round(acc[doc] as number);
    if (s <= 0) continue;
    if (best.length === k) {
      const worst = best[k - 1] as { doc: number; score: number };
      if (s < worst.score || (s === worst.score && doc > worst.doc)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0) {
      const prev = best[at - 1] as { doc: number; score: number };
      if (prev.score > s || (prev.score === s && prev.doc < doc)) break;
      at -= 1;
    }
    best.splice(at, 0, { doc, score: s });
  }
  return best;
}

function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i] as number;
    const tb = b.terms[j] as number;
    if (ta === tb) {
      sum += (a.weights[i] as number) * (b.weights[j] as number);
      i += 1;
      j += 1;
    } else if (ta < tb) i += 1;
    else j += 1;
  }
  return sum;
}

// Six decimals: enough to rank, and equal-looking scores then tie-break by id
// instead of by floating-point noise.
export function roundScore(score: number): number {
  return round(score);
}

function round(score: number): number {
  return Math.round(score * SCORE_DECIMALS) / SCORE_DECIMALS;
}
