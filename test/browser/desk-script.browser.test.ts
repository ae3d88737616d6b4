import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { renderMarkdown } from '../../src/domain/articles/content/markdown.js';
import { withStyleNonce } from '../../src/web/plugins/editor-csp.js';
import { securityHeaders } from '../../src/web/plugins/security-headers.js';
import { loadThemeAssets, type ThemeAssets } from '../../src/web/theme/assets.js';
import { browserSkip, launchBrowser } from '../helpers/browser.js';


// Part 1: the desk script alone, on a page built from the markup contract and served
// with the app's real CSP plus the editor's style nonce. The endpoints here are stubs
// (the preview uses the real Markdown pipeline) so the cases the app rarely produces
// on demand (a slow answer overtaken by a newer one, a conflict, a refused save) can be
// driven. editor.browser.test.ts drives the real app.

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
