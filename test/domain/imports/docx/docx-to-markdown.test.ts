import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Document, ExternalHyperlink, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { renderMarkdown } from '../../../../src/domain/articles/content/markdown.js';
import { convertDocx, replaceImageRefs } from '../../../../src/domain/imports/docx/docx-to-markdown.js';
import { bluePng, endnoteFirstDocx, libreOfficeDocx, plainDocx, richDocx } from './docx-fixtures.js';

describe('Word to Markdown: a document written by the docx package', () => {
  test('keeps title, headings, emphasis, lists, table, links, image and every note', async () => {
    const png = await bluePng();
    const result = await convertDocx(await richDocx(png));
    assert.equal(result.title, 'Tides of the Northern Harbour');
    assert.equal(
      result.markdown,
      `## Why the tide matters

The harbour floods **twice** a day, *without fail*.[^1] Pilots know it well.[^2] Visitors do not.[^3]

### Reading a table

Typed, not markup: &lt;script>alert("tide")&lt;/script> and &lt;b>bold?&lt;/b> & 3 &lt; 4.

[the tide service](https://tides.example.org/north?station=7), a trap link, a data link and [the harbourmaster](mailto:harbourmaster@example.org).

- Ropes
  - Mooring lines
- Fenders

1. Check the gauge
   1. Note the height
2. Open the gate

| Station | High water |
| --- | --- |
| North pier | 06:12 \\| 18:40 |

![The tide gauge at dawn](docx-image:1)

[^1]: Measured at the harbour wall, 1903.

[^2]: See the *tide book*.

[^3]: All times are local.
`,
    );
    assert.equal(result.images.length, 1);
    assert.deepEqual([result.images[0]?.ref, result.images[0]?.contentType, result.images[0]?.alt], ['docx-image:1', 'image/png', 'The tide gauge at dawn']);
    assert.ok(result.images[0]?.data.equals(png), 'the image bytes are the embedded PNG');
    assert.ok(result.warnings.some((w) => /only http, https and mailto/.test(w)), result.warnings.join('\n'));
  });

  test('the Markdown renders with working footnotes and no HTML from the document', async () => {
    const result = await convertDocx(await richDocx(await bluePng()));
    const rendered = renderMarkdown(result.markdown);
    assert.equal(rendered.footnoteCount, 3);
    assert.doesNotMatch(rendered.html, /<script|<b>|javascript:|data:text/i);
    assert.match(rendered.html, /&#x3C;script>alert\("tide"\)&#x3C;\/script>/);
    assert.match(rendered.html, /<table>[\s\S]*<th>Station<\/th>[\s\S]*<td>06:12 \| 18:40<\/td>/);
    assert.match(rendered.html, /<a href="mailto:harbourmaster@example.org">the harbourmaster<\/a>/);
    for (const n of [1, 2, 3]) {
      const ref = new RegExp(`<a href="#([^"]+)" id="([^"]+)" data-footnote-ref[^>]*>${n}</a>`).exec(rendered.html);
      assert.ok(ref, `reference ${n}`);
      assert.match(rendered.html, new RegExp(`<li id="${ref[1]}">`), `note ${n} exists under the id its reference points at`);
    }
  });

  test('endnotes are numbered after the footnotes, so the two never share an id', async () => {
    const { markdown } = await convertDocx(await endnoteFirstDocx());
    assert.match(markdown, /^First\[\^2\] then\[\^1\] last\[\^3\]$/m);
    assert.match(markdown, /^\[\^1\]: A footnote\.$/m);
    assert.match(markdown, /^\[\^2\]: An endnote\.$/m);
    assert.match(markdown, /^\[\^3\]: Another endnote\.$/m);
    assert.equal(renderMarkdown(markdown).footnoteCount, 3);
  });

  test('without a Title paragraph there is no title, and the body is all there', async () => {
    const result = await convertDocx(await plainDocx('Only one paragraph, with a *star*.'));
    assert.equal(result.title, undefined);
    assert.equal(result.markdown, 'Only one paragraph, with a \\*star\\*.\n');
    assert.deepEqual(result.images, []);
  });

  test('strikethrough, quotes, line breaks, notes of two paragraphs, and links with odd schemes or characters', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('The first paragraph of the note.'), new Paragraph('Its second paragraph.')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'withdrawn', strike: true }), new TextRun(' figures, ~approximate~.'), new FootnoteReferenceRun(1)] }),
            new Paragraph({ text: 'A line worth quoting.', style: 'Quote' }),
            new Paragraph({ children: [new TextRun('First line'), new TextRun({ break: 1 }), new TextRun('second line')] }),
            new Paragraph({
              children: [
                new ExternalHyperlink({ link: 'https://example.org/a b(c)', children: [new TextRun('odd [address]')] }),
                new ExternalHyperlink({ link: '  JaVaScRiPt:alert(1)', children: [new TextRun(' disguised')] }),
                new ExternalHyperlink({ link: 'vbscript:msgbox', children: [new TextRun(' vb')] }),
                new ExternalHyperlink({ link: 'file:///etc/passwd', children: [new TextRun(' file')] }),
                new TextRun(' AT&T wrote &amp; literally.'),
              ],
            }),
          ],
        },
      ],
    });
    const { markdown } = await convertDocx(await Packer.toBuffer(doc));
    assert.equal(
      markdown,
      `~~withdrawn~~ figures, \\~approximate\\~.[^1]

> A line worth quoting.

First line\\
second line

[odd \\[address\\]](https://example.org/a%20b%28c%29) disguised vb file AT&T wrote &amp;amp; literally.

[^1]: The first paragraph of the note.

    Its second paragraph.
`,
    );
    const html = renderMarkdown(markdown).html;
    assert.match(html, /<del>withdrawn<\/del> figures, ~approximate~\./);
    assert.match(html, /<blockquote>\s*<p>A line worth quoting\.<\/p>\s*<\/blockquote>/);
    assert.match(html, /First line<br>/);
    assert.match(html, /AT&#x26;T wrote &#x26;amp; literally\./);
    assert.match(html, /<p>Its second paragraph\. <a href="#user-content-fnref-1"/);
    assert.doesNotMatch(html, /javascript:|vbscript:|file:/i);
  });

  test('a table cell with several paragraphs is joined on one line, with a warning', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: [new TableCell({ children: [new Paragraph('Name')] }), new TableCell({ children: [new Paragraph('Notes')] })] }),
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph('Quay')] }),
            new TableCell({ children: [new Paragraph('Busy at noon.'), new Paragraph({ children: [new TextRun({ text: 'Quiet', bold: true }), new TextRun(' at night.')] })] }),
          ],
        }),
      ],
    });
    const result = await convertDocx(await plainDocx('Before the table.', [table]));
    assert.match(result.markdown, /^\| Quay \| Busy at noon\. \*\*Quiet\*\* at night\. \|$/m);
    assert.ok(result.warnings.some((w) => /table cell/.test(w)));
  });
});

