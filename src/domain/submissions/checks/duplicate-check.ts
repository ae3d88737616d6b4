/**
 * Verification of a near-duplicate candidate on the exact shingles, and the overlapping
 * passages for a side-by-side view. Pure: both texts in, numbers and passages out.
 *
 * A sentence "overlaps" when at least half of its words lie in a 5-word shingle the other text
 * also has. Consecutive overlapping sentences of the manuscript form one passage, paired with
 * the sentences of the other text that share most shingles with them; a passage is split
 * where the other text's matching sentences jump (reordered paragraphs give several passages).
 */
import { fnv1a, normalizeWords, SHINGLE_WORDS } from './minhash.js';

export interface Sentence {
  text: string;
  /** index of its first word in the text's word list */
  start: number;
  /** number of words */
  length: number;
}

export interface PassagePair {
  /** the manuscript's sentences, joined */
  ours: string;
  /** the other document's matching sentences, in their order */
  theirs: string;
  /** shingles the two passages share */
  sharedShingles: number;
}

export interface Comparison {
  /** |A ∩ B| / |A ∪ B| over distinct shingles */
  jaccard: number;
  /** share of the manuscript's shingles found in the other text */
  containment: number;
  sharedShingles: number;
  passages: PassagePair[];
}

/** Sentences of a text (paragraph breaks also end one), with their word positions. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const parts = text
    .split(/\n\s*\n/u)
    .flatMap((p) => p.split(/(?<=[.!?…][”"’')\]]*)\s+(?=[“"‘'(\[]?[\p{Lu}\p{N}])/u))
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  for (const part of parts) {
    const length = normalizeWords(part).length;
    if (length === 0) continue;
    out.push({ text: part, start, length });
    start += length;
  }
  return out;
}

interface Prepared {
  sentences: Sentence[];
  /** hash of the shingle starting at each word position (shorter tail: none) */
  positions: number[];
  /** word position → sentence index */
  sentenceOf: Int32Array;
}

function prepare(text: string): Prepared {
  const sents = sentences(text);
  const words = sents.flatMap((s) => normalizeWords(s.text));
  const positions: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) positions.push(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const sentenceOf = new Int32Array(words.length);
  sents.forEach((s, idx) => sentenceOf.fill(idx, s.start, s.start + s.length));
  return { sentences: sents, positions, sentenceOf };
}

/** Compare a manuscript with another text; `minSentenceCoverage` decides which sentences count as copied. */
export function compareTexts(manuscript: string, other: string, minSentenceCoverage = 0.5): Comparison {
  const a = prepare(manuscript);
  const b = prepare(other);
  const setA = new Set(a.positions);
  const bSentencesByHash = new Map<number, number[]>();
  b.positions.forEach((h, i) => {
    const list = bSentencesByHash.get(h);
    const s = b.sentenceOf[i]!;
    if (!list) bSentencesByHash.set(h, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  });
  let shared = 0;
  for (const h of setA) if (bSentencesByHash.has(h)) shared++;
  const union = setA.size + bSentencesByHash.size - shared;
  const base = { jaccard: union ? shared / union : 0, containment: setA.size ? shared / setA.size : 0, sharedShingles: shared };
  if (shared === 0) return { ...base, passages: [] };

  // Which of the manuscript's words are covered by a shared shingle, and which sentence of the
  // other text each shared shingle points at.
  const covered = new Uint8Array(a.sentenceOf.length);
  const votes = a.sentences.map(() => new Map<number, number>());
  a.positions.forEach((h, i) => {
    const targets = bSentencesByHash.get(h);
    if (!targets) return;
    covered.fill(1, i, i + SHINGLE_WORDS);
    const tally = votes[a.sentenceOf[i]!]!;
    for (const t of targets) tally.set(t, (tally.get(t) ?? 0) + 1);
  });

  const passages: PassagePair[] = [];
  let run: { ours: number[]; theirs: Set<number>; last: number; shared: number } | null = null;
  const flush = () => {
    if (!run) return;
    passages.push({
      ours: run.ours.map((i) => a.sentences[i]!.text).join(' '),
      theirs: [...run.theirs].sort((x, y) => x - y).map((i) => b.sentences[i]!.text).join(' '),
      sharedShingles: run.shared,
    });
    run = null;
  };
  a.sentences.forEach((s, idx) => {
    let n = 0;
    for (let w = s.start; w < s.start + s.length; w++) n += covered[w]!;
    const tally = votes[idx]!;
    if (n / s.length < minSentenceCoverage || tally.size === 0) {
      flush();
      return;
    }
    let best = -1;
    let bestVotes = 0;
    for (const [t, v] of tally) if (v > bestVotes || (v === bestVotes && t < best)) [best, bestVotes] = [t, v];
    // A passage continues while the other text's matching sentence moves on by 0–2 sentences.
    if (run && (best < run.last || best > run.last + 2)) flush();
    const current: NonNullable<typeof run> = run ?? { ours: [], theirs: new Set<number>(), last: best, shared: 0 };
    current.ours.push(idx);
    current.theirs.add(best);
    current.last = best;
    current.shared += bestVotes;
    run = current;
  });
  flush();
  return { ...base, passages };
}
