import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../../../src/domain/articles/content/markdown.js';
import { countWords } from '../../../../src/domain/articles/content/text.js';
import {
  allElements,
  assertFragmentLinksResolve,
  attr,
  hasClass,
  parseHtml,
  readFixture,
  topLevel,
} from './content-helpers.js';

describe('renderMarkdown: footnotes', () => {
  const rendered = renderMarkdown(readFixture('footnotes.md'));
  const elements = allElements(parseHtml(rendered.html));
  const refs = elements.filter((element) => attr(element, 'dataFootnoteRef') !== undefined);
  const backrefs = elements.filter((element) => attr(element, 'dataFootnoteBackref') !== undefined);

  it('links every reference, backref and aria-describedby to an existing, unique id', () => {
    assertFragmentLinksResolve(rendered.html);
  });

  it('emits references in GitHub markup, numbered by first citation, repeats reusing the number', () => {
    assert.deepEqual(
      refs.map((ref) => ref.children.map((child) => (child.type === 'text' ? child.value : '')).join('')),
      ['1', '2', '1', '3', '3', '4', '1'],
    );
    assert.ok(
      rendered.html.includes(
        '<sup><a href="#user-content-fn-smith" id="user-content-fnref-smith" data-footnote-ref aria-describedby="footnote-label">3</a></sup>',
      ),
    );
    assert.ok(rendered.html.includes('id="user-content-fnref-smith-2"'), 'second citation of a named note');
    assert.ok(rendered.html.includes('id="user-content-fnref-1-3"'), 'third citation of note 1');
  });

  it('renders the notes section with its hidden label, list items and one back-link per citation', () => {
    assert.ok(
      rendered.html.includes(
        '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n<li id="user-content-fn-1">',
      ),
    );
    assert.equal(backrefs.length, refs.length);
    for (const backref of backrefs) {
      assert.match(attr(backref, 'href') ?? '', /^#user-content-fnref-/);
      assert.match(attr(backref, 'ariaLabel') ?? '', /^Back to reference /);
      assert.ok(hasClass(backref, 'data-footnote-backref'));
    }
    assert.ok(rendered.html.includes('<li id="user-content-fn-smith">'));
  });

  it('keeps the back-link of a multi-paragraph note in its last paragraph', () => {
    assert.match(
      rendered.html,
      /<li id="user-content-fn-dry">\n<p>A "wet decade"[^<]*<\/p>\n<p>A second paragraph[^<]*<a href="#user-content-fnref-dry" data-footnote-backref/,
    );
  });

  it('turns labels that could collide into distinct, safe ids', () => {
    // `[^Commons-2]` would otherwise give `fnref-commons-2`, the id of a second citation of `[^commons]`.
    assert.ok(rendered.html.includes('<li id="user-content-fn-commons_2">'));
    const tricky = renderMarkdown('One[^a] two[^a] three[^a-2] four[^é"x] five[^x].\n\n[^a]: A.\n[^a-2]: A two.\n[^é"x]: Odd.\n[^x]: Ex.\n');
    assertFragmentLinksResolve(tricky.html);
    assert.equal(tricky.footnoteCount, 4);
    assert.doesNotMatch(tricky.html, /%/);
  });

  it('gives headings that look like footnote ids a different id', () => {
    const clash = renderMarkdown('## Fn 1\n\nText.[^1]\n\n## fnref 1\n\n[^1]: Note.\n');
    assertFragmentLinksResolve(clash.html);
    assert.deepEqual(
      clash.headings.map((heading) => heading.id),
      ['user-content-fn-1-h1', 'user-content-fnref-1-h1'],
    );
  });

  it('counts rendered notes only and leaves notes and markers out of the plain text', () => {
    assert.equal(rendered.footnoteCount, 4);
    assert.ok(!rendered.html.includes('never cited'));
    assert.ok(rendered.plainText.includes('a share of its flow. Treaties written'));
    assert.ok(!rendered.plainText.includes('illustrative'));
    assert.ok(!rendered.plainText.includes('Footnotes'));
  });

  it('keeps the footnote label out of the headings', () => {
    assert.deepEqual(rendered.headings, [
      { id: 'user-content-water-rights-and-the-upstream-problem', text: 'Water rights and the upstream problem', depth: 2 },
      { id: 'user-content-what-the-records-show', text: 'What the records show', depth: 2 },
    ]);
  });
});

describe('renderMarkdown: hostile input', () => {
  const { html, plainText } = renderMarkdown(readFixture('hostile.md'));
  const elements = allElements(parseHtml(html));

  it('removes scripts, frames, styles and dangerous URL schemes', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<iframe/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /<svg|<math|<div/i);
    assert.doesNotMatch(html, /style=/i);
    assert.doesNotMatch(html, /javascript:/i);
    assert.doesNotMatch(html, /vbscript:/i);
    assert.doesNotMatch(html, /data:/i);
    assert.ok(!html.includes('block script'), 'an HTML block is dropped whole');
  });

  it('leaves no event-handler or style attribute on any element', () => {
    for (const element of elements) {
      for (const name of Object.keys(element.properties)) {
        assert.doesNotMatch(name, /^on/i, `<${element.tagName} ${name}>`);
        assert.notEqual(name, 'style');
      }
    }
    // Any " onerror=" left in the string is inside an escaped attribute value or text, never an attribute.
    for (const match of html.matchAll(/<[a-z][^>]*>/gi)) {
      assert.doesNotMatch(match[0].replace(/"[^"]*"/g, '""'), /\son\w+=/i, match[0]);
    }
  });

  it('drops raw HTML tags but keeps the text between them', () => {
    assert.ok(html.includes('<p>A paragraph with inline raw HTML:  and bold text.</p>'));
    assert.doesNotMatch(html, /<b[ >]/);
    assert.ok(html.includes('<p>raw anchor</p>'));
  });

  it('keeps the words of refused links and removes images with refused sources', () => {
    for (const text of ['plain javascript link', 'mixed case scheme', 'entity encoded scheme', 'vbscript link', 'data link']) {
      assert.ok(html.includes(`<p>${text}</p>`), text);
    }
    const images = elements.filter((element) => element.tagName === 'img');
    assert.deepEqual(
      images.map((image) => attr(image, 'src')),
      ['https://example.com/pic.png', 'https://example.com/chart.png'],
    );
    assert.equal(attr(images[0]!, 'alt'), `alt with quote" onerror="alert('alt')`);
    assert.doesNotMatch(html, /<p>\s*<\/p>/);
    assert.ok(!plainText.includes('autolink'));
  });

  it('drops script autolinks whole, whatever their case, but keeps honest upper-case schemes', () => {
    const { html: out } = renderMarkdown(
      '<JavaScript:alert(X)> <data:text/html,"hi"> [javascript:x](javascript:x) [kept words](javascript:x) <HTTPS://Example.org/A>',
    );
    assert.equal(
      out,
      '<p>   kept words <a href="https://Example.org/A" rel="nofollow ugc noopener">HTTPS://Example.org/A</a></p>',
    );
  });

  it('keeps safe links and marks only external ones as user-generated', () => {
    assert.ok(html.includes('<a href="https://example.com/article" rel="nofollow ugc noopener">safe</a>'));
    assert.ok(html.includes('<a href="/about/">relative</a>'));
    assert.ok(html.includes('<a href="#user-content-note">anchor</a>'));
    assert.ok(html.includes('<a href="mailto:editor@example.org">mail</a>'));
    assert.ok(html.includes('<img src="https://example.com/chart.png" alt="a chart" title="Chart title">'));
  });
});

