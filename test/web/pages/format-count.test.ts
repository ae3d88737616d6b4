import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCount } from '../../../src/web/pages/components.js';

test('counts are grouped in thousands exactly as Intl would group them', () => {
  const intl = new Intl.NumberFormat('en-US');
  for (const n of [0, 1, 12, 999, 1000, 1265, 12345, 100000, 1234567, 1000000000, 2 ** 53 - 1, 2.5, -1200]) {
    assert.equal(formatCount(n), intl.format(n), String(n));
  }
  assert.equal(formatCount(1265), '1,265');
});
