import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../../../src/domain/articles/content/markdown.js';
import { convertWpContent, wpPlainText } from '../../../../src/domain/imports/wordpress/wp-content.js';
import { readWxr } from '../../../../src/domain/imports/wordpress/wxr-reader.js';
import type { WxrItem } from '../../../../src/domain/imports/wordpress/wxr.types.js';

const site = 'https://lantern.example.org';

async function fixtureItems(name: string): Promise<WxrItem[]> {
  const out: WxrItem[] = [];
  for await (const r of readWxr(createReadStream(new URL(`../../../fixtures/wxr/${name}`, import.meta.url).pathname))) if (r.kind === 'item') out.push(r.item);
  return out;
}

async function convertFixturePost(name: string, id: number) {
  const items = await fixtureItems(name);
  const attachments = new Map(items.filter((i) => i.postType === 'attachment').map((i) => [i.wpId, { url: i.attachmentUrl, alt: '' }]));
  const item = items.find((i) => i.wpId === id) as WxrItem;
  return convertWpContent(item.contentHtml, { siteUrl: site, footnotesMeta: item.meta.find((m) => m.key === 'footnotes')?.value, attachments });
}

describe('convertWpContent', () => {
  it('block content with the core Footnotes block, Also Read, an image and an embed', async () => {
    const r = await convertFixturePost('magazine-wxr12.xml', 301);
    assert.equal(r.markdown, [
      'Every port city is built twice: once by the people who dig, and once by the water that undoes them.[^1]',
      '', '## Two kinds of silt', '',
      'The engineers of 1890 dredged **eleven metres**; the river put back nine within a decade.[^2]',
      '', '![Cranes against an orange sky](https://lantern.example.org/wp-content/uploads/2024/03/harbour-light.jpg)',
      '', '*The evening ferry.*', '',
      '[https://www.youtube.com/watch?v=dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
      '', '[^1]: Port authority annual report, 1911, p. 40.', '', '[^2]: Dredging logs kept at the *Felixarchief*.', '',
    ].join('\n'));
    assert.deepEqual(r.alsoRead, [{ href: 'https://lantern.example.org/2024/02/14/bridges-that-move/', title: 'Bridges that move' }]);
    assert.deepEqual(r.images, [{ src: 'https://lantern.example.org/wp-content/uploads/2024/03/harbour-light.jpg', alt: 'Cranes against an orange sky' }]);
    assert.deepEqual(r.warnings, []);
  });

  it('classic content: paragraphs, [efn_note], [caption], [gallery], an unknown shortcode, an embed line, ALSO READ', async () => {
    const r = await convertFixturePost('magazine-wxr12.xml', 302);
    assert.match(r.markdown, /^Some bridges swing.*comes\.\[\^1\]\n\nThe bascule .* by hand\[\^2\], twice an hour\\\nin summer/);
    assert.match(r.markdown, /!\[\]\(https:\/\/lantern\.example\.org\/wp-content\/uploads\/2024\/03\/pier\.png\)\n\n\*A pier, seen from the lock keeper's hut\*/);
    assert.match(r.markdown, /\\\[wpforms id="88" title="false"\\\]/);
    assert.match(r.markdown, /\[https:\/\/vimeo\.com\/76979871\]\(https:\/\/vimeo\.com\/76979871\)/);
    assert.match(r.markdown, /\[\^1\]: The Moerbrug, demolished in 1996\.\n\n\[\^2\]: By a keeper who also sells \*ice cream\*\.\n$/);
    assert.doesNotMatch(r.markdown, /also read/i);
    assert.deepEqual(r.alsoRead, [{ href: 'https://lantern.example.org/2024/03/05/the-river-remembers/', title: 'The river remembers the city' }]);
    assert.deepEqual(r.images.map((i) => i.src.replace(/.*\//, '')), ['pier.png', 'quay-low-tide.jpg']);
    assert.deepEqual(r.warnings, ['Unknown shortcode [wpforms] kept as text: replace or remove it in the editor.']);
  });

  it('endnote lists linked with #fn-N, and bare <sup> digits under a References heading', async () => {
    const linked = await convertFixturePost('magazine-wxr12.xml', 303);
    assert.equal(linked.markdown, 'The work songs were counted, not sung.[^1] A gang of twelve kept time with the winch.[^2]\n\nSome of the verses survive only because a priest wrote them down.[^1]\n\n[^1]: Interview with J. Maes, 1978.\n\n[^2]: See the [winch logbook](https://archive.example.org/winch).\n');
    const bare = await convertFixturePost('magazine-wxr12.xml', 304);
    assert.equal(bare.markdown, 'The last crossing leaves at 00:40.[^1] Nobody on it is going home.[^2]\n\n[^1]: Timetable of the Gemeentelijke Veerdienst, winter 2023.\n\n[^2]: Conversation with the night skipper, January 2024.\n');
  });

  it('[ref], [footnote] and [mfn] become footnotes in reference order', async () => {
    const r = await convertFixturePost('magazine-wxr12.xml', 305);
    assert.equal(r.markdown, 'Five books about water, and one about the lack of it.[^1]\n\n- The Drowned Quarter\n- Salt and Stone[^2]\n\nThe sixth one is a [very dry](http://www.example.com/dry) read.[^3]\n\n[^1]: Chosen by the editors in September.\n\n[^2]: Out of print; try a library.\n\n[^3]: A pun, sorry.\n');
  });

  it('Also Read in any case, with or without a colon, only when it is one link', () => {
    const r = convertWpContent('<p>also read - <a href="/a/">A</a></p><p>Also Read: <a href="/b/">B</a> and <a href="/c/">C</a></p><p>Also read this long sentence about <a href="/d/">D</a>.</p>', { siteUrl: site });
    assert.deepEqual(r.alsoRead, [{ href: 'https://lantern.example.org/a/', title: 'A' }]);
    assert.match(r.markdown, /\[B\]\(https:\/\/lantern\.example\.org\/b\/\)/);
    assert.match(r.markdown, /\[D\]/);
  });

  it('nothing executable survives hostile content', async () => {
    const r = await convertFixturePost('hostile.xml', 1);
    for (const bad of [/javascript:/i, /\]\(data:/i, /<script/i, /onerror=(?!")/i, /<iframe/i]) assert.doesNotMatch(r.markdown, bad);
    assert.doesNotMatch(r.markdown, /alert\('(?:body|caption|gallery|cap)'\)/);
    const html = renderMarkdown(r.markdown).html;
    for (const bad of [/<script/i, /\son\w+="/i, /javascript:/i, /<iframe/i, /src="data:/i]) assert.doesNotMatch(html, bad);
    assert.deepEqual(r.alsoRead, []);
    assert.ok(r.warnings.includes('An image with an address we do not allow (such as data: or javascript:) was left out.'));
    assert.ok(r.warnings.includes('A <script> in the body was removed.'));
  });

  it('our own placeholders cannot be forged by the export', () => {
    const r = convertWpContent('<p>x<sup data-mh-note="0">*</sup>\uE0000\uE001</p>', { siteUrl: site });
    assert.equal(r.markdown, 'x\\*0\n');
  });

  it('embeds, block galleries, bracketed bare notes, <pre>, tables, social embeds, old captions', () => {
    const md = (html: string) => convertWpContent(html, { siteUrl: 'https://mag.example.org' });
    assert.equal(md('[embed]https://www.youtube.com/watch?v=abc123[/embed]\n\nText after.').markdown, '[https://www.youtube.com/watch?v=abc123](https://www.youtube.com/watch?v=abc123)\n\nText after.\n');
    const gallery = md('<!-- wp:gallery --><figure class="wp-block-gallery"><!-- wp:image --><figure class="wp-block-image"><img src="/wp-content/uploads/a.jpg" alt="A"/></figure><!-- /wp:image --><!-- wp:image --><figure class="wp-block-image"><img src="/wp-content/uploads/b.jpg" alt="B"/><figcaption>Bee</figcaption></figure><!-- /wp:image --></figure><!-- /wp:gallery -->');
    assert.equal(gallery.markdown, '![A](https://mag.example.org/wp-content/uploads/a.jpg)\n\n![B](https://mag.example.org/wp-content/uploads/b.jpg)\n\n*Bee*\n');
    assert.deepEqual(gallery.images, [{ src: 'https://mag.example.org/wp-content/uploads/a.jpg', alt: 'A' }, { src: 'https://mag.example.org/wp-content/uploads/b.jpg', alt: 'B' }]);
    assert.equal(md('Claim one.<sup>[1]</sup>\n\n<strong>Notes</strong>\n<ol><li>First source.</li></ol>').markdown, 'Claim one.[^1]\n\n[^1]: First source.\n');
    assert.equal(md('Code:\n\n<pre>line one\n\nline [two]\n</pre>\n\nAfter [sic] text.').markdown, 'Code:\n\n```\nline one\n\nline [two]\n```\n\nAfter \\[sic\\] text.\n');
    assert.equal(md('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>').markdown, '| A | B |\n| --- | --- |\n| 1 | 2 |\n');
    const tweet = md('<blockquote class="twitter-tweet"><p>Tweet text</p>&mdash; Someone <a href="https://twitter.com/x/status/1">June 1</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>');
    assert.equal(tweet.markdown, '> Tweet text\n>\n> — Someone [June 1](https://twitter.com/x/status/1)\n');
    assert.deepEqual(tweet.warnings, []);
    assert.equal(md('[caption id="" width="300" caption="Old <b>style</b>"]<img src="https://mag.example.org/c.jpg" alt="C" />[/caption]').markdown, '![C](https://mag.example.org/c.jpg)\n\n*Old style*\n');
    const missing = md('<p>x<sup data-fn="gone" class="fn"><a href="#gone" id="gone-link">1</a></sup></p>');
    assert.equal(missing.markdown, 'x\n');
    assert.equal(missing.warnings.length, 1);
  });

  it('never throws nor lets anything executable through on scrambled hostile fragments', () => {
    const parts = ['<p>', '</p>', '<a href="javascript:x()">', '</a>', '[caption caption="\'" onload="x"]', '[/caption]', '<img src=javascript:1 alt="]]()">', '[efn_note]', '[/efn_note]', '<sup>1</sup>', '<h2>Notes</h2>', '<ol><li id="fn-1">n</li></ol>', '<a href="#fn-1">1</a>', '\n\n', '[gallery ids="1"]', 'Also read: ', '<a href="/x">y</a>', '<script>alert(1)</script>', '<pre>', '</pre>', '<!-- wp:paragraph -->', '<table><tr><td>', '</td></tr></table>', '[mfn]', '[/mfn]', '<svg onload=1>', '<sup data-fn="q">', '</sup>', 'https://youtu.be/x', '<a href="data:text/html,1">', '<<>>', '](javascript:alert(1))', '<a href="https://a.example/?q=](javascript:1)">t</a>'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 400; n++) {
      let html = '';
      for (let i = 1 + Math.floor(next() * 12); i > 0; i--) html += parts[Math.floor(next() * parts.length)];
      const r = convertWpContent(html, { siteUrl: site, footnotesMeta: '[{"id":"q","content":"<a href=\\"javascript:1\\">m</a>"}]' });
      assert.doesNotMatch(renderMarkdown(r.markdown).html, /<script|<svg|\son\w+="|(?:href|src)="(?:javascript|data):/i, html);
    }
  });

  it('wpPlainText strips tags and decodes entities', () => {
    assert.equal(wpPlainText('<script>alert(1)</script>Fish &amp; <b>Chips</b> &#8211; &hellip;'), 'Fish & Chips – …');
  });
});
