import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stem, tagTerm, tokenize } from '../../../../src/domain/articles/related/text-terms.js';

describe('stem', () => {
  const sameStem: Array<[string, string]> = [
    ['policies', 'policy'],
    ['rivers', 'river'],
    ['watering', 'water'],
    ['making', 'make'],
    ['created', 'create'],
    ['using', 'use'],
    ['planning', 'plan'],
    ['stopped', 'stop'],
    ['studied', 'studies'],
    ['taxes', 'tax'],
    ['churches', 'church'],
    ['quickly', 'quick'],
    ['largely', 'large'],
    ['happily', 'happy'],
    ['regulated', 'regulate'],
    ['buildings', 'build'],
  ];
  for (const [a, b] of sameStem) {
    it(`gives "${a}" and "${b}" the same stem`, () => assert.equal(stem(a), stem(b)));
  }

  it('leaves words alone where stripping would mangle them', () => {
    for (const w of ['bring', 'thing', 'need', 'crisis', 'status', 'family', 'news', 'falling']) {
      assert.equal(stem(w), w === 'falling' ? 'fall' : w, w);
    }
    assert.notEqual(stem('news'), stem('new'));
  });

  it('does not touch words outside a–z', () => {
    assert.equal(stem('naïve'), 'naïve');
    assert.equal(stem('mädchen'), 'mädchen');
  });
});

describe('tokenize', () => {
  it('lowercases, splits on punctuation and drops stopwords, numbers and single letters', () => {
    assert.deepEqual(tokenize("The Nile's water-sharing treaties of 2026: a NEW deal"), [
      'nil', 'water', 'shar', 'treaty', 'new', 'deal',
    ]);
  });

  it('keeps letters from any script', () => {
    assert.deepEqual(tokenize('Café Ωmega 日本語'), ['café', 'ωmega', '日本語']);
  });

  it('treats composed and decomposed accents alike', () => {
    assert.deepEqual(tokenize('cafe\u0301'), tokenize('café'));
  });

  it('returns nothing for empty or punctuation-only text', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize('— … !!'), []);
  });
});

describe('tagTerm', () => {
  it('makes one case- and space-insensitive term per tag', () => {
    assert.equal(tagTerm('  Water   Policy '), 'tag:water policy');
    assert.equal(tagTerm('water policy'), tagTerm('WATER POLICY'));
    assert.equal(tagTerm('   '), null);
  });
});
