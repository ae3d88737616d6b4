import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  contentHash,
  findThemeDir,
  hashedAsset,
  loadThemeAssets,
  substituteFontUrls,
} from '../../../src/web/theme/assets.js';

describe('loadThemeAssets', async () => {
  const started = performance.now();
  const assets = await loadThemeAssets();
  const elapsed = performance.now() - started;

  it('names the stylesheet and script by content hash', () => {
    assert.match(assets.css, /^\/static\/site\.[0-9a-f]{8,10}\.css$/);
    assert.match(assets.js, /^\/static\/site\.[0-9a-f]{8,10}\.js$/);
    assert.match(assets.fontSerif, /^\/static\/source-serif-4-latin-wght-normal\.[0-9a-f]{8,10}\.woff2$/);
    for (const [path, file] of assets.files) {
      assert.equal(file.path, path);
      const hash = path.match(/\.([0-9a-f]{8,10})\.[a-z0-9]+$/)?.[1];
      assert.equal(hash, contentHash(file.body), `${path} is named by its content`);
    }
  });

  it('serves every file with its content type', () => {
    assert.equal(assets.files.get(assets.css)?.contentType, 'text/css; charset=utf-8');
    assert.equal(assets.files.get(assets.js)?.contentType, 'text/javascript; charset=utf-8');
    assert.equal(assets.files.get(assets.fontSerif)?.contentType, 'font/woff2');
    assert.equal(assets.files.size, 6, 'stylesheet, script, two fonts, and the desk stylesheet and script');
  });

  it('points the stylesheet at the hashed fonts it serves', () => {
    const css = assets.files.get(assets.css)?.body.toString('utf8') ?? '';
    assert.ok(!css.includes('url(fonts/'), 'no unresolved font URL');
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
    assert.equal(urls.length, 2);
    for (const url of urls) {
      assert.ok(url && assets.files.has(url), `${url} is served`);
      assert.equal(assets.files.get(url ?? '')?.body.subarray(0, 4).toString('latin1'), 'wOF2');
    }
    assert.match(css, /font-display:swap/);
    assert.match(css, /prefers-color-scheme:dark/);
    assert.match(css, /@media print/);
    assert.match(css, /\.footnote-popover\{/);
  });

  it('bundles the footnote script as a browser iife', () => {
    const js = assets.files.get(assets.js)?.body.toString('utf8') ?? '';
    assert.ok(js.length > 500);
    assert.match(js, /data-footnote-ref/);
    assert.doesNotMatch(js, /\bimport\s*[{(*"']|\bexport\s*[{*]|require\(/);
  });

  it('is deterministic and quick', async () => {
    const again = await loadThemeAssets();
    assert.equal(again.css, assets.css);
    assert.equal(again.js, assets.js);
    // The budget is 300 ms at startup; allow slack for a busy test machine.
    assert.ok(elapsed < 2000, `took ${Math.round(elapsed)} ms`);
  });
});

describe('asset helpers', () => {
  it('hashes names with 10 hex digits and keeps the extension', () => {
    const asset = hashedAsset('site.css', Buffer.from('a{}'));
    assert.equal(asset.path, `/static/site.${contentHash('a{}')}.css`);
    assert.match(asset.path, /^\/static\/site\.[0-9a-f]{10}\.css$/);
    assert.equal(hashedAsset('x.bin', Buffer.from('')).contentType, 'application/octet-stream');
  });

  it('substitutes known fonts and refuses unknown ones', () => {
    const urls = new Map([['a.woff2', '/static/a.1234567890.woff2']]);
    assert.equal(
      substituteFontUrls('src:url(fonts/a.woff2) format("woff2"),url("fonts/a.woff2")', urls),
      'src:url(/static/a.1234567890.woff2) format("woff2"),url(/static/a.1234567890.woff2)',
    );
    assert.throws(() => substituteFontUrls('url(fonts/b.woff2)', urls), /unknown font b\.woff2/);
  });

  it('finds the theme sources from src/ and from a dist/ build', () => {
    const fromSrc = findThemeDir();
    assert.ok(existsSync(join(fromSrc, 'site.css')));
    assert.ok(existsSync(join(fromSrc, 'footnotes.ts')));
    const root = join(fromSrc, '..', '..', '..');
    const fromDist = findThemeDir(pathToFileURL(join(root, 'dist', 'web', 'theme', 'assets.js')).href);
    assert.equal(fromDist, fromSrc);
  });
});
