import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { browserSkip, launchBrowser, outputDir, serveOnLoopback } from '../helpers/browser.js';

describe('reading site in Chromium', { skip: browserSkip }, () => {
  let app: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let base = '';
  let articlePath = '';

  before(async () => {
    app = await createTestApp('sqlite', {}, '2026-11-28T09:00:00.000Z');
    await seedDemo(app.ctx);
    base = await serveOnLoopback(app.app);
    // The longest research paper: footnotes, a table of contents and related reading.
    const row = await app.ctx.db
      .selectFrom('articles')
      .select('slug')
      .where('status', '=', 'published')
      .orderBy('footnote_count', 'desc')
      .orderBy('word_count', 'desc')
      .executeTakeFirstOrThrow();
    articlePath = `/${row.slug}/`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('a footnote reference jumps to its note, shows a preview on focus, and the back-link returns', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(base + articlePath);
    const ref = page.locator('a[data-footnote-ref]').first();
    const refId = await ref.getAttribute('id');
    const target = (await ref.getAttribute('href'))!;
    await ref.focus();
    const tip = page.locator('[role="tooltip"]');
    await tip.waitFor({ state: 'visible', timeout: 3000 });
    assert.ok((await tip.textContent())!.trim().length > 5);
    await ref.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    const note = page.locator(target);
    assert.equal(await note.isVisible(), true);
    await note.locator('a[data-footnote-backref]').first().click();
    await page.waitForFunction((id) => location.hash === `#${id}`, refId);
    await page.close();
  });

  test('footnote links still jump with JavaScript disabled', async () => {
    const noJs = await browser.context.browser()?.newContext({ javaScriptEnabled: false });
    const page = noJs ? await noJs.newPage() : await browser.context.newPage();
    await page.goto(base + articlePath);
    const ref = page.locator('a[data-footnote-ref]').first();
    const target = (await ref.getAttribute('href'))!;
    await ref.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    await page.close();
    await noJs?.close();
  });

  test('axe finds no serious or critical violation on home, article, archive, author and search pages', async () => {
    const author = await app.ctx.db.selectFrom('authors').select('slug').orderBy('id').executeTakeFirstOrThrow();
    const pages = ['/', articlePath, '/category/research-papers/', `/author/${author.slug}/`, '/search?q=water', '/search?q=zzzznothing', '/no-such-page/'];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of pages) {
        await page.goto(base + path);
        const result = await new AxeBuilder({ page }).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(
          bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
          [],
          `${path} (${scheme})`,
        );
      }
      await page.close();
    }
  });

  test('screenshots of home and article at phone and desktop widths', async () => {
    const page = await browser.context.newPage();
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of [['home', '/'], ['article', articlePath]] as const) {
        await page.goto(base + path);
        await page.screenshot({ path: join(outputDir, `${name}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${name} at ${width}px scrolls sideways by ${overflow}px`);
      }
    }
    await page.close();
  });
});
