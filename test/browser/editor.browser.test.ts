import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { browserSkip, chromiumPath, outputDir, serveOnLoopback } from '../helpers/browser.js';
import { makeAuthor, makeCategory } from '../helpers/factories.js';
import { makeUser } from '../web/accounts-client.js';

// The real app (desk-script.browser.test.ts tests the script alone). An editor signs in, writes with the toolbar, uploads an image
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
