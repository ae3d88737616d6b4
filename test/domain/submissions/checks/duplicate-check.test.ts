import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareTexts, sentences } from '../../../../src/domain/submissions/checks/duplicate-check.js';
import { bandKeys, decodeSignature, encodeSignature, estimateJaccard, minhashSignature, shingleHashes, shingles } from '../../../../src/domain/submissions/checks/minhash.js';
import { NEAR_COPY, ORIGINAL, ORIGINAL_PARAGRAPHS, UNRELATED } from './fixtures.js';

const sharedBands = (a: string, b: string) => {
  const kb = new Set(bandKeys(minhashSignature(shingleHashes(b))));
  return bandKeys(minhashSignature(shingleHashes(a))).filter((k) => kb.has(k)).length;
};

test('shingles are 5 normalized words; a short text is one shingle', () => {
  assert.deepEqual(shingles(['a', 'b', 'c']), ['a b c']);
  assert.deepEqual(shingles('one two three four five six'.split(' ')), ['one two three four five', 'two three four five six']);
  assert.deepEqual(shingleHashes("Don't PANIC, now: it's fine today."), shingleHashes('dont panic now its fine today'));
});

test('signatures round-trip through their text form, and identical texts share every band', () => {
  const sig = minhashSignature(shingleHashes(ORIGINAL));
  assert.deepEqual(decodeSignature(encodeSignature(sig)), sig);
  assert.equal(sharedBands(ORIGINAL, ORIGINAL), bandKeys(sig).length);
});

test('the planted near-copy (reworded, reordered, trimmed) is a candidate and verified, with its passages side by side', () => {
  assert.ok(sharedBands(NEAR_COPY, ORIGINAL) >= 3, 'shares bands with the original');
  const est = estimateJaccard(minhashSignature(shingleHashes(NEAR_COPY)), minhashSignature(shingleHashes(ORIGINAL)));
  const cmp = compareTexts(NEAR_COPY, ORIGINAL);
  assert.ok(Math.abs(est - cmp.jaccard) < 0.15, `estimate ${est} near exact ${cmp.jaccard}`);
  assert.ok(cmp.containment > 0.6, `containment ${cmp.containment}`);
  // Six copied paragraphs, in the copy's order, each paired with its source paragraph.
  assert.equal(cmp.passages.length, 6);
  const sourceOf = (theirs: string) => ORIGINAL_PARAGRAPHS.findIndex((p) => p.startsWith(theirs.slice(0, 40)));
  assert.deepEqual(cmp.passages.map((p) => sourceOf(p.theirs)), [4, 2, 0, 7, 3, 6]);
  assert.match(cmp.passages[0]!.ours, /gave up on the experiment after one rainy summer/);
  assert.match(cmp.passages[0]!.theirs, /abandoned the experiment after one wet summer/);
  // the new opening and closing sentences are in no passage
  assert.ok(cmp.passages.every((p) => !p.ours.includes('institutions that nobody planned') && !p.ours.includes('remains to be seen')));
});

test('an unrelated piece shares no band and no shingle', () => {
  assert.equal(sharedBands(UNRELATED, ORIGINAL), 0);
  assert.deepEqual(compareTexts(UNRELATED, ORIGINAL), { jaccard: 0, containment: 0, sharedShingles: 0, passages: [] });
});

test('sentences end at full stops followed by a capital, and at paragraph breaks', () => {
  assert.deepEqual(
    sentences('One two. Three four? "Five" six\n\nseven e.g. eight').map((s) => [s.text, s.start, s.length]),
    [
      ['One two.', 0, 2],
      ['Three four?', 2, 2],
      ['"Five" six', 4, 2],
      ['seven e.g. eight', 6, 4],
    ],
  );
});
