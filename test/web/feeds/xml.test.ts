import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cdata, escapeXml, rfc3339, rfc822, stripInvalidXmlChars } from '../../../src/web/feeds/xml.js';

describe('xml helpers', () => {
  it('escapes the five XML specials', () => {
    assert.equal(escapeXml(`<a href="x">Tom & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('strips characters XML 1.0 forbids but keeps tab, newline, CR and astral characters', () => {
    assert.equal(stripInvalidXmlChars('a\u0000b\u0008c\u000bd\u000ce\u001ff\ufffeg\uffffh'), 'abcdefgh');
    assert.equal(stripInvalidXmlChars('t\tn\nr\r😀 é'), 't\tn\nr\r😀 é');
    assert.equal(stripInvalidXmlChars('lone \ud800 surrogate \udc00'), 'lone  surrogate ');
  });

  it('splits "]]>" across CDATA sections', () => {
    assert.equal(cdata('x]]>y'), '<![CDATA[x]]]]><![CDATA[>y]]>');
    assert.equal(cdata(']]>]]>'), '<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>');
  });

  it('formats dates for RSS and Atom in UTC', () => {
    assert.equal(rfc822('2026-03-01T01:02:03+02:00'), 'Sat, 28 Feb 2026 23:02:03 GMT');
    assert.equal(rfc3339('2026-03-01T01:02:03.999+02:00'), '2026-02-28T23:02:03Z');
    assert.throws(() => rfc822('not a date'), RangeError);
  });
});
