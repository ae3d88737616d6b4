import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadThemeAssets } from '../../../src/web/theme/assets.js';
import { placePopover } from '../../../src/web/theme/footnotes.js';

const viewport = { width: 800, height: 600, scrollX: 0, scrollY: 1000 };

describe('placePopover', () => {
  it('goes below the reference, centred on it, in document coordinates', () => {
    const place = placePopover({ top: 100, bottom: 120, left: 390, right: 410 }, { width: 300, height: 100 }, viewport);
    assert.deepEqual(place, { top: 1128, left: 250, above: false });
  });

  it('goes above when there is no room below', () => {
    const place = placePopover({ top: 500, bottom: 520, left: 390, right: 410 }, { width: 300, height: 150 }, viewport);
    assert.deepEqual(place, { top: 1342, left: 250, above: true });
  });

  it('stays below when there is no room on either side', () => {
    const place = placePopover({ top: 50, bottom: 70, left: 390, right: 410 }, { width: 300, height: 580 }, viewport);
    assert.equal(place.above, false);
  });

  it('is kept inside the viewport horizontally', () => {
    assert.equal(placePopover({ top: 0, bottom: 10, left: 2, right: 8 }, { width: 300, height: 50 }, viewport).left, 12);
    assert.equal(
      placePopover({ top: 0, bottom: 10, left: 790, right: 798 }, { width: 300, height: 50 }, viewport).left,
      488,
    );
    // Wider than the viewport: pinned to the left margin rather than pushed off-screen.
    assert.equal(placePopover({ top: 0, bottom: 10, left: 100, right: 110 }, { width: 900, height: 50 }, viewport).left, 12);
  });
});

// ---------- in a real browser ----------

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; CI requires the browser tests`);
  console.log(`# SKIP footnote popover browser tests: Chromium not found at ${CHROMIUM}`);
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>
<div class="article-body">
<p>First claim.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>
Second claim.<sup><a href="#user-content-fn-two" id="user-content-fnref-two" data-footnote-ref aria-describedby="footnote-label">2</a></sup></p>
<p id="elsewhere">Elsewhere.</p>
<div style="height:2000px"></div>
<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol>
<li id="user-content-fn-1"><p>The first note, with <a href="https://example.org">a link</a>. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li>
<li id="user-content-fn-two"><p>The second note. <a href="#user-content-fnref-two" data-footnote-backref="" aria-label="Back to reference 2" class="data-footnote-backref">↩</a></p></li>
</ol></section></div></body></html>`;

describe('footnote popover in Chromium', { skip: !haveChromium }, () => {
  // Typed loosely: playwright-core is a dev dependency loaded only when the browser exists.
  let context: import('playwright-core').BrowserContext;
  let page: import('playwright-core').Page;
  let profile: string;

  before(async () => {
    const { chromium } = await import('playwright-core');
    const assets = await loadThemeAssets();
    const css = assets.files.get(assets.css)?.body.toString('utf8') ?? '';
    const js = assets.files.get(assets.js)?.body.toString('utf8') ?? '';
    profile = mkdtempSync(join(tmpdir(), 'chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      viewport: { width: 1000, height: 700 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(PAGE);
    await page.addStyleTag({ content: css });
    await page.addScriptTag({ content: js });
  });

  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const popover = () => page.locator('#footnote-popover');

  it('shows the note on hover, without its back-link, and links it with aria-describedby', async () => {
    await page.hover('#user-content-fnref-1');
    await assertVisible(true);
    assert.equal(await popover().getAttribute('role'), 'tooltip');
    const text = (await popover().textContent()) ?? '';
    assert.match(text, /Note 1/);
    assert.match(text, /The first note, with a link\./);
    assert.ok(!text.includes('↩'));
    assert.equal(await popover().locator('[id]').count(), 0);
    assert.equal(await page.getAttribute('#user-content-fnref-1', 'aria-describedby'), 'footnote-popover footnote-label');
    const box = await popover().boundingBox();
    const ref = await page.locator('#user-content-fnref-1').boundingBox();
    assert.ok(box && ref && box.y > ref.y + ref.height - 1, 'placed below the reference');
  });

  it('hides on mouseleave and restores the description', async () => {
    await page.mouse.move(5, 650);
    await assertVisible(false);
    assert.equal(await page.getAttribute('#user-content-fnref-1', 'aria-describedby'), 'footnote-label');
  });

  it('shows on focus, hides on Escape and on blur', async () => {
    await page.focus('#user-content-fnref-two');
    await assertVisible(true);
    assert.match((await popover().textContent()) ?? '', /The second note\./);
    await page.keyboard.press('Escape');
    await assertVisible(false);
    await page.focus('#user-content-fnref-1');
    await assertVisible(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await assertVisible(false);
  });

  it('hides on a click elsewhere', async () => {
    await page.hover('#user-content-fnref-1');
    await assertVisible(true);
    await page.mouse.click(5, 5);
    await assertVisible(false);
  });

  it('still jumps to the note when the reference is clicked', async () => {
    await page.click('#user-content-fnref-two');
    assert.equal(await page.evaluate(() => location.hash), '#user-content-fn-two');
    await assertVisible(false);
  });

  async function assertVisible(visible: boolean): Promise<void> {
    await page.waitForFunction(
      (want) => {
        const el = document.getElementById('footnote-popover');
        return el !== null && !el.hidden === want;
      },
      visible,
      { timeout: 2000 },
    );
  }
});
