import { STOP_WORDS } from './search.stopwords.js';

// Turns whatever a reader types into a small, safe structure, then into each engine's
// query syntax. User text never reaches an engine as syntax: every word is quoted, and
// only words made of Unicode letters, digits and combining marks survive parsing.

export const MAX_QUERY_CHARS = 256;
export const MAX_QUERY_WORDS = 32;
const MAX_WORD_CHARS = 64;
// Shorter prefixes match a large part of the vocabulary and make search-as-you-type slow.
const MIN_PREFIX_CHARS = 4;

export interface ParsedQuery {
  /** bare words; every one must match (after stemming) */
  terms: string[];
  /** quoted phrases as their words, matched in order; a one-word phrase is an exact word */
  phrases: string[][];
  /** words or phrases the results must not contain */
  excluded: string[][];
  /** the last term is the word being typed: match it as a prefix */
  prefixLast: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const WORD_START = /[\p{L}\p{N}]/uy;
// A chunk like "state-led", "don't" or "U.S." is one expression, searched as a phrase.
const JOINED = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’._][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)+$/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;
// Engine operators typed in capitals are dropped; in lower case they are ordinary words.
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const QUOTE_LIKE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;
const WHITESPACE = /\s/;

function clean(input: string): string {
  // Slice before anything else so hostile megabyte inputs cost nothing; a pair split here
  // leaves a lone surrogate, which is not a word character and is dropped.
  const text = typeof input === 'string' ? input : '';
  const capped = Array.from(text.slice(0, MAX_QUERY_CHARS * 2)).slice(0, MAX_QUERY_CHARS).join('');
  return capped
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(QUOTE_LIKE, '"');
}

function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => Array.from(m[0]).slice(0, MAX_WORD_CHARS).join(''));
}

function startsWord(text: string, at: number): boolean {
  WORD_START.lastIndex = at;
  return WORD_START.test(text);
}

class QueryBuilder {
  readonly parsed: ParsedQuery = { terms: [], phrases: [], excluded: [], prefixLast: false };
  private words = 0;
  private readonly seen = new Set<string>();

  private take(words: string[]): string[] {
    const room = MAX_QUERY_WORDS - this.words;
    const taken = words.slice(0, Math.max(0, room));
    this.words += taken.length;
    return taken;
  }

  term(word: string): boolean {
    const key = `t:${word.toLowerCase()}`;
    if (this.seen.has(key)) {
      // Move a repeated word to the end so "climate climat" still treats the last word as typed.
      const at = this.parsed.terms.findIndex((t) => t.toLowerCase() === word.toLowerCase());
      this.parsed.terms.push(...this.parsed.terms.splice(at, 1));
      return true;
    }
    if (this.take([word]).length === 0) return false;
    this.seen.add(key);
    this.parsed.terms.push(word);
    return true;
  }

  group(words: string[], into: 'phrases' | 'excluded'): void {
    const key = `${into}:${words.join(' ').toLowerCase()}`;
    if (words.length === 0 || this.seen.has(key)) return;
    const taken = this.take(words);
    if (taken.length === 0) return;
    this.seen.add(key);
    this.parsed[into].push(taken);
  }
}

export function parseQuery(input: string): ParsedQuery {
  const text = clean(input);
  const q = new QueryBuilder();
  let lastWasTerm = false;
  let i = 0;
  while (i < text.length) {
    if (WHITESPACE.test(text[i] ?? '')) {
      i++;
      continue;
    }
    let negate = false;
    if (text[i] === '-' && (text[i + 1] === '"' || startsWord(text, i + 1))) {
      negate = true;
      i++;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      // An unmatched quote is punctuation: what follows is read as plain words.
      if (close === -1) {
        i++;
        continue;
      }
      q.group(wordsOf(text.slice(i + 1, close)), negate ? 'excluded' : 'phrases');
      lastWasTerm = false;
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== '"' && !WHITESPACE.test(text[end] ?? '')) end++;
    const chunk = text.slice(i, end);
    i = end;
    const words = wordsOf(chunk).filter((w) => !OPERATORS.has(w));
    if (words.length === 0) continue;
    const joined = words.length > 1 && JOINED.test(chunk.replace(EDGE_PUNCTUATION, ''));
    if (negate || joined) {
      if (joined) q.group(words, negate ? 'excluded' : 'phrases');
      else for (const w of words) q.group([w], 'excluded');
      lastWasTerm = false;
    } else {
      lastWasTerm = words.map((w) => q.term(w)).every(Boolean);
    }
  }
  const last = q.parsed.terms.at(-1);
  const typedLength = (word: string) => Array.from(word).length;
  q.parsed.prefixLast =
    lastWasTerm && last !== undefined && typedLength(last) >= MIN_PREFIX_CHARS && typedLength(roughStem(last)) >= MIN_PREFIX_CHARS;
  return q.parsed;
}

