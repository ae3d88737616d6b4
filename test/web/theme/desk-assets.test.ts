import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { EditorState, type StateCommand } from '@codemirror/state';
import { renderMarkdown } from '../../../src/domain/articles/content/markdown.js';
import * as serverText from '../../../src/domain/articles/content/text.js';
import { Layout, toDocument } from '../../../src/web/pages/layout.js';
import type { SiteVM } from '../../../src/web/pages/view-models.js';
import { withStyleNonce } from '../../../src/web/plugins/editor-csp.js';
import { securityHeaders } from '../../../src/web/plugins/security-headers.js';
import { loadThemeAssets } from '../../../src/web/theme/assets.js';
import {
  BULLET,
  HEADING,
  QUOTE,
  blockInsert,
  insertFootnote,
  insertLink,
  nextFootnoteNumber,
  toggleBold,
  toggleItalic,
  toggleLinePrefix,
} from '../../../src/web/theme/desk/markdown-commands.js';
import { countMarkdown, countWords, formatWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/web/theme/desk/word-count.js';

describe('desk assets', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'masthead-theme-cache-'));
  const built = await loadThemeAssets({ cacheDir });
  const cached = await loadThemeAssets({ cacheDir });
  rmSync(cacheDir, { recursive: true, force: true });
  const js = built.files.get(built.deskJs)?.body ?? Buffer.alloc(0);
  const css = built.files.get(built.deskCss)?.body.toString('utf8') ?? '';

  it('are a second hashed script and stylesheet, kept in the on-disk cache too', () => {
    assert.match(built.deskJs, /^\/static\/desk\.[0-9a-f]{10}\.js$/);
    assert.match(built.deskCss, /^\/static\/desk\.[0-9a-f]{10}\.css$/);
    assert.equal(built.files.get(built.deskJs)?.contentType, 'text/javascript; charset=utf-8');
    assert.equal(built.files.get(built.deskCss)?.contentType, 'text/css; charset=utf-8');
    assert.equal(cached.deskJs, built.deskJs);
    assert.equal(cached.deskCss, built.deskCss);
    assert.deepEqual(cached.files.get(cached.deskJs)?.body, js);
  });

  it('bundle CodeMirror as a browser iife that stays out of the public script', () => {
    assert.doesNotMatch(js.toString('utf8'), /\bimport\s*[{(*"']|\bexport\s*[{*]|require\(/);
    assert.match(js.toString('utf8'), /cm-editor/);
    const site = built.files.get(built.js)?.body.toString('utf8') ?? '';
    assert.doesNotMatch(site, /cm-editor|cspNonce/);
    const gzipped = gzipSync(js).length;
    // basicSetup + markdown() is 211 KB; the pieces imported by hand keep it near half that.
    assert.ok(gzipped < 130_000, `desk.js is ${gzipped} bytes gzipped`);
  });

  it('style the editor, the preview, the diff and dark mode', () => {
    for (const rule of [/\.desk-body\{/, /\.desk-toolbar\{/, /\.desk-preview\{/, /\bins\{/, /\bdel\{/, /prefers-color-scheme:dark/, /\.desk-status\[data-kind=(conflict|"conflict")\]/]) {
      assert.match(css, rule);
    }
  });
});

function site(assets: SiteVM['assets']): SiteVM {
  return { name: 'The Estuary Review', tagline: '', url: 'https://estuary.example', disclaimer: '', callToSubmit: '', categories: [], assets, year: 2026, timeZone: 'UTC' };
}

describe('the layout and the editor CSP', () => {
  const assets = { css: '/static/site.1.css', js: '/static/site.1.js', deskCss: '/static/desk.2.css', deskJs: '/static/desk.2.js' };
  const meta = { title: 'Edit article', description: '', canonical: 'https://estuary.example/editor/articles/1/' };

  it('adds the desk assets only to desk pages, with the style nonce on the desk script', async () => {
    const publicPage = await toDocument(Layout({ site: site(assets), meta, children: '<p>x</p>' }));
    assert.doesNotMatch(publicPage, /desk\.2/);
    const desk = await toDocument(Layout({ site: site(assets), meta, desk: true, styleNonce: 'bm9uY2U=', children: '' }));
    assert.match(desk, /<link rel="stylesheet" href="\/static\/desk\.2\.css"/);
    assert.match(desk, /<script src="\/static\/desk\.2\.js" defer nonce="bm9uY2U="><\/script>/);
    const deskNoNonce = await toDocument(Layout({ site: site(assets), meta, desk: true, children: '' }));
    assert.match(deskNoNonce, /<script src="\/static\/desk\.2\.js" defer><\/script>/);
  });

  it('allows nonce-carrying style elements on editor pages and nothing else', () => {
    const strict = securityHeaders({ https: true })['content-security-policy'] ?? '';
    const relaxed = withStyleNonce(strict, 'abc123');
    const directives = (policy: string): Map<string, string> =>
      new Map(policy.split(';').map((d) => [d.trim().split(/\s+/)[0] ?? '', d.trim()] as [string, string]));
    const before = directives(strict);
    const after = directives(relaxed);
    assert.equal(after.get('style-src'), "style-src 'self' 'nonce-abc123'");
    for (const [name, value] of before) if (name !== 'style-src') assert.equal(after.get(name), value, name);
    assert.doesNotMatch(relaxed, /unsafe-inline/);
    assert.equal(withStyleNonce("default-src 'self'", 'n'), "default-src 'self';style-src 'self' 'nonce-n'");
  });
});

function run(doc: string, command: StateCommand, anchor = doc.length, head = anchor): { doc: string; from: number; to: number } {
  let state = EditorState.create({ doc, selection: { anchor, head } });
  command({ state, dispatch: (tr) => (state = tr.state) });
  return { doc: state.doc.toString(), from: state.selection.main.from, to: state.selection.main.to };
}

describe('markdown commands', () => {
  it('numbers a new footnote after the highest one in use and puts its note at the end', () => {
    assert.equal(nextFootnoteNumber('no notes'), 1);
    assert.equal(nextFootnoteNumber('a[^1] b[^4] c[^note]\n\n[^1]: x\n[^4]: y'), 5);
    const first = run('Tides rise. Tides fall.', insertFootnote, 11);
    assert.equal(first.doc, 'Tides rise.[^1] Tides fall.\n\n[^1]: ');
    assert.equal(first.from, first.doc.length);
    // Joins the notes block at the end, one note a line.
    const second = run('A[^1] and B.\n\n[^1]: First.\n', insertFootnote, 11);
    assert.equal(second.doc, 'A[^1] and B[^2].\n\n[^1]: First.\n[^2]: ');
    assert.equal(run('A[^1].\n\n[^1]: First.', insertFootnote, 1).doc, 'A[^2][^1].\n\n[^1]: First.\n[^2]: ');
    // The cursor at the very end, and an empty document.
    assert.equal(run('Last words', insertFootnote).doc, 'Last words[^1]\n\n[^1]: ');
    assert.equal(run('', insertFootnote).doc, '[^1]\n\n[^1]: ');
    assert.equal(run('Para.\n', insertFootnote, 5).doc, 'Para.[^1]\n\n[^1]: ');
  });

  it('wraps and unwraps bold and italic, taking the word under the cursor', () => {
    assert.deepEqual(run('salt marsh', toggleBold, 2), { doc: '**salt** marsh', from: 2, to: 6 });
    assert.equal(run('**salt** marsh', toggleBold, 2, 6).doc, 'salt marsh');
    assert.equal(run('salt marsh', toggleItalic, 5, 10).doc, 'salt *marsh*');
    assert.equal(run('salt *marsh*', toggleItalic, 6, 11).doc, 'salt marsh');
    // Italic inside bold adds a star rather than eating the bold.
    assert.equal(run('**marsh**', toggleItalic, 2, 7).doc, '***marsh***');
    assert.equal(run('***marsh***', toggleBold, 3, 8).doc, '*marsh*');
    // No word under the cursor: a pair of markers with the cursor between them.
    assert.deepEqual(run('a  b', toggleBold, 2), { doc: 'a **** b', from: 4, to: 4 });
  });

  it('toggles headings, quotes and bullets on every selected line', () => {
    assert.equal(run('Findings', toggleLinePrefix(HEADING), 3).doc, '## Findings');
    assert.equal(run('## Findings', toggleLinePrefix(HEADING), 3).doc, 'Findings');
    assert.equal(run('#### Findings', toggleLinePrefix(HEADING), 3).doc, '## Findings');
    assert.equal(run('one\n\ntwo', toggleLinePrefix(QUOTE), 0, 8).doc, '> one\n\n> two');
    assert.equal(run('> one\n\n> two', toggleLinePrefix(QUOTE), 0, 12).doc, 'one\n\ntwo');
    assert.equal(run('- a\nb', toggleLinePrefix(BULLET), 0, 5).doc, '- a\n- b');
    assert.equal(run('1. a', toggleLinePrefix(BULLET), 0).doc, '- a');
  });

  it('makes links with the part to type next selected', () => {
    const empty = run('See ', insertLink);
    assert.equal(empty.doc, 'See [link text](https://)');
    assert.equal(empty.doc.slice(empty.from, empty.to), 'link text');
    const wrapped = run('See the report', insertLink, 8, 14);
    assert.equal(wrapped.doc, 'See the [report](https://)');
    assert.equal(wrapped.doc.slice(wrapped.from, wrapped.to), 'https://');
  });

  it('puts an image on its own paragraph', () => {
    const state = EditorState.create({ doc: 'Before after' });
    assert.deepEqual(blockInsert(state, 6, '![x](/m.png)'), { from: 6, insert: '\n\n![x](/m.png)\n\n' });
    assert.deepEqual(blockInsert(state, 12, '![x](/m.png)'), { from: 12, insert: '\n\n![x](/m.png)' });
    assert.deepEqual(blockInsert(EditorState.create({ doc: '' }), 0, 'i'), { from: 0, insert: 'i' });
  });
});

describe('word count while typing', () => {
  it('uses the same counting rule and reading speed as the server', () => {
    assert.equal(WORDS_PER_MINUTE, serverText.WORDS_PER_MINUTE);
    for (const text of ['', 'state-of-the-art — § 12 words', 'naïve café 3 ½', '  spaced\tout\nlines ']) {
      assert.equal(countWords(text), serverText.countWords(text), text);
    }
    for (const words of [0, 114, 115, 345, 2300]) assert.equal(readingMinutes(words), serverText.readingMinutes(words));
  });

  it('agrees with the saved figure on Markdown with notes, images, links, lists, code and tables', () => {
    const samples = [
      'Plain words only here.',
      '## A heading\n\nText with a note.[^1] And *emphasis*, **strong** and `code`.\n\n[^1]: The note is not counted, nor\n    its second line.',
      'An ![aerial photograph of the delta](/media/1/delta.webp) image and a [linked phrase](https://example.org/a-b).',
      '1. First step\n2. Second step\n   - nested point\n\n> A quoted line\n> with two lines',
      '```js\nconst tide = 2;\n```\n\n| Site | Depth |\n| --- | ---: |\n| North | 12 m |\n| South | 9 m |',
      'Raw <span class="x">html</span> is dropped, <https://autolink.example/path> kept.\n\n[ref]: https://example.org/ref\n\n---\n\n\\*escaped\\* and ~~struck~~.',
    ];
    for (const md of samples) {
      assert.equal(countMarkdown(md).words, renderMarkdown(md).wordCount, md);
    }
    assert.equal(formatWords(1204), '1,204 words');
    assert.equal(formatWords(1), '1 word');
  });
});