describe('renderMarkdown: links and images', () => {
  it('adds rel only to absolute http(s) and protocol-relative links', () => {
    const { html } = renderMarkdown(
      '[a](https://a.example/x) [b](HTTP://b.example) [c](//c.example/y) [d](/d/) [e](e/f) [g](#g) [h](?page=2) [m](mailto:m@example.org)',
    );
    assert.equal(html.match(/rel="nofollow ugc noopener"/g)?.length, 3);
    for (const link of ['<a href="/d/">d</a>', '<a href="e/f">e</a>', '<a href="#g">g</a>', '<a href="?page=2">h</a>', '<a href="mailto:m@example.org">m</a>']) {
      assert.ok(html.includes(link), link);
    }
  });

  it('keeps relative and http(s) image sources with their alt text', () => {
    const { html } = renderMarkdown('![Map of the basin](/media/basin.png) ![Gauge](https://cdn.example/gauge.jpg) ![Bad](vbscript:x)');
    assert.equal(
      html,
      '<p><img src="/media/basin.png" alt="Map of the basin"> <img src="https://cdn.example/gauge.jpg" alt="Gauge"> </p>',
    );
  });
});

describe('renderMarkdown: GFM', () => {
  const { html, plainText } = renderMarkdown(readFixture('gfm.md'));

  it('renders tables with alignment, strikethrough and task lists', () => {
    assert.ok(html.includes('<th align="right">Budget share</th>'));
    assert.ok(html.includes('<td align="center"><del>+1</del></td>'));
    assert.ok(html.includes('<del>a mistake</del>'));
    assert.ok(html.includes('<ul class="contains-task-list">'));
    assert.ok(html.includes('<li class="task-list-item"><input type="checkbox" checked disabled> Draft the survey</li>'));
    assert.ok(html.includes('<li class="task-list-item"><input type="checkbox" disabled> Pilot it'));
  });

  it('autolinks bare URLs as external links and escapes code', () => {
    assert.ok(html.includes('<a href="https://example.net/report" rel="nofollow ugc noopener">https://example.net/report</a>'));
    assert.ok(html.includes('<a href="http://www.example.com" rel="nofollow ugc noopener">www.example.com</a>'));
    assert.ok(html.includes('<code class="language-ts">const unsafe = \'&#x3C;script>not executed&#x3C;/script>\';'));
    assert.ok(plainText.includes('Arland 12.5% +1 Brevia'), 'table cells do not fuse into one word');
  });
});

