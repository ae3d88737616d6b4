import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildCorpus,
  computeAllRelated,
  relatedFor,
  type RelatedDoc,
} from '../../../../src/domain/articles/related/related-reading.js';
import { FIXTURE_DOCS, HOUSING_IDS, PRIVACY_IDS, WATER_IDS } from './fixture-corpus.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const THEMES: ReadonlyArray<readonly number[]> = [WATER_IDS, HOUSING_IDS, PRIVACY_IDS];
const themeOf = (id: number): readonly number[] => THEMES.find((ids) => ids.includes(id)) ?? [];

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const doc = (id: number, title: string, text: string, tags: string[] = []): RelatedDoc => ({ id, title, tags, text });

describe('related reading on a hand-written corpus', () => {
  const all = computeAllRelated(FIXTURE_DOCS);

  it('suggests the other water-policy pieces for a water-policy piece', () => {
    const hits = all.get(11) ?? [];
    assert.deepEqual(new Set(hits.slice(0, 2).map((h) => h.id)), new Set([4, 27]));
  });

  it('puts same-theme pieces first for every article', () => {
    for (const d of FIXTURE_DOCS) {
      const theme = themeOf(d.id);
      const top = (all.get(d.id) ?? []).slice(0, theme.length - 1).map((h) => h.id);
      assert.deepEqual(new Set(top), new Set(theme.filter((id) => id !== d.id)), `article ${d.id}`);
    }
  });

  it('never returns the article itself, honours the limit, and ranks by positive score', () => {
    for (const limit of [1, 3, 5]) {
      for (const [id, hits] of computeAllRelated(FIXTURE_DOCS, limit)) {
        assert.ok(hits.length <= limit);
        assert.ok(hits.every((h) => h.id !== id && h.score > 0 && h.score <= 1 + 1e-9));
        for (let i = 1; i < hits.length; i += 1) {
          const [a, b] = [hits[i - 1], hits[i]] as [{ id: number; score: number }, { id: number; score: number }];
          assert.ok(a.score > b.score || (a.score === b.score && a.id < b.id));
        }
      }
    }
  });

  it('has an entry for every article, in id order', () => {
    assert.deepEqual([...all.keys()], FIXTURE_DOCS.map((d) => d.id).sort((a, b) => a - b));
  });

  it('gives the same answer whatever order the articles come in', () => {
    const expected = [...all.entries()];
    for (const seed of [1, 7, 42]) {
      assert.deepEqual([...computeAllRelated(shuffled(FIXTURE_DOCS, seed)).entries()], expected);
    }
  });

  it('agrees between relatedFor and computeAllRelated', () => {
    const corpus = buildCorpus(shuffled(FIXTURE_DOCS, 3));
    for (const d of FIXTURE_DOCS) assert.deepEqual(relatedFor(corpus, d.id), all.get(d.id));
  });
});

describe('related reading edge cases', () => {
  it('handles an empty corpus', () => {
    assert.equal(computeAllRelated([]).size, 0);
    assert.deepEqual(relatedFor(buildCorpus([]), 1), []);
  });

  it('handles a single article', () => {
    const only = [doc(5, 'Rivers and Reservoirs', 'Water allocation in a dry year.', ['Water Policy'])];
    assert.deepEqual([...computeAllRelated(only)], [[5, []]]);
  });

  it('returns nothing for an unknown id or a zero limit', () => {
    const corpus = buildCorpus(FIXTURE_DOCS);
    assert.deepEqual(relatedFor(corpus, 999), []);
    assert.deepEqual(relatedFor(corpus, 11, 0), []);
  });

  it('gives an empty list to an article that shares no words with any other', () => {
    const docs = [...FIXTURE_DOCS, doc(50, 'Okapi Quagga', 'Zebroid okapi quagga tapir.')];
    assert.deepEqual(computeAllRelated(docs).get(50), []);
  });

  it('gives an empty list to an article with only stopwords and numbers', () => {
    const docs = [...FIXTURE_DOCS, doc(51, 'It Is What It Is', 'And so on, 1 2 3, in 2026.')];
    assert.deepEqual(computeAllRelated(docs).get(51), []);
  });

  it('breaks equal scores by the smaller id', () => {
    const twin = 'Glacier melt feeds the river every spring and the reservoir fills.';
    const docs = [
      doc(9, 'Glacier Melt', twin),
      doc(7, 'Glacier Melt', twin),
      doc(3, 'Glacier Melt', twin),
      doc(12, 'Budget Hearings', 'The council debated the budget for parks.'),
      doc(14, 'Budget Votes', 'The council passed the parks budget.'),
    ];
    const hits = computeAllRelated(docs).get(9) ?? [];
    assert.deepEqual(hits.map((h) => h.id), [3, 7]);
    assert.equal(hits[0]?.score, hits[1]?.score);
  });

  it('weights a shared title above the same word in a body', () => {
    const filler = 'The council met on Tuesday to hear from residents about parks and libraries.';
    const docs = [
      doc(1, 'Desalination Plants', `${filler} Coastal cities weigh new plants.`),
      doc(2, 'Desalination Costs', `${filler} Energy prices decide the cost.`),
      doc(3, 'Energy Costs', `${filler} Desalination is one of many energy users.`),
    ];
    assert.equal(computeAllRelated(docs).get(1)?.[0]?.id, 2);
  });

  it('links articles through a shared whole tag', () => {
    const docs = [
      doc(1, 'Budget Season', 'The finance committee reviewed spending.', ['Open Data']),
      doc(2, 'Ferry Timetables', 'Boats to the islands run twice daily.', ['Open Data']),
      doc(3, 'Orchard Notes', 'Apple trees blossomed early.', ['Gardening']),
    ];
    assert.deepEqual(computeAllRelated(docs).get(1)?.map((h) => h.id), [2]);
  });

  it('rejects duplicate ids', () => {
    assert.throws(() => buildCorpus([doc(1, 'A', 'x'), doc(1, 'B', 'y')]), /duplicate article id 1/);
  });
});

describe('related reading at scale', () => {
  it('computes 2,000 synthetic 800-word articles quickly', (t) => {
    const docs = syntheticCorpus({ docs: 2000, wordsPerDoc: 800 });
    const started = performance.now();
    const all = computeAllRelated(docs);
    const ms = performance.now() - started;
    t.diagnostic(`computeAllRelated: 2,000 docs × 800 words in ${Math.round(ms)} ms (${(ms / 2000).toFixed(2)} ms/doc)`);
    assert.equal(all.size, 2000);
    assert.ok([...all.values()].every((hits) => hits.length === 3));
    // Generous bound for slow CI machines; the measured figure is about 1 s on 2 cores.
    assert.ok(ms < 30_000, `took ${ms} ms`);
  });
});
