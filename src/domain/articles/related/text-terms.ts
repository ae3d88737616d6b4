import { STOPWORDS } from './stopwords.js';

// Letters (with combining marks) and digits; everything else separates words, so
// "water-sharing" gives two words and "Nile's" gives "nile" plus a dropped "s".
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const ASCII_WORD = /^[a-z]+$/;

// Words the suffix rules below would mangle into something that collides with an
// unrelated stem ("family" → "famy", "news" → "new").
const KEEP_AS_IS: ReadonlySet<string> = new Set([
  'family', 'assembly', 'anomaly', 'monopoly', 'butterfly', 'multiply', 'italy', 'july', 'rally', 'daily',
  'news', 'series', 'species',
]);

/** Lowercased raw words of a text, before stopwords and stemming. */
export function rawWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** A raw word's indexing term, or null for stopwords, numbers and single letters. */
export function termOf(raw: string): string | null {
  const word = raw.normalize('NFC');
  if (word.length < 2 || STOPWORDS.has(word) || DIGITS_ONLY.test(word)) return null;
  return stem(word);
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of rawWords(text)) {
    const term = termOf(raw);
    if (term !== null) out.push(term);
  }
  return out;
}

/** The whole-tag term: sharing the tag "water policy" counts for more than sharing its two words. */
export function tagTerm(tag: string): string | null {
  const name = tag.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
  return name === '' ? null : `tag:${name}`;
}

/**
 * A light English suffix stemmer: plurals, -ing, -ed and -ly, then a final
 * silent "e" comes off so "making"/"make", "created"/"create" and "using"/"use"
 * meet. Stems are internal keys, never shown, so "mak" is fine. Words outside
 * a–z are left alone rather than guessed at.
 */
export function stem(word: string): string {
  if (!ASCII_WORD.test(word) || KEEP_AS_IS.has(word)) return word;
  if (word.length <= 3) return dropFinalE(word);
  let w = stripPlural(word);
  if (w.endsWith('ing')) {
    const base = w.slice(0, -3);
    if (canStrip(base)) w = undouble(base);
  } else if (w.endsWith('ied') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('ed') && !w.endsWith('eed')) {
    const base = w.slice(0, -2);
    if (canStrip(base)) w = undouble(base);
  } else if (w.endsWith('ily') && w.length > 5) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('ly') && w.length >= 7) {
    w = w.slice(0, -2);
  }
  return dropFinalE(w);
}

function stripPlural(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.length > 4 ? `${w.slice(0, -3)}y` : w;
  if (/(?:x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

// A stem must keep a vowel ("bring" is not "br" + ing); two letters are allowed
// only in the vowel-consonant shape of "us(e)", "ag(e)", "ic(e)".
function canStrip(base: string): boolean {
  if (!/[aeiouy]/.test(base)) return false;
  if (base.length >= 3) return true;
  return base.length === 2 && /^[aeiou][^aeiouy]$/.test(base);
}

// "planning" → "plan", but "falling" keeps "fall" and "missing" keeps "miss".
function undouble(base: string): string {
  const last = base[base.length - 1] ?? '';
  const doubled = last === base[base.length - 2] && !'aeiouylsz'.includes(last);
  return doubled ? base.slice(0, -1) : base;
}

function dropFinalE(w: string): string {
  return w.length >= 3 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}
