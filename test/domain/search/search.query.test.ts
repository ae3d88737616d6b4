import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  MAX_QUERY_WORDS,
  isEmptyQuery,
  parseQuery,
  toFts5,
  toPgQuery,
  type ParsedQuery,
} from '../../../src/domain/search/search.query.js';

const hostileInputs: string[] = [
  '"unbalanced',
  '(a OR b',
  'AND',
  '*',
  '-',
  'NEAR(',
  'a NEAR/2 b',
  'title:foo',
  '^x',
  '\u0000',
  'nul\u0000inside',
  'q'.repeat(5000),
  'word '.repeat(1000),
  '🌍🔥 climate 👩🏽‍🔬',
  '"" ""',
  '---',
  '-"',
  '"',
  "x'); DROP TABLE articles; --",
  "'quoted' & !negated | (group) <-> :* \\",
  'body:"x" OR title:y NOT z*',
  '\u0002forged\u0003 mark',
  '\uD800 lone surrogate',
  'NOT climate',
  'climate NOT',
  '-climate',
  '"a" -"b" -c',
];

// A word as the parser may emit it: letters, digits and combining marks only.
const SAFE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}]*$/u;
// FTS5 output: double-quoted strings (inner quotes doubled), an optional prefix star on a
// bare term, an optional parenthesised positive part followed by NOT "…" exclusions.
const FTS5_STRING = '"(?:[^"]|"")+"';
const FTS5_GRAMMAR = new RegExp(
  `^(?:${FTS5_STRING}\\*?(?: ${FTS5_STRING}\\*?)*|\\(${FTS5_STRING}\\*?(?: ${FTS5_STRING}\\*?)*\\)(?: NOT ${FTS5_STRING})+)$`,
  'u',
);
const PG_OPERAND = "'(?:[^'\\\\]|'')+'";
const PG_ITEM = `(?:${PG_OPERAND}(?::\\*)?|\\(${PG_OPERAND}(?: <-> ${PG_OPERAND})+\\))`;
const PG_MATCH = new RegExp(`^${PG_ITEM}(?: & ${PG_ITEM})*$`, 'u');
const PG_EXCLUDE = new RegExp(`^${PG_ITEM}(?: \\| ${PG_ITEM})*$`, 'u');

function allWords(q: ParsedQuery): string[] {
  return [...q.terms, ...q.phrases.flat(), ...q.excluded.flat()];
}

function assertSafe(input: string): void {
  const q = parseQuery(input);
  const words = allWords(q);
  for (const w of words) assert.match(w, SAFE_WORD, `unsafe word ${JSON.stringify(w)} from ${JSON.stringify(input)}`);
  assert.ok(words.length <= MAX_QUERY_WORDS);
  const fts = toFts5(q);
  const pg = toPgQuery(q);
  if (isEmptyQuery(q)) {
    assert.equal(fts, '');
    assert.deepEqual(pg, { match: '', exclude: null });
    return;
  }
  assert.match(fts, FTS5_GRAMMAR, `FTS5 ${JSON.stringify(fts)}`);
  assert.match(pg.match, PG_MATCH, `pg ${JSON.stringify(pg.match)}`);
  if (pg.exclude !== null) assert.match(pg.exclude, PG_EXCLUDE, `pg exclude ${JSON.stringify(pg.exclude)}`);
  assert.ok(!/[\u0000-\u001F]/.test(fts + pg.match + (pg.exclude ?? '')), 'control characters removed');
}

