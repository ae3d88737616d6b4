import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element } from 'hast';
import {
  alsoReadAside,
  insertAlsoRead,
  isSafeLinkUrl,
  type AlsoReadLink,
} from '../../../../src/domain/articles/content/also-read.js';
import { renderMarkdown } from '../../../../src/domain/articles/content/markdown.js';
import { allElements, assertFragmentLinksResolve, hasClass, parseHtml, readFixture, topLevel } from './content-helpers.js';

const links: AlsoReadLink[] = [
  { title: 'The archive as memory', url: '/the-archive-as-memory/' },
  { title: 'Grants are capital', url: '/grants-are-capital/' },
  { title: 'Succession in small presses', url: 'https://example.org/succession/' },
];

const isAside = (element: Element): boolean => element.tagName === 'aside' && hasClass(element, 'also-read');

/** Removing every inserted aside (and the newline before it) must give back the input exactly. */
function withoutAsides(html: string): string {
  return html.replace(/\n?<aside class="also-read"[^]*?<\/aside>\n?/g, (match) =>
    match.startsWith('\n') && match.endsWith('\n') ? '\n' : '',
  );
}

/** For each aside: the top-level blocks around it and how many top-level paragraphs precede it. */
function placements(html: string): Array<{ before?: Element; after?: Element; paragraphsBefore: number }> {
  const blocks = topLevel(parseHtml(html));
  const found: Array<{ before?: Element; after?: Element; paragraphsBefore: number }> = [];
  blocks.forEach((block, index) => {
    if (!isAside(block)) return;
    const paragraphsBefore = blocks.slice(0, index).filter((b) => b.tagName === 'p').length;
    found.push({ before: blocks[index - 1], after: blocks[index + 1], paragraphsBefore });
  });
  return found;
}

const paragraphs = (count: number): string =>
  Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join('\n');

