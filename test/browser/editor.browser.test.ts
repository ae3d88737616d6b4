import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { renderMarkdown } from '../../src/domain/articles/content/markdown.js';
import { withStyleNonce } from '../../src/web/plugins/editor-csp.js';
import { securityHeaders } from '../../src/web/plugins/security-headers.js';
import { loadThemeAssets, type ThemeAssets } from '../../src/web/theme/assets.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { browserSkip, chromiumPath, launchBrowser, outputDir, serveOnLoopback } from '../helpers/browser.js';
import { makeAuthor, makeCategory } from '../helpers/factories.js';
import { makeUser } from '../web/accounts-client.js';

// Part 1: the desk script alone, on a page built from the markup contract and served
// with the app's real CSP plus the editor's style nonce. The endpoints here are stubs
// (the preview uses the real Markdown pipeline) so the cases the app rarely produces
// on demand (a slow answer overtaken by a newer one, a conflict, a refused save) can be
// driven. Part 2 (below) drives the real app.

const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';

function contractPage(theme: ThemeAssets, opts: { id: string; body: string }): string {
  const action = opts.id ? `/editor/articles/${opts.id}/` : '/editor/articles/new';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editor</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${theme.css}"><link rel="stylesheet" href="${theme.deskCss}">
<script src="${theme.deskJs}" defer nonce="${NONCE}"></script></head><body><main id="main">
<form id="article-form" class="desk-editor" method="post" action="${action}" enctype="multipart/form-data"
  data-preview-url="/editor/preview" data-upload-url="/editor/media" data-csrf="TOKEN-1" data-article-id="${opts.id}">
  <input type="hidden" name="_csrf" value="TOKEN-1"><input type="hidden" name="base_version" value="${opts.id ? 3 : 0}">
  <label for="article-title">Title</label><input id="article-title" name="title" type="text" value="">
  <label for="f-cover">Cover</label><input id="f-cover" name="cover" type="file">
  <div class="desk-body"><div class="field desk-body-field">
    <label for="article-body" id="article-body-label">Body</label>
    <textarea id="article-body" name="body" rows="24">${opts.body}</textarea></div>
    <section id="article-preview" class="desk-preview" aria-label="Preview" aria-live="polite"></section>
  </div>
  <p id="article-status" class="desk-status" role="status"></p>
  <p class="desk-counts"><span id="article-words">0 words</span> · <span id="article-reading">1 min read</span></p>
  <div class="desk-actions"><button name="intent" value="preview">Preview</button> <button name="intent" value="save">Save draft</button></div>
</form></main></body></html>`;
}

interface Posted {
  path: string;
  headers: IncomingMessage['headers'];
  fields: Record<string, string>;
  fileNames: string[];
}

async function readForm(req: IncomingMessage): Promise<{ fields: Record<string, string>; fileNames: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const request = new Request('http://x/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: Buffer.concat(chunks) });
  const data = await request.formData();
  const fields: Record<string, string> = {};
  const fileNames: string[] = [];
  data.forEach((value, name) => {
    if (typeof value === 'string') fields[name] = value;
    else fileNames.push(`${name}:${value.name}`);
  });
  return { fields, fileNames };
}

describe('desk script on a page built from the markup contract', { skip: browserSkip }, () => {
  let server: Server;
  let base = '';
  let theme: ThemeAssets;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const posted: Posted[] = [];
  let saveAnswer: { status: number; json: unknown } = { status: 200, json: {} };
  let version = 3;

  before(async () => {
    theme = await loadThemeAssets();
    const csp = withStyleNonce(securityHeaders({ https: false })['content-security-policy'] ?? '', NONCE);
    server = createServer((req, res) => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://x');
        const asset = theme.files.get(url.pathname);
        if (req.method === 'GET' && asset) {
          res.writeHead(200, { 'content-type': asset.contentType }).end(asset.body);
          return;
        }
        if (req.method === 'GET' && url.pathname.startsWith('/editor/articles/')) {
          const id = url.pathname.match(/\/(\d+)\/$/)?.[1] ?? '';
          const body = url.searchParams.get('body') ?? '';
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(contractPage(theme, { id, body }));
          return;
        }
        if (req.method === 'POST') {
          const form = await readForm(req);
          posted.push({ path: url.pathname, headers: req.headers, ...form });
          if (url.pathname === '/editor/preview') {
            // The slow answer: overtaken by a later request, it must not be shown.
            if (form.fields.body?.includes('slowly')) await new Promise((r) => setTimeout(r, 700));
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderMarkdown(form.fields.body ?? '').html);
            return;
          }
          if (url.pathname === '/editor/media') {
            res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ url: '/media/a1/shore.webp', markdown: '![Shore at dusk](/media/a1/shore.webp)' }));
            return;
          }
          if (!form.fields.title) {
            res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, message: 'Give the article a title.', fields: { title: 'Give the article a title.' } }));
            return;
          }
          res.writeHead(saveAnswer.status, { 'content-type': 'application/json' }).end(JSON.stringify(saveAnswer.json));
          return;
        }
        res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function openEditor(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.sample}`));
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(base + path);
    await page.waitForSelector('.cm-editor .cm-content');
    return { page, problems };
  }

  const doc = (page: Page): Promise<string> => page.inputValue('#article-body');

  test('the editor replaces the textarea under the strict CSP, labelled, with toolbar, footnotes, counts and preview', async () => {
    const { page, problems } = await openEditor('/editor/articles/new');
    assert.equal(await page.isHidden('#article-body'), true, 'the textarea is hidden');
    const content = page.locator('.cm-content');
    assert.equal(await content.getAttribute('aria-labelledby'), 'article-body-label');
    assert.equal(await content.getAttribute('role'), 'textbox');
    // CodeMirror's <style> carries the nonce, so its layout rules apply (the editor is not a bare div).
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.cm-editor')!).display), 'flex');
    const labels = await page.locator('.desk-toolbar button').evaluateAll((els) => els.map((e) => [e.getAttribute('type'), e.getAttribute('aria-label')]));
    assert.deepEqual(labels.map((l) => l[1]), ['Heading', 'Bold', 'Italic', 'Link', 'Quote', 'Bulleted list', 'Footnote', 'Insert image']);
    assert.ok(labels.every((l) => l[0] === 'button'));

    await page.click('#article-body-label');
    await page.keyboard.type('Rivers carry silt to the delta');
    await page.click('button[aria-label="Footnote"]');
    await page.keyboard.type('Measured at the gauge.');
    assert.equal(await doc(page), 'Rivers carry silt to the delta[^1]\n\n[^1]: Measured at the gauge.');
    // A second note goes in the same block at the end; the cursor stays in the text before it.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.click('button[aria-label="Footnote"]');
    await page.keyboard.type('Second.');
    assert.equal(await doc(page), 'Rivers carry silt to the delta[^1][^2]\n\n[^1]: Measured at the gauge.\n[^2]: Second.');
    // Keyboard shortcut: Mod-b on the word under the cursor.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+b');
    assert.match(await doc(page), /^\*\*Rivers\*\* carry/);
    await page.keyboard.press('Control+z');
    assert.match(await doc(page), /^Rivers carry/);

    await page.waitForSelector('#article-preview section[data-footnotes] li');
    assert.match((await page.textContent('#article-preview')) ?? '', /Measured at the gauge/);
    assert.equal(await page.textContent('#article-words'), '6 words');
    assert.equal(await page.textContent('#article-reading'), '1 min read');
    const preview = posted.filter((p) => p.path === '/editor/preview').at(-1);
    assert.equal(preview?.headers['x-csrf-token'], 'TOKEN-1');
    assert.deepEqual(problems, [], 'no CSP violation or script error');
    await page.close();
  });

  test('a slow preview answer overtaken by a newer one is dropped', async () => {
    const { page } = await openEditor('/editor/articles/new');
    await page.click('.cm-content');
    await page.keyboard.type('Written slowly');
    await page.waitForTimeout(400); // the first request is on its way (700 ms)
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Then quickly');
    await page.waitForFunction(() => document.querySelector('#article-preview')?.textContent?.includes('Then quickly'));
    await page.waitForTimeout(800); // the slow answer has arrived by now
    assert.equal((await page.textContent('#article-preview'))?.trim(), 'Then quickly');
    await page.close();
  });

  test('autosave: a refused new article says why; a saved one moves to its edit URL; a conflict stops autosaving', async () => {
    const { page } = await openEditor('/editor/articles/new');
    await page.clock.install();
    await page.click('.cm-content');
    await page.keyboard.type('A draft without a title.');
    assert.equal(await page.textContent('#article-status'), 'Unsaved changes');
    await page.clock.runFor(5200);
    await page.waitForFunction(() => document.querySelector('#article-status')?.textContent?.startsWith('Not saved yet'));
    assert.equal(await page.textContent('#article-status'), 'Not saved yet: Give the article a title.');
    const refused = posted.at(-1);
    assert.equal(refused?.fields.intent, 'autosave');
    assert.equal(refused?.headers.accept, 'application/json');
    assert.equal(refused?.headers['x-csrf-token'], 'TOKEN-1');

    version += 1;
    saveAnswer = { status: 200, json: { ok: true, id: 41, version, editUrl: '/editor/articles/41/', savedAt: '2026-12-03T14:02:00.000Z' } };
    await page.setInputFiles('#f-cover', { name: 'cover.png', mimeType: 'image/png', buffer: Buffer.from('not sent by autosave') });
    await page.fill('#article-title', 'Silt and the sea');
    await page.clock.runFor(5200);
    await page.waitForFunction(() => document.querySelector('#article-status')?.textContent?.startsWith('Saved'));
    const saved = posted.at(-1);
    assert.equal(saved?.path, '/editor/articles/new');
    assert.equal(saved?.fields.title, 'Silt and the sea');
    assert.equal(saved?.fields.body, 'A draft without a title.');
    assert.deepEqual(saved?.fileNames, [], 'files are left to the real submit');
    assert.equal(new URL(page.url()).pathname, '/editor/articles/41/');
    assert.equal(await page.getAttribute('#article-form', 'action'), '/editor/articles/41/');
    assert.equal(await page.getAttribute('#article-form', 'data-article-id'), '41');
    assert.equal(await page.inputValue('input[name="base_version"]'), String(version));

    saveAnswer = { status: 409, json: { ok: false, conflict: true, message: 'Amaka Eze saved this article at 14:05. Save draft to compare.' } };
    await page.click('.cm-content');
    await page.keyboard.type(' More.');
    await page.clock.runFor(5200);
    await page.waitForFunction(() => document.querySelector('#article-status')?.getAttribute('data-kind') === 'conflict');
    assert.equal(await page.textContent('#article-status'), 'Amaka Eze saved this article at 14:05. Save draft to compare.');
    const saves = (): number => posted.filter((p) => p.path.startsWith('/editor/articles/')).length;
    const count = saves();
    await page.keyboard.type(' Still more.');
    await page.clock.runFor(6000);
    assert.equal(saves(), count, 'no autosave after a conflict');
    assert.equal(await page.textContent('#article-status'), 'Amaka Eze saved this article at 14:05. Save draft to compare.');

    // Leaving with unsaved changes asks first.
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await dialog, 'beforeunload');
  });

  test('an image dropped on the editor is uploaded and its Markdown replaces the placeholder', async () => {
    const { page } = await openEditor('/editor/articles/7/?body=First%20paragraph.');
    const png = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#3a6ea5' } }).png().toBuffer();
    await page.evaluate(async (bytes) => {
      const file = new File([new Uint8Array(bytes)], 'shore.png', { type: 'image/png' });
      const data = new DataTransfer();
      data.items.add(file);
      const line = document.querySelector('.cm-line')!;
      const box = line.getBoundingClientRect();
      line.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: box.right - 1, clientY: box.top + 5, bubbles: true, cancelable: true }));
    }, [...png]);
    await page.waitForFunction(() => (document.querySelector('#article-body') as HTMLTextAreaElement).value.includes('/media/a1/shore.webp'));
    assert.equal(await doc(page), 'First paragraph.\n\n![Shore at dusk](/media/a1/shore.webp)');
    const upload = posted.filter((p) => p.path === '/editor/media').at(-1);
    assert.deepEqual(upload?.fileNames, ['file:shore.png']);
    assert.equal(upload?.headers.accept, 'application/json');
    assert.equal(await page.textContent('#article-status'), 'shore.png uploaded.');
    await page.close();
  });
});

