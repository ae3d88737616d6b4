import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Heading } from '../../../../src/domain/articles/content/markdown.js';
import { renderMarkdown } from '../../../../src/domain/articles/content/markdown.js';
import { buildToc } from '../../../../src/domain/articles/content/toc.js';
import { readFixture } from './content-helpers.js';

const h = (depth: number, text: string): Heading => ({ id: `user-content-${text}`, text, depth });

describe('buildToc', () => {
  it('lists the h2 and h3 headings of a long article, in order, and nothing deeper', () => {
    const { headings, wordCount } = renderMarkdown(readFixture('long-article.md'));
    const toc = buildToc(headings, { wordCount });
    assert.ok(toc);
    assert.deepEqual(
      toc.map((entry) => `${entry.depth} ${entry.text}`),
      [
        '2 Why small journals outlast their funding',
        '2 The money question',
        '3 Subscriptions are a signal',
        '3 Institutional support is a relationship',
        '2 The people question',
        '3 What volunteers need',
        '2 The format question',
        '2 The money question',
      ],
    );
    assert.equal(toc.at(-1)?.id, 'user-content-the-money-question-1');
  });

  it('returns null under 900 words by default', () => {
    const headings = [h(2, 'a'), h(2, 'b'), h(3, 'c'), h(2, 'd')];
    assert.equal(buildToc(headings, { wordCount: 899 }), null);
    assert.equal(buildToc(headings, { wordCount: 900 })?.length, 4);
  });

  it('returns null with fewer than three h2/h3 headings, h4 not counting', () => {
    assert.equal(buildToc([h(2, 'a'), h(3, 'b'), h(4, 'c'), h(4, 'd')], { wordCount: 5000 }), null);
    assert.equal(buildToc([], { wordCount: 5000 }), null);
    assert.deepEqual(buildToc([h(2, 'a'), h(4, 'x'), h(3, 'b'), h(2, 'c')], { wordCount: 5000 }), [
      h(2, 'a'),
      h(3, 'b'),
      h(2, 'c'),
    ]);
  });

  it('honours custom thresholds', () => {
    const headings = [h(2, 'a'), h(2, 'b')];
    assert.equal(buildToc(headings, { wordCount: 300 }), null);
    assert.deepEqual(buildToc(headings, { wordCount: 300, minHeadings: 2, minWords: 250 }), headings);
    assert.equal(buildToc(headings, { wordCount: 300, minHeadings: 2, minWords: 301 }), null);
    assert.equal(buildToc(headings, { wordCount: 300, minHeadings: 0, minWords: 0 })?.length, 2);
    assert.equal(buildToc([], { wordCount: 300, minHeadings: 0, minWords: 0 }), null, 'nothing to list');
  });

  it('checks only the heading count when no options are given, and returns copies', () => {
    const headings = [h(2, 'a'), h(2, 'b'), h(2, 'c')];
    const toc = buildToc(headings);
    assert.deepEqual(toc, headings);
    assert.notEqual(toc?.[0], headings[0]);
  });
});