describe('insertAlsoRead on a long article', () => {
  const { html } = renderMarkdown(readFixture('long-article.md'));
  const result = insertAlsoRead(html, links);
  const found = placements(result);
  const paragraphCount = topLevel(parseHtml(html)).filter((block) => block.tagName === 'p').length;

  it('places one aside per link, all at the top level, and changes nothing else', () => {
    assert.equal(found.length, 3);
    assert.equal(allElements(parseHtml(result)).filter(isAside).length, 3, 'no aside nested anywhere');
    assert.equal(withoutAsides(result), html);
    assertFragmentLinksResolve(result);
  });

  it('puts every aside between two top-level paragraphs, after the second paragraph at the earliest', () => {
    for (const { before, after, paragraphsBefore } of found) {
      assert.equal(before?.tagName, 'p');
      assert.equal(after?.tagName, 'p', 'never directly before a heading, list, quote or table');
      assert.ok(paragraphsBefore >= 2);
    }
  });

  it('spreads the asides through the text, in link order, never close together', () => {
    const positions = found.map((placement) => placement.paragraphsBefore / paragraphCount);
    assert.ok(positions[0]! > 0.1 && positions[0]! < 0.4, String(positions));
    assert.ok(positions[1]! > 0.35 && positions[1]! < 0.65, String(positions));
    assert.ok(positions[2]! > 0.6 && positions[2]! < 0.9, String(positions));
    for (let i = 1; i < found.length; i += 1) {
      assert.ok(found[i]!.paragraphsBefore - found[i - 1]!.paragraphsBefore >= 2);
    }
    const titles = [...result.matchAll(/<aside[^]*?<a href="[^"]*">([^<]*)<\/a><\/aside>/g)].map((m) => m[1]);
    assert.deepEqual(titles, links.map((link) => link.title));
  });

  it('keeps every aside before the footnotes section', () => {
    const section = result.indexOf('<section data-footnotes');
    assert.ok(section > 0);
    assert.ok(result.lastIndexOf('<aside') < section);
    assert.equal(result.slice(section), html.slice(html.indexOf('<section data-footnotes')));
  });
});

describe('insertAlsoRead placement rules', () => {
  it('never places an aside before a heading or inside lists, quotes and tables', () => {
    const html = [
      '<p>One.</p>',
      '<p>Two.</p>',
      '<h2 id="user-content-a">A</h2>',
      '<p>Three.</p>',
      '<ul>\n<li>\n<p>Nested one.</p>\n</li>\n<li>\n<p>Nested two.</p>\n</li>\n</ul>',
      '<blockquote>\n<p>Quoted one.</p>\n<p>Quoted two.</p>\n</blockquote>',
      '<p>Four.</p>',
      '<table><tbody><tr><td><p>Cell</p></td></tr></tbody></table>',
      '<p>Five.</p>',
      '<p>Six.</p>',
    ].join('\n');
    const result = insertAlsoRead(html, links);
    const found = placements(result);
    assert.equal(allElements(parseHtml(result)).filter(isAside).length, found.length, 'all at top level');
    assert.equal(found.length, 1, 'only "Five | Six" is a gap between paragraphs');
    assert.ok(result.includes('<p>Five.</p>\n' + alsoReadAside(links[0]!) + '\n<p>Six.</p>'));
  });

  it('places fewer asides when there are few paragraphs, never two adjacent', () => {
    const at = (count: number): number[] =>
      placements(insertAlsoRead(paragraphs(count), links)).map((placement) => placement.paragraphsBefore);
    assert.deepEqual(at(12), [3, 6, 9]);
    assert.deepEqual(at(6), [2, 4]);
    assert.deepEqual(at(4), [2]);
    assert.deepEqual(at(3), [2]);
    assert.deepEqual(at(2), [2], 'no gap between paragraphs: one aside at the end');
  });

  it('falls back to one aside at the end of the body, before the footnotes', () => {
    const footnotes = '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n<li id="user-content-fn-1">\n<p>Note.</p>\n</li>\n</ol>\n</section>';
    const short = `<p>Only paragraph.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>\n${footnotes}`;
    const result = insertAlsoRead(short, links);
    assert.equal(result, short.replace('<section', `${alsoReadAside(links[0]!)}\n<section`));
    assert.equal(result.match(/<aside/g)?.length, 1);

    assert.equal(insertAlsoRead('<p>Only.</p>\n', links), `<p>Only.</p>\n${alsoReadAside(links[0]!)}\n`);
    assert.equal(
      insertAlsoRead('<h2 id="user-content-x">X</h2>\n<ul>\n<li>item</li>\n</ul>', links.slice(1)),
      `<h2 id="user-content-x">X</h2>\n<ul>\n<li>item</li>\n</ul>\n${alsoReadAside(links[1]!)}`,
    );
  });

  it('splices at the right offsets in text with emoji, accents and entities', () => {
    const html = Array.from({ length: 6 }, (_, i) => `<p>🌊 Délta ${i} &#x3C;tag> &amp; “quotes”.</p>`).join('\n');
    const result = insertAlsoRead(html, links.slice(0, 2));
    assert.equal(withoutAsides(result), html);
    assert.deepEqual(
      placements(result).map((placement) => placement.paragraphsBefore),
      [2, 4],
    );
    assert.ok(result.includes('<p>🌊 Délta 1 &#x3C;tag> &amp; “quotes”.</p>\n<aside'));
  });

  it('returns the input unchanged with no links, no usable links or no body', () => {
    const html = paragraphs(8);
    assert.equal(insertAlsoRead(html, []), html);
    assert.equal(insertAlsoRead(html, [{ title: '   ', url: '/x/' }]), html);
    assert.equal(insertAlsoRead('', links), '');
  });
});

describe('insertAlsoRead escaping', () => {
  it('renders the exact aside markup', () => {
    assert.equal(
      alsoReadAside({ title: 'Grants are capital', url: '/grants-are-capital/' }),
      '<aside class="also-read"><span class="also-read-label">Also Read:</span> <a href="/grants-are-capital/">Grants are capital</a></aside>',
    );
  });

  it('escapes hostile titles and URLs', () => {
    const result = insertAlsoRead(paragraphs(6), [
      { title: '<script>alert("t")</script> & <img src=x onerror=alert(1)>', url: '/a/?q="><script>alert(1)</script>&x=1' },
    ]);
    assert.doesNotMatch(result, /<script|<img/);
    assert.ok(
      result.includes(
        '<a href="/a/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;x=1">&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</a>',
      ),
    );
    const asides = allElements(parseHtml(result)).filter(isAside);
    assert.equal(asides.length, 1);
    assert.deepEqual(
      allElements(asides[0]!).map((element) => element.tagName),
      ['span', 'a'],
    );
  });

  it('skips links with script-capable or otherwise non-http URLs', () => {
    const hostile: AlsoReadLink[] = [
      { title: 'JS', url: 'javascript:alert(1)' },
      { title: 'JS upper', url: ' JAVASCRIPT:alert(1)' },
      { title: 'JS tab', url: 'java\tscript:alert(1)' },
      { title: 'VB', url: 'vbscript:msgbox(1)' },
      { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
      { title: 'Fine', url: 'https://example.org/fine/' },
    ];
    const result = insertAlsoRead(paragraphs(6), hostile);
    assert.equal(result.match(/<aside/g)?.length, 1);
    assert.ok(result.includes('<a href="https://example.org/fine/">Fine</a>'));
    assert.doesNotMatch(result, /script:|data:/i);
  });

  it('accepts http(s) and relative URLs only', () => {
    for (const url of ['https://example.org/a', 'HTTP://example.org', '/slug/', 'slug/', '#top', '?page=2', '//cdn.example.org/x']) {
      assert.ok(isSafeLinkUrl(url), url);
    }
    for (const url of ['', '  ', 'javascript:x', 'mailto:a@b.c', 'data:,x', 'java\nscript:x', 'ftp://x']) {
      assert.ok(!isSafeLinkUrl(url), url);
    }
  });
});