// Part 2: the real app. An editor signs in, writes with the toolbar, uploads an image
// through the file picker, watches the preview, publishes, and reads the public page;
// then the same without JavaScript; then axe and screenshots on every desk page.

// The desk's own part of the page: the masthead and footer are checked by the reading tests.
async function axeClean(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], label);
}

describe('the article editor in the app', { skip: browserSkip }, () => {
  let app: TestApp;
  let base = '';
  let browser: Browser;
  let editor: { email: string; password: string };
  let author: { id: number; name: string };
  let section: { id: number; name: string };
  const articleIds: number[] = [];

  before(async () => {
    app = await createTestApp('sqlite', { SITE_URL: 'http://127.0.0.1' }, '2026-12-03T09:00:00.000Z');
    base = await serveOnLoopback(app.app);
    editor = await makeUser(app.ctx, { role: 'editor', name: 'Ines Duarte' });
    author = await makeAuthor(app.ctx, { name: 'Tomasz Wiśniewski' });
    section = await makeCategory(app.ctx, { name: 'Coastal Studies', slug: 'coastal-studies' });
    mkdirSync(outputDir, { recursive: true });
    browser = await chromium.launch({
      executablePath: chromiumPath ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function signedIn(options: { javaScriptEnabled: boolean }): Promise<Page> {
    const context = await browser.newContext({ ...options, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/login?next=%2Feditor%2Farticles%2F`);
    await page.fill('#f-email', editor.email);
    await page.fill('#f-password', editor.password);
    await page.click('button[type="submit"]:has-text("Sign in")');
    await page.waitForURL(/\/editor\/articles\/$/);
    return page;
  }

  async function fillMeta(page: Page, title: string): Promise<void> {
    await page.fill('#f-title', title);
    await page.selectOption('#f-authors-0', String(author.id));
    await page.check(`input[name="categories"][value="${section.id}"]`);
  }

  test('with JavaScript: toolbar footnote, an uploaded image, the live preview, autosave, publish, the public page', async () => {
    const page = await signedIn({ javaScriptEnabled: true });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${base}/editor/articles/new`);
    await page.waitForSelector('.cm-editor .cm-content[aria-labelledby]');
    // Page timers under the test's control: the autosave pause passes at once below.
    await page.clock.install();
    await fillMeta(page, 'Where the river meets the tide');
    await page.click('.cm-content');
    await page.keyboard.type('Salt water pushes upstream twice a day');
    await page.click('button[aria-label="Footnote"]');
    await page.keyboard.type('Tide tables for the lower estuary, 2025.');
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 52, g: 104, b: 140 } } }).png().toBuffer();
    const chooser = page.waitForEvent('filechooser');
    await page.click('button[aria-label="Insert image"]');
    await (await chooser).setFiles({ name: 'estuary-at-dusk.png', mimeType: 'image/png', buffer: png });
    await page.waitForFunction(() => /!\[\]\(\/media\/[^)]+\)/.test((document.querySelector('#article-body') as HTMLTextAreaElement).value));
    // The cursor waits between the brackets for the image's description.
    assert.match((await page.textContent('#article-status')) ?? '', /estuary-at-dusk\.png uploaded\. Describe it/);
    await page.keyboard.type('The estuary at dusk');
    const body = await page.inputValue('#article-body');
    assert.match(body, /^Salt water pushes upstream twice a day\[\^1\]\.\n\n!\[The estuary at dusk\]\(\/media\/[^)]+\)/);
    assert.match(body, /\n\n\[\^1\]: Tide tables for the lower estuary, 2025\.$/);

    await page.clock.runFor(5500);
    // The preview is the server's rendering: the note section and the image.
    await page.waitForSelector('#article-preview section[data-footnotes] li');
    await page.waitForSelector('#article-preview img[src^="/media/"]');
    assert.match((await page.textContent('#article-preview section[data-footnotes]')) ?? '', /Tide tables for the lower estuary/);
    assert.equal(await page.textContent('#article-words'), '7 words');

    // Autosave keeps the new article and moves the page to its edit address.
    await page.waitForFunction(() => document.querySelector('#article-status')?.textContent?.startsWith('Saved'), undefined, { timeout: 10_000 });
    const id = Number(new URL(page.url()).pathname.match(/^\/editor\/articles\/(\d+)\/$/)?.[1]);
    assert.ok(id > 0, page.url());
    articleIds.push(id);
    assert.equal(await page.getAttribute('#article-form', 'action'), `/editor/articles/${id}/`);
    await axeClean(page, 'the editor with JavaScript');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // Scrolled to the end, the sticky button bar sits where it belongs in a full-page shot.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.screenshot({ path: join(outputDir, `desk-editor-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the editor at ${width}px scrolls sideways by ${overflow}px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.click('button[name="intent"][value="publish"]');
    await page.waitForURL(new RegExp(`/editor/articles/${id}/\\?saved=publish$`));
    const publicUrl = await page.getAttribute('a:has-text("View on the site")', 'href');
    assert.ok(publicUrl);
    await page.goto(base + publicUrl);
    const ref = page.locator('article a[data-footnote-ref]');
    assert.equal(await ref.count(), 1);
    assert.match((await page.textContent('section[data-footnotes]')) ?? '', /Tide tables for the lower estuary, 2025\./);
    const img = page.locator('article .article-body img').first();
    await img.waitFor();
    assert.match((await img.getAttribute('src')) ?? '', /^\/media\//);
    assert.equal(await img.getAttribute('alt'), 'The estuary at dusk');
    assert.ok(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), 'the image loads');
    assert.deepEqual(problems, [], 'no script error or CSP violation');
    await page.context().close();
  });

  test('without JavaScript: the textarea, the Preview button, save, publish', async () => {
    const page = await signedIn({ javaScriptEnabled: false });
    await page.goto(`${base}/editor/articles/new`);
    assert.equal(await page.isVisible('#article-body'), true);
    await fillMeta(page, 'Mudflats in winter');
    await page.fill('#article-body', 'The flats freeze at the edges.[^1]\n\n[^1]: Observed on three mornings in January.\n');
    await page.click('button[name="intent"][value="preview"]');
    await page.waitForSelector('#article-preview section[data-footnotes]');
    assert.match((await page.textContent('#article-preview')) ?? '', /Observed on three mornings/);
    assert.equal(await page.inputValue('#f-title'), 'Mudflats in winter', 'the form keeps what was typed');
    await page.click('button[name="intent"][value="save"]');
    await page.waitForURL(/\/editor\/articles\/\d+\/\?saved=created$/);
    const id = Number(new URL(page.url()).pathname.match(/\/(\d+)\/$/)?.[1]);
    articleIds.push(id);
    await page.fill('#article-body', 'The flats freeze at the margins and thaw by noon.[^1]\n\n[^1]: Observed on three mornings in January.\n');
    await page.click('button[name="intent"][value="publish"]');
    await page.waitForURL(new RegExp(`/editor/articles/${id}/\\?saved=publish$`));
    const publicUrl = await page.getAttribute('a:has-text("View on the site")', 'href');
    await page.goto(base + publicUrl);
    assert.match((await page.textContent('article')) ?? '', /thaw by noon/);
    assert.equal(await page.locator('article a[data-footnote-ref]').count(), 1);
    await page.context().close();
  });

  test('axe finds no serious or critical violation on the desk pages; screenshots of the list, the editor and a diff', async () => {
    const page = await signedIn({ javaScriptEnabled: true });
    const [first, second] = articleIds;
    assert.ok(first && second, 'the articles from the tests above');
    // Every desk page once; the ones with the desk's own colours (editor, list, diff) in dark mode too.
    const pages: Array<[string, boolean]> = [
      ['/editor/', false],
      ['/editor/articles/', true],
      ['/editor/articles/new', false],
      ['/editor/articles/new?from=docx', false],
      [`/editor/articles/${first}/`, true],
      [`/editor/articles/${second}/history?from=1&to=2`, true],
      ['/editor/authors/', false],
      [`/editor/authors/${author.id}/`, false],
      ['/editor/categories/', false],
      ['/editor/tags/', false],
      ['/editor/media/', false],
      ['/editor/redirects/', false],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, inDark] of pages) {
        if (scheme === 'dark' && !inDark) continue;
        const res = await page.goto(base + path);
        assert.equal(res?.status(), 200, path);
        await axeClean(page, `${path} (${scheme})`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of [['desk-articles', '/editor/articles/'], ['desk-history-diff', `/editor/articles/${second}/history?from=1&to=2`]] as const) {
        await page.goto(base + path);
        await page.screenshot({ path: join(outputDir, `${name}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${name} at ${width}px scrolls sideways by ${overflow}px`);
      }
    }
    assert.equal(await page.textContent('.desk-diff ins'), 'margins and thaw by noon');
    assert.equal(await page.textContent('.desk-diff del'), 'edges');
    await page.context().close();
  });
});