describe('parseQuery', () => {
  test('plain words become terms; the last one is a prefix for search-as-you-type', () => {
    assert.deepEqual(parseQuery('climate polic'), { terms: ['climate', 'polic'], phrases: [], excluded: [], prefixLast: true });
  });

  test('a last word shorter than four letters is not a prefix', () => {
    assert.equal(parseQuery('climate pol').prefixLast, false);
    assert.equal(parseQuery('climate poli').prefixLast, true);
  });

  test('a last word the stemmer would cut below four letters is searched whole', () => {
    // Stemmed, "ties*" would be "ti*": every word from "tide" to "title".
    for (const word of ['ties', 'wars', 'uses', 'going', 'used', 'news']) {
      assert.equal(parseQuery(`trade ${word}`).prefixLast, false, word);
    }
    for (const word of ['gove', 'clim', 'elect', 'findings', 'floods', 'policies', 'need', 'thing']) {
      assert.equal(parseQuery(`trade ${word}`).prefixLast, true, word);
    }
    assert.equal(toFts5(parseQuery('trade wars')), '"trade" "wars"');
  });

  test('a trailing phrase or exclusion means the last term was finished', () => {
    assert.equal(parseQuery('climate "sea level"').prefixLast, false);
    assert.equal(parseQuery('climate -coal').prefixLast, false);
  });

  test('quoted phrases, smart quotes and exclusions', () => {
    const q = parseQuery('“sea level” rise -coal -"fossil fuels"');
    assert.deepEqual(q.phrases, [['sea', 'level']]);
    assert.deepEqual(q.terms, ['rise']);
    assert.deepEqual(q.excluded, [['coal'], ['fossil', 'fuels']]);
  });

  test('hyphenated and abbreviated words are searched as phrases', () => {
    assert.deepEqual(parseQuery('state-led').phrases, [['state', 'led']]);
    assert.deepEqual(parseQuery('U.S.').phrases, [['U', 'S']]);
  });

  test('operators in capitals are dropped; in lower case they are words', () => {
    assert.deepEqual(parseQuery('war AND peace OR NOT').terms, ['war', 'peace']);
    assert.deepEqual(parseQuery('war and peace').terms, ['war', 'and', 'peace']);
    assert.deepEqual(parseQuery('"war AND peace"').phrases, [['war', 'AND', 'peace']]);
  });

  test('column filters and syntax characters become plain words', () => {
    assert.deepEqual(parseQuery('title:foo').terms, ['title', 'foo']);
    assert.deepEqual(parseQuery('^x').terms, ['x']);
    assert.deepEqual(parseQuery('a NEAR/2 b').terms, ['a', '2', 'b']);
  });

  test('Unicode letters, accents and scripts without spaces are kept', () => {
    assert.deepEqual(parseQuery('naïve café').terms, ['naïve', 'café']);
    assert.deepEqual(parseQuery('cafe\u0301').terms, ['café'], 'normalized to NFC');
    assert.deepEqual(parseQuery('気候 変動').terms, ['気候', '変動']);
  });

  test('duplicates are dropped; a repeated word moves to the end', () => {
    assert.deepEqual(parseQuery('Climate policy climate').terms, ['policy', 'Climate']);
  });

  test('input is capped at 256 characters and 32 words', () => {
    const long = parseQuery('q'.repeat(5000));
    assert.equal(long.terms.length, 1);
    assert.ok((long.terms[0] ?? '').length <= 64);
    const many = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    assert.ok(many.terms.length <= MAX_QUERY_WORDS);
    assert.deepEqual(many.terms.slice(0, 3), ['w0', 'w1', 'w2']);
  });

  test('empty, whitespace and operator-only inputs are empty', () => {
    for (const input of ['', '   ', '\t\n', 'AND', 'OR NOT', '*', '-', '---', '"" ""', 'NEAR(', '\u0000', '🌍', '-climate', '-"a b"']) {
      assert.ok(isEmptyQuery(parseQuery(input)), JSON.stringify(input));
    }
  });

  test('every hostile input produces safe output', () => {
    for (const input of hostileInputs) assertSafe(input);
  });

  test('random garbage produces safe output', () => {
    const alphabet = ['a', 'é', 'Z', '9', ' ', '"', '-', '*', '(', ')', ':', '^', "'", '\\', '\u0000', '\u0002', '🌍', '\u0301', '/', 'OR', 'NEAR', '&', '|', '!', '<->', '\n', '“', '.'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      const len = next() % 40;
      let input = '';
      for (let i = 0; i < len; i++) input += alphabet[next() % alphabet.length];
      assertSafe(input);
    }
  });
});

describe('toFts5', () => {
  test('quotes every word, stars the typed prefix, and appends exclusions', () => {
    assert.equal(toFts5(parseQuery('climate polic')), '"climate" "polic"*');
    assert.equal(toFts5(parseQuery('"sea level" rise -coal')), '("sea level" "rise") NOT "coal"');
    assert.equal(toFts5(parseQuery('-coal')), '');
  });

  test('leaves out bare stop words unless nothing else remains', () => {
    assert.equal(toFts5(parseQuery('the war of words')), '"war" "words"*');
    assert.equal(toFts5(parseQuery('"war of the worlds" and')), '"war of the worlds"');
    assert.equal(toFts5(parseQuery('the who')), '"the" "who"');
  });
});

describe('toPgQuery', () => {
  test('quotes every operand and keeps exclusions apart', () => {
    assert.deepEqual(toPgQuery(parseQuery('climate polic')), { match: "'climate' & 'polic':*", exclude: null });
    assert.deepEqual(toPgQuery(parseQuery('"sea level" rise -coal -"fossil fuels"')), {
      match: "('sea' <-> 'level') & 'rise'",
      exclude: "'coal' | ('fossil' <-> 'fuels')",
    });
  });
});
