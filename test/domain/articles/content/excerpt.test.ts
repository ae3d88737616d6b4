import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeExcerpt } from '../../../../src/domain/articles/content/excerpt.js';
import { renderMarkdown } from '../../../../src/domain/articles/content/markdown.js';
import { readFixture } from './content-helpers.js';

/** The excerpt (without its ellipsis) is whole words of the text: the text continues with a space. */
function assertWordBoundary(text: string, excerpt: string): void {
  const head = excerpt.replace(/…$/, '');
  assert.ok(text.startsWith(head), `${excerpt} is not a prefix`);
  const next = text.slice(head.length);
  assert.ok(next === '' || /^[\s,;:.!?…—–-]/.test(next), `cut inside a word: "${head}|${next.slice(0, 10)}"`);
}

describe('makeExcerpt', () => {
  it('returns short text whole, whitespace collapsed, without an ellipsis', () => {
    assert.equal(makeExcerpt('  A short\n\nstandfirst.  '), 'A short standfirst.');
    const exact = 'x'.repeat(10) + ' ' + 'y'.repeat(9);
    assert.equal(makeExcerpt(exact, 20), exact, 'exactly maxChars is not cut');
  });

  it('handles empty and blank text', () => {
    assert.equal(makeExcerpt(''), '');
    assert.equal(makeExcerpt(' \n\t '), '');
  });

  it('cuts on a word boundary and ends with an ellipsis, within maxChars', () => {
    const text = 'The quick brown fox jumps over the lazy dog';
    assert.equal(makeExcerpt(text, 20), 'The quick brown fox…');
    assert.equal(makeExcerpt(text, 19), 'The quick brown…');
    assert.equal(makeExcerpt(text, 18), 'The quick brown…');
  });

  it('never cuts inside a word at any length', () => {
    const { plainText } = renderMarkdown(readFixture('long-article.md'));
    for (let max = 5; max <= 400; max += 7) {
      const excerpt = makeExcerpt(plainText, max);
      assert.ok(excerpt.endsWith('…'));
      assert.ok(Array.from(excerpt).length <= max, `${max}: ${excerpt}`);
      assertWordBoundary(plainText, excerpt);
    }
  });

  it('drops punctuation dangling before the ellipsis', () => {
    assert.equal(makeExcerpt('Costs rose, and then, quite suddenly, they fell again', 25), 'Costs rose, and then…');
    assert.equal(makeExcerpt('It ended. Then a new chapter began at once', 12), 'It ended…');
  });

  it('keeps an over-long first word whole rather than splitting it', () => {
    assert.equal(makeExcerpt('Donaudampfschifffahrtsgesellschaft operated steamers', 10), 'Donaudampfschifffahrtsgesellschaft…');
    assert.equal(makeExcerpt('Donaudampfschifffahrtsgesellschaft', 10), 'Donaudampfschifffahrtsgesellschaft');
  });

  it('counts characters, not UTF-16 units, so emoji and accents survive', () => {
    const text = '🌊🌊🌊 rivers and déltas of the world';
    const excerpt = makeExcerpt(text, 17);
    assert.equal(excerpt, '🌊🌊🌊 rivers and…');
    assert.ok(!excerpt.includes('\uFFFD'));
  });
});
