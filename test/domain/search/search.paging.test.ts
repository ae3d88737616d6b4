import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COUNT_CAP, cappedTotal, countLimit, normalizePage, totalFromPage } from '../../../src/domain/search/search.paging.js';

describe('normalizePage', () => {
  test('clamps limit to 1..100 and offset to 0 and up, as integers', () => {
    assert.deepEqual(normalizePage({ limit: 0, offset: -3 }), { limit: 1, offset: 0 });
    assert.deepEqual(normalizePage({ limit: 1e9, offset: 2.7 }), { limit: 100, offset: 2 });
    assert.deepEqual(normalizePage({ limit: Number.NaN, offset: Number.POSITIVE_INFINITY }), { limit: 10, offset: 0 });
    assert.deepEqual(normalizePage({ limit: 20, offset: 40 }), { limit: 20, offset: 40 });
  });
});

describe('totals', () => {
  test('a short page tells the total without counting', () => {
    assert.equal(totalFromPage({ limit: 10, offset: 20 }, 4, true), 24);
    assert.equal(totalFromPage({ limit: 10, offset: 0 }, 0, true), 0);
    assert.equal(totalFromPage({ limit: 10, offset: 0 }, 10, true), null);
    assert.equal(totalFromPage({ limit: 10, offset: 50 }, 0, true), null, 'past the end: count to know the total');
  });

  test('when only some matches were ranked, a short page says nothing about the total', () => {
    assert.equal(totalFromPage({ limit: 10, offset: 0 }, 4, false), null);
    assert.equal(totalFromPage({ limit: 10, offset: 0 }, 0, false), null);
  });

  test('counting stops at the cap, or past the page the reader is on', () => {
    assert.equal(countLimit({ limit: 10, offset: 0 }), COUNT_CAP);
    assert.equal(countLimit({ limit: 10, offset: 5000 }), 5010);
    assert.deepEqual(cappedTotal(COUNT_CAP + 1, COUNT_CAP), { total: COUNT_CAP, totalCapped: true });
    assert.deepEqual(cappedTotal(COUNT_CAP, COUNT_CAP), { total: COUNT_CAP, totalCapped: false });
  });
});
