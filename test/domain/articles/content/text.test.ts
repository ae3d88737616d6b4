import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collapseWhitespace,
  countWords,
  escapeHtml,
  readingMinutes,
} from '../../../../src/domain/articles/content/text.js';

describe('text helpers', () => {
  it('collapses all whitespace, including newlines and non-breaking spaces', () => {
    assert.equal(collapseWhitespace('  one\n\ntwo\u00a0\tthree  '), 'one two three');
    assert.equal(collapseWhitespace(''), '');
  });

  it('counts whitespace-separated tokens that contain a letter or digit', () => {
    assert.equal(countWords('A state-of-the-art survey — of 1,200 readers § in Zürich.'), 8);
    assert.equal(countWords('  — … ¶  '), 0);
    assert.equal(countWords(''), 0);
  });

  it('rounds reading time at 230 words a minute, at least one minute', () => {
    assert.equal(readingMinutes(0), 1);
    assert.equal(readingMinutes(344), 1);
    assert.equal(readingMinutes(345), 2);
    assert.equal(readingMinutes(2300), 10);
  });

  it('escapes HTML metacharacters', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