const HAS_VOWEL = /[aeiouy]/;

/**
 * About what the engines' English stemmers leave of a word once its plural or its -ed or
 * -ing ending is gone ("ties" → "ti", "wars" → "war", "going" → "go", "used" → "us"). Both
 * engines stem a prefix too, so "ties" typed in full would search "ti*": every word from
 * "tide" to "title", and on SQLite a scan of all of them (100 ms for "ties" at 100,000
 * articles; the prefix index starts at four letters). Such a word is finished and is searched
 * whole: its stem still finds every form of it. Deliberately rough: only these endings make
 * a stem much shorter than what was typed.
 */
function roughStem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith('sses') || w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.endsWith('eed')) return w;
  for (const ending of ['ed', 'ing']) {
    const stem = w.slice(0, -ending.length);
    if (w.endsWith(ending) && HAS_VOWEL.test(stem)) return stem;
  }
  return w;
}

/** True when there is nothing to look for: no terms or phrases (exclusions alone match nothing). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.terms.length === 0 && q.phrases.length === 0;
}

function fts5String(words: string[]): string {
  return `"${words.join(' ').replaceAll('"', '""')}"`;
}

/**
 * An FTS5 MATCH expression, or '' for an empty query. Bind it as a parameter. Bare stop
 * words are left out unless nothing else remains; phrases keep theirs ("war of the worlds").
 */
export function toFts5(q: ParsedQuery): string {
  if (isEmptyQuery(q)) return '';
  const lastTerm = q.terms.length - 1;
  const terms = q.terms.map((t, i) => ({ t, prefix: q.prefixLast && i === lastTerm }));
  const content = terms.filter(({ t }) => !STOP_WORDS.has(t.toLowerCase()));
  const kept = content.length > 0 || q.phrases.length > 0 ? content : terms;
  const positives = [...q.phrases.map(fts5String), ...kept.map(({ t, prefix }) => fts5String([t]) + (prefix ? '*' : ''))];
  if (q.excluded.length === 0) return positives.join(' ');
  return `(${positives.join(' ')})${q.excluded.map((e) => ` NOT ${fts5String(e)}`).join('')}`;
}

export interface PgQuery {
  /** for to_tsquery('english', $1): what every hit must match; '' for an empty query */
  match: string;
  /**
   * for to_tsquery('english', $2): what no hit may match, or null. Kept apart from `match`
   * because PostgreSQL drops stop words: "the -war" would otherwise become "!war" and match
   * nearly everything.
   */
  exclude: string | null;
}

function pgOperand(word: string): string {
  return `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

function pgPhrase(words: string[]): string {
  return words.length === 1 ? pgOperand(words[0] ?? '') : `(${words.map(pgOperand).join(' <-> ')})`;
}

export function toPgQuery(q: ParsedQuery): PgQuery {
  if (isEmptyQuery(q)) return { match: '', exclude: null };
  const lastTerm = q.terms.length - 1;
  const positives = [
    ...q.phrases.map(pgPhrase),
    ...q.terms.map((t, i) => pgOperand(t) + (q.prefixLast && i === lastTerm ? ':*' : '')),
  ];
  return {
    match: positives.join(' & '),
    exclude: q.excluded.length > 0 ? q.excluded.map(pgPhrase).join(' | ') : null,
  };
}