describe('Word to Markdown: a file saved by LibreOffice', () => {
  // test/fixtures/docx/libreoffice-harbour-notes.docx: LibreOffice 7 converted the .fodt beside it (see the README there).
  test('keeps its title, headings, footnote and endnote, lists, table, link and picture', async () => {
    const result = await convertDocx(libreOfficeDocx());
    assert.equal(result.title, 'Salt Marsh Ledgers');
    assert.equal(
      result.markdown,
      `## The survey

The parish kept **two ledgers** of the marsh[^1], one in *Latin* and one in English[^2].

### What they counted

- Sheep on the salt grass
  - Ewes in spring
- Eel traps

1. Measure the tide
2. Record the catch

| Year | Sheep |
| --- | --- |
| 1788 | 412 |

See the [county archive](https://example.org/marsh), not this one. Typed markup stays text: &lt;img src=x onerror=alert(3)>.

![A blue map tile](docx-image:1)

[^1]: The second ledger is lost.

[^2]: Translated in 1911 by the vicar.
`,
    );
    assert.equal(result.images[0]?.contentType, 'image/png');
    assert.deepEqual(result.warnings, ['A link to an address we do not allow (only http, https and mailto are kept) was removed; its text was kept.']);
    const html = renderMarkdown(result.markdown).html;
    assert.doesNotMatch(html, /<img[^>]*onerror|<img src="x"|javascript:/);
    assert.match(html, /Typed markup stays text: &#x3C;img src=x onerror=alert\(3\)>/);
  });
});

describe('replaceImageRefs', () => {
  test('points placeholders at stored URLs and removes the ones that were not stored', () => {
    const md = 'A ![first \\[1\\]](docx-image:1) B ![second](docx-image:2) C ![tenth](docx-image:10)';
    const urls = new Map([
      ['docx-image:1', '/media/i/abc-10x10/960.webp'],
      ['docx-image:10', '/media/i/def-10x10/960.webp'],
    ]);
    assert.equal(replaceImageRefs(md, urls), 'A ![first \\[1\\]](/media/i/abc-10x10/960.webp) B  C ![tenth](/media/i/def-10x10/960.webp)');
  });
});
