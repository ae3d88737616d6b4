import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LONG_PIECE_WORDS, manuscriptChecks } from '../../../../src/domain/submissions/checks/manuscript-checks.js';
import { ORIGINAL } from './fixtures.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const codes = (input: Parameters<typeof manuscriptChecks>[0]) => manuscriptChecks(input).map((f) => f.code);

test('a piece within its limits, with a dek, has no findings', () => {
  assert.deepEqual(manuscriptChecks({ title: 'Tools', dek: 'A lending library.', bodyMarkdown: ORIGINAL, limits: { minWords: 500, maxWords: 1000 } }), []);
});

test('word count against the section limits counts the body, not the footnotes', () => {
  const body = `${words(90)}[^1]\n\n[^1]: ${words(50)}`;
  assert.deepEqual(codes({ title: 'T', dek: 'D', bodyMarkdown: body, limits: { maxWords: 100 } }), []);
  const over = manuscriptChecks({ title: 'T', dek: 'D', bodyMarkdown: words(120), limits: { maxWords: 100 } });
  assert.deepEqual(over.map((f) => f.code), ['words-over-limit']);
  assert.match(over[0]!.message, /120 words.*at most 100 \(20 over\)/);
  const under = manuscriptChecks({ title: 'T', dek: 'D', bodyMarkdown: words(40), limits: { minWords: 100 } });
  assert.match(under[0]!.message, /40 words.*at least 100 \(60 short\)/);
});

test('a missing dek, an empty body and a missing title are flagged', () => {
  assert.deepEqual(codes({ title: ' ', dek: '', bodyMarkdown: '' }), ['missing-title', 'empty-body', 'missing-dek']);
});

test('a long piece without headings gets a note; one heading is enough', () => {
  const long = words(LONG_PIECE_WORDS + 1);
  assert.deepEqual(codes({ title: 'T', dek: 'D', bodyMarkdown: long }), ['no-headings']);
  assert.deepEqual(codes({ title: 'T', dek: 'D', bodyMarkdown: `${long}\n\n## Part two\n\nMore.` }), []);
  assert.deepEqual(codes({ title: 'T', dek: 'D', bodyMarkdown: words(LONG_PIECE_WORDS) }), []);
});