describe('renderMarkdown: headings and text', () => {
  const source = readFixture('long-article.md');
  const rendered = renderMarkdown(source);

  it('never emits h1 and demotes body headings (# and ## → h2, ### → h3, deeper → h4)', () => {
    assert.doesNotMatch(rendered.html, /<h1[ >]/);
    assert.doesNotMatch(rendered.html, /<h[56][ >]/);
    assert.ok(rendered.html.includes('<h2 id="user-content-why-small-journals-outlast-their-funding">'));
    assert.ok(rendered.html.includes('<h4 id="user-content-a-note-on-archives">A note on archives</h4>'));
    assert.ok(rendered.html.includes('<h4 id="user-content-a-deeper-note-that-should-be-demoted-to-the-fourth-level">'));
  });

  it('lists h2..h4 in order with the ids used in the html, unique even for repeated titles', () => {
    assert.deepEqual(
      rendered.headings.map(({ depth, id }) => `${depth} ${id.replace('user-content-', '')}`),
      [
        '2 why-small-journals-outlast-their-funding',
        '2 the-money-question',
        '3 subscriptions-are-a-signal',
        '3 institutional-support-is-a-relationship',
        '2 the-people-question',
        '3 what-volunteers-need',
        '2 the-format-question',
        '4 a-note-on-archives',
        '4 a-deeper-note-that-should-be-demoted-to-the-fourth-level',
        '2 the-money-question-1',
      ],
    );
    for (const heading of rendered.headings) assert.ok(rendered.html.includes(`id="${heading.id}">${heading.text}<`));
    assertFragmentLinksResolve(rendered.html);
  });

  it('reports collapsed plain text, word count and reading time', () => {
    assert.doesNotMatch(rendered.plainText, /\s{2}|\n/);
    assert.ok(rendered.plainText.startsWith('Why small journals outlast their funding Every few years'));
    assert.ok(rendered.plainText.endsWith('the first will take care of itself.'));
    assert.ok(!rendered.plainText.includes('little magazines'), 'footnote text excluded');
    assert.equal(rendered.wordCount, countWords(rendered.plainText));
    assert.ok(rendered.wordCount > 1000 && rendered.wordCount < 1100, String(rendered.wordCount));
    assert.equal(rendered.readingMinutes, Math.round(rendered.wordCount / 230));
    assert.equal(rendered.footnoteCount, 1);
  });

  it('is deterministic across calls (the slugger starts afresh each time)', () => {
    assert.equal(renderMarkdown(source).html, rendered.html);
  });

  it('handles empty and tiny input', () => {
    assert.deepEqual(renderMarkdown(''), {
      html: '',
      headings: [],
      plainText: '',
      wordCount: 0,
      readingMinutes: 1,
      footnoteCount: 0,
    });
    const tiny = renderMarkdown('Just *one* line.');
    assert.equal(tiny.html, '<p>Just <em>one</em> line.</p>');
    assert.equal(tiny.plainText, 'Just one line.');
    assert.equal(tiny.wordCount, 3);
  });

  it('keeps the body as top-level blocks followed by the footnotes section', () => {
    const blocks = topLevel(parseHtml(rendered.html));
    assert.equal(blocks.at(-1)?.tagName, 'section');
    assert.ok(blocks.slice(0, -1).every((block) => block.tagName !== 'section'));
  });
});
