import type { RelatedDoc } from '../../../../src/domain/articles/related/related-reading.js';

// A deterministic stand-in for a large archive: pseudo-words drawn from a Zipf
// distribution (as in real prose), function words mixed in, and each article
// leaning on one of a few dozen topics so related reading has something to find.

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'su', 'tav', 'or', 'bel', 'dri', 'fen', 'gu', 'hal', 'ix', 'jor', 'nev', 'pla',
  'quo', 'sta', 'tem', 'ul', 'vor', 'wen', 'yab', 'zet'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'that', 'is', 'for', 'it', 'as', 'with', 'was', 'on', 'by',
  'this', 'are', 'but', 'not', 'from', 'or', 'have', 'an', 'they', 'which', 'their', 'has', 'been', 'would', 'more'];

export interface SyntheticOptions {
  docs: number;
  wordsPerDoc?: number;
  topics?: number;
  vocabulary?: number;
  seed?: number;
}

export function syntheticCorpus(options: SyntheticOptions): RelatedDoc[] {
  const { docs, wordsPerDoc = 800, topics = 40, vocabulary = 30_000, seed = 1 } = options;
  const random = mulberry32(seed);
  const words = Array.from({ length: vocabulary }, (_, i) => pseudoWord(i));
  const global = zipfSampler(vocabulary, 1.05, random);
  const topicWords = Array.from({ length: topics }, () => Array.from({ length: 250 }, () => words[Math.floor(random() * vocabulary)] as string));
  const inTopic = zipfSampler(250, 1.0, random);
  const fn = (): string => FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] as string;

  return Array.from({ length: docs }, (_, i) => {
    const topic = topicWords[Math.floor(random() * topics)] as string[];
    const pick = (): string => (random() < 0.25 ? topic[inTopic()] : words[global()]) as string;
    const body: string[] = [];
    for (let w = 0; w < wordsPerDoc; w += 1) body.push(random() < 0.4 ? fn() : pick());
    return {
      id: i + 1,
      title: Array.from({ length: 7 }, () => (random() < 0.5 ? topic[inTopic()] : pick())).join(' '),
      tags: Array.from({ length: 3 }, () => topic[inTopic()] as string),
      text: body.join(' '),
    };
  });
}

function pseudoWord(i: number): string {
  let n = i;
  let w = '';
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${w}q`; // a fixed consonant ending keeps the stemmer from merging pseudo-words
}

function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k += 1) cdf[k] = total += 1 / (k + 1) ** s;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
