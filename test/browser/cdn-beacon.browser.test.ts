import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BROWSER_UA, createTestApp, type TestApp } from '../helpers/app.js';
import { browserSkip, launchBrowser, serveOnLoopback } from '../helpers/browser.js';
import { makeArticle } from '../helpers/factories.js';

describe('CDN mode in Chromium', { skip: browserSkip }, () => {
  let app: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let base = '';

  before(async () => {
    app = await createTestApp('sqlite', { CDN_MODE: '1', CDN_MAX_AGE: '60' });
    base = await serveOnLoopback(app.app);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('the beacon records the visit and refreshes the counter of a page served from a shared cache', async () => {
    const art = await makeArticle(app.ctx);
    // A headless browser announces itself and would not be counted: present as a reader's browser.
    const context = await browser.context.browser()?.newContext({ userAgent: BROWSER_UA });
    const page = context ? await context.newPage() : await browser.context.newPage();
    if (!context) await page.setExtraHTTPHeaders({ 'user-agent': BROWSER_UA });
    await page.goto(`${base}/${art.slug}/`);
    const counter = page.locator('p.views');
    await page.waitForFunction(() => document.querySelector('p.views')?.getAttribute('data-views-total') === '1');
    assert.equal(await counter.textContent(), 'Visited 1 time, 1 visit today');
    // The HTML itself is the shared copy: it still says 0, only the beacon counted.
    const html = await (await fetch(`${base}/${art.slug}/`, { headers: { 'user-agent': BROWSER_UA } })).text();
    assert.match(html, /data-views-total="0"/);
    await page.close();
    await context?.close();
  });
});
