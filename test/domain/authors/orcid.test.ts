import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatOrcid, orcidCheckDigit, orcidUrl, parseOrcid } from '../../../src/domain/authors/orcid.js';

describe('ORCID iDs', () => {
  test('the check digit follows ISO 7064 MOD 11-2, with X for ten', () => {
    assert.equal(orcidCheckDigit('000000021825009'), '7');
    // ORCID's own example of an iD ending in X.
    assert.equal(orcidCheckDigit('000000021694233'), 'X');
  });

  test('hyphenated, bare, spaced and URL forms are read and stored bare', () => {
    for (const input of ['0000-0002-1825-0097', '0000000218250097', ' 0000 0002 1825 0097 ', 'https://orcid.org/0000-0002-1825-0097', 'http://orcid.org/0000-0002-1825-0097/', 'orcid.org/0000-0002-1825-0097']) {
      assert.deepEqual(parseOrcid(input), { ok: true, value: '0000000218250097' }, input);
    }
    assert.deepEqual(parseOrcid('0000-0002-1694-233x'), { ok: true, value: '000000021694233X' });
    assert.deepEqual(parseOrcid(''), { ok: true, value: '' });
  });

  test('a wrong check digit, a transposition and malformed input are refused with a reason', () => {
    const bad = parseOrcid('0000-0002-1825-0098');
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.message, /check digit/);
    assert.equal(parseOrcid('0000-0002-8125-0097').ok, false, 'two digits swapped');
    for (const input of ['0000-0002-1825', 'https://example.org/0000-0002-1825-0097', 'abcd-0002-1825-0097', '0000-0002-1825-0097-1']) {
      const r = parseOrcid(input);
      assert.equal(r.ok, false, input);
      assert.match(r.ok ? '' : r.message, /16 digits/, input);
    }
  });

  test('formats for people and links', () => {
    assert.equal(formatOrcid('0000000218250097'), '0000-0002-1825-0097');
    assert.equal(orcidUrl('000000021694233X'), 'https://orcid.org/0000-0002-1694-233X');
  });
});
