import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dateParts,
  initials,
  invertedName,
  slashDate,
  splitName,
  withPeriod,
} from '../../../../src/domain/articles/citation/citation-meta.js';

describe('names', () => {
  it('splits on the last space', () => {
    assert.deepEqual(splitName('Ana María Ruiz'), { given: 'Ana María', family: 'Ruiz' });
    assert.deepEqual(splitName('  Chidi   Okafor '), { given: 'Chidi', family: 'Okafor' });
    assert.deepEqual(splitName('Plato'), { given: '', family: 'Plato' });
  });

  it('inverts names and keeps single words whole', () => {
    assert.equal(invertedName('Maja Lindqvist'), 'Lindqvist, Maja');
    assert.equal(invertedName('Plato'), 'Plato');
  });

  it('makes initials, hyphens included', () => {
    assert.equal(initials('Ana María'), 'A. M.');
    assert.equal(initials('Jean-Luc'), 'J.-L.');
    assert.equal(initials('Émile'), 'É.');
  });
});

describe('dates and punctuation', () => {
  it('reads dates in UTC and rejects invalid ones', () => {
    assert.deepEqual(dateParts('2026-01-01T02:00:00+05:00'), { year: 2025, month: 12, day: 31 });
    assert.equal(slashDate('2026-03-05T10:00:00Z'), '2026/03/05');
    assert.throws(() => dateParts('not a date'), RangeError);
  });

  it('adds a period only where one is missing', () => {
    assert.equal(withPeriod('Done'), 'Done.');
    assert.equal(withPeriod('Done.'), 'Done.');
    assert.equal(withPeriod('Why?'), 'Why?');
    assert.equal(withPeriod('Stop!'), 'Stop!');
  });
});
