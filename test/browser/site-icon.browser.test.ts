import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { browserSkip, launchBrowser, serveOnLoopback } from '../helpers/browser.js';
import { makeArticle, makeCategory } from '../helpers/factories.js';
import { makeUser } from '../web/accounts-client.js';

// A fresh install (no demo, no upload): every public page links an icon that answers,
// /favicon.ico answers 200, and an admin's upload replaces the icon on every page.

describe('site icon in Chromium', { skip: browserSkip }, () => {
  let app: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let base = '';
  const pages: string[] = ['/', '/search?q=icon', '/submit/', '/login'];

  before(async () => {
    // The browser's Origin is the loopback address; a SITE_URL elsewhere would be another site.
    app = await createTestApp('sqlite', { SITE_URL: 'http://127.0.0.1' }, '2026-11-28T09:00:00.000Z');
    const category = await makeCategory(app.ctx, { name: 'Field Notes' });
    const article = await makeArticle(app.ctx, { title: 'An icon for the masthead', categoryIds: [category.id] });
    pages.push(`/${article.slug}/`, `/category/${category.slug}/`);
    base = await serveOnLoopback(app.app);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The icon links of a page, and the first pixel of its 32 px PNG as the browser fetched it. */
  async function iconOf(path: string) {
    const page = await browser.context.newPage();
    try {
      const res = await page.goto(base + path);
      assert.equal(res?.status(), 200, path);
      const links = await page.$$eval('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]', (els) =>
        els.map((e) => ({ rel: e.getAttribute('rel') ?? '', href: (e as HTMLLinkElement).href })),
      );
      const statuses = await page.evaluate(async (hrefs) => Promise.all(hrefs.map(async (h) => (await fetch(h)).status)), links.map((l) => l.href));
      const png = links.find((l) => l.href.endsWith('icon-32.png'))?.href ?? '';
      const bytes = await page.evaluate(async (h) => Array.from(new Uint8Array(await (await fetch(h)).arrayBuffer())), png);
      const { data } = await sharp(Buffer.from(bytes)).raw().toBuffer({ resolveWithObject: true });
      return { links, statuses, pixel: [data[0], data[1], data[2]], png };
    } finally {
      await page.close();
    }
  }

  test('every page links the icon, and each file answers', async () => {
    for (const path of pages) {
      const { links, statuses } = await iconOf(path);
      assert.deepEqual(links.map((l) => l.rel).sort(), ['apple-touch-icon', 'icon', 'icon', 'icon', 'manifest'], path);
      assert.deepEqual(statuses, links.map(() => 200), path);
    }
  });

  test('/favicon.ico answers 200 on a fresh install', async () => {
    const page = await browser.context.newPage();
    const res = await page.goto(`${base}/favicon.ico`);
    assert.equal(res?.status(), 200);
    assert.equal(res?.headers()['content-type'], 'image/x-icon');
    await page.close();
  });

  test('an admin’s upload replaces the icon on every page', async () => {
    const before = await iconOf('/');
    const admin = await makeUser(app.ctx, { role: 'admin', name: 'Icon Keeper' });
    const page = await browser.context.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#f-email', admin.email);
    await page.fill('#f-password', admin.password);
    await page.click('button[type="submit"]:has-text("Sign in")');
    await page.waitForURL(/\/dashboard\/$/);
    await page.goto(`${base}/admin/settings`);
    const blue = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 20, g: 60, b: 200 } } }).png().toBuffer();
    await page.setInputFiles('#f-icon', { name: 'logo.png', mimeType: 'image/png', buffer: blue });
    await page.click('button[type="submit"]:has-text("Upload icon")');
    await page.waitForURL(/saved=icon/);
    assert.match((await page.textContent('main')) ?? '', /The new icon was saved/);
    await page.close();
    for (const path of pages) {
      const now = await iconOf(path);
      assert.notEqual(now.png, before.png, `${path} links a new version`);
      assert.deepEqual(now.pixel, [20, 60, 200], `${path} shows the uploaded icon`);
    }
  });
});
