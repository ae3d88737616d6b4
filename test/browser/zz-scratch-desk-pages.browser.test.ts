// TEMPORARY scratch check (deleted after use): axe + overflow on the list, history and desk home.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { publishArticle, setArticleStatus, writeArticle } from '../../src/domain/articles/articles.service.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { chromiumPath, outputDir, serveOnLoopback } from '../helpers/browser.js';
import { makeAuthor, makeCategory } from '../helpers/factories.js';
import { makeUser } from '../web/accounts-client.js';

describe('scratch', () => {
  let app: TestApp; let base = ''; let browser: Browser; let ed: { email: string; password: string; id: number; name: string };
  const ids: number[] = [];
  before(async () => {
    app = await createTestApp('sqlite', { SITE_URL: 'http://127.0.0.1' }, '2026-12-03T09:00:00.000Z');
    base = await serveOnLoopback(app.app);
    ed = await makeUser(app.ctx, { role: 'editor', name: 'Ines Duarte' });
    const au = await makeAuthor(app.ctx, { name: 'Tomasz Wiśniewski' });
    const sec = await makeCategory(app.ctx, { name: 'Coastal Studies' });
    const by = { userId: ed.id, name: ed.name };
    for (let i = 0; i < 4; i++) {
      const r = await writeArticle(app.ctx, { title: `A long article title about the shifting sandbanks of the northern estuary, part ${i}`, bodyMarkdown: 'First paragraph about tides.\n\nSecond paragraph about sand.', authorIds: [au.id], categoryIds: [sec.id], tags: [] }, undefined, { by });
      ids.push(r.id);
      app.clock.advance(60_000);
    }
    const a = ids[0] as number;
    await writeArticle(app.ctx, { title: 'A long article title about the moving sandbanks of the northern estuary, part 0', bodyMarkdown: 'First paragraph about tides and the moon.\n\nSecond paragraph about sand.\n\nThird.', authorIds: [au.id], categoryIds: [sec.id], tags: [] }, a, { by });
    await publishArticle(app.ctx, a);
    await setArticleStatus(app.ctx, ids[1] as number, { to: 'scheduled', publishAt: '2026-12-05T10:00:00.000Z' });
    await setArticleStatus(app.ctx, ids[2] as number, { to: 'trash' });
    browser = await chromium.launch({ executablePath: chromiumPath ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(async () => { await browser?.close(); await app?.stop(); });
  test('axe and widths', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/login?next=%2Feditor%2F`);
    await page.fill('#f-email', ed.email); await page.fill('#f-password', ed.password);
    await page.click('button[type="submit"]:has-text("Sign in")');
    await page.waitForURL(/\/editor\/$/);
    const pages = ['/editor/', '/editor/articles/', '/editor/articles/?status=trash', '/editor/articles/?q=zzz', `/editor/articles/${ids[0]}/history`, `/editor/articles/${ids[0]}/history?from=1&to=2`];
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const p of pages) {
        const res = await page.goto(base + p);
        assert.equal(res?.status(), 200, p);
        const r = await new AxeBuilder({ page }).analyze();
        for (const v of r.violations) problems.push(`${scheme} ${p} ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const p of pages) {
        await page.goto(base + p);
        const name = p.replace(/[^a-z0-9]+/gi, '_');
        await page.screenshot({ path: join(outputDir, `scratch${name}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) problems.push(`${p} at ${width} overflows ${overflow}`);
      }
    }
    console.log(problems.join('\n'));
    await context.close();
  });
});
