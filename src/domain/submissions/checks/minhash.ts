/**
 * Word shingles, MinHash signatures and LSH band keys: pure, fast 32-bit arithmetic.
 *
 * Text is normalized (lower case, letters and digits only, accents kept) and cut into
 * overlapping 5-word shingles. Each shingle is hashed once (FNV-1a), then re-mixed with 128
 * seeds (murmur3's finalizer): the minimum per seed is the signature. Two texts agree on a
 * signature position with probability equal to the Jaccard similarity of their shingle sets.
 *
 * Banding: 64 bands of 2 rows. A pair becomes a candidate when one band matches entirely,
 * with probability 1 − (1 − s²)⁶⁴: 0.77 at s = 0.15, 0.99 at s = 0.3, 0.00006 at s = 0.001
 * (unrelated prose). Reworded copies keep only a part of their 5-word shingles, so the
 * threshold is set low on purpose; candidates are verified on the exact shingles anyway.
 */

export const SHINGLE_WORDS = 5;
export const NUM_HASHES = 128;
export const BANDS = 64;
export const ROWS = NUM_HASHES / BANDS;

/** Lower-cased words of letters and digits; apostrophes inside words are dropped ("don't" → "dont"). */
export function normalizeWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** 32-bit FNV-1a of a string (UTF-16 code units; fine for hashing, never compared across systems). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finalizer: a cheap, well-mixing permutation of 32-bit integers. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The shingle strings of a word list, in text order (a short text gives one shingle of all its words). */
export function shingles(words: string[], size = SHINGLE_WORDS): string[] {
  if (words.length === 0) return [];
  if (words.length < size) return [words.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}

/** Distinct shingle hashes of a text. */
export function shingleHashes(text: string): Set<number> {
  const set = new Set<number>();
  for (const s of shingles(normalizeWords(text))) set.add(fnv1a(s));
  return set;
}

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = fmix32((x + 0x6d2b79f5) >>> 0);
    seeds[i] = x;
  }
  return seeds;
})();

/** The MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). */
export function minhashSignature(hashes: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = fmix32((h ^ SEEDS[i]!) >>> 0);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Fraction of equal positions: an estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** One key per band: band number and a hash of its rows, short text the database indexes. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32((Math.imul(h, 0x01000193) ^ sig[b * ROWS + r]!) >>> 0);
    keys.push(`${b.toString(36)}.${h.toString(36)}`);
  }
  return keys;
}

/** Signature as fixed-width hex (8 characters per value), for a text column on both engines. */
export function encodeSignature(sig: Uint32Array): string {
  let out = '';
  for (const v of sig) out += v.toString(16).padStart(8, '0');
  return out;
}

export function decodeSignature(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) sig[i] = Number.parseInt(text.slice(i * 8, i * 8 + 8), 16) >>> 0;
  return sig;
}
