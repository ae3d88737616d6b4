import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { changeRole, createUserFromCli } from '../../src/domain/accounts/user-admin.service.js';
import { findUserByEmail, toActor } from '../../src/domain/accounts/users.queries.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { browserSkip, launchBrowser, outputDir, serveOnLoopback } from '../helpers/browser.js';

describe('accounts in Chromium', { skip: browserSkip }, () => {
  let app: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let base = '';
  const email = 'marguerite.okafor@example.org';
  const password = 'tidal-copper-lantern-87';
  const mediaDir = mkdtempSync(join(tmpdir(), 'masthead-browser-media-'));

  before(async () => {
    // Plain http on loopback, so the cookies are not Secure and the browser keeps them.
    app = await createTestApp('sqlite', { SITE_URL: 'http://127.0.0.1', MEDIA_DIR: mediaDir }, '2026-11-28T09:00:00.000Z');
    base = await serveOnLoopback(app.app);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  async function axe(page: Page, label: string): Promise<void> {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], label);
  }

  test('register → open the verification link from the outbox → sign in → change the display name → edit the profile → sign out', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/`);
    await page.click('a[href="/dashboard/"]');
    await page.waitForURL(/\/login\?next=%2Fdashboard%2F$/);
    await page.click('a[href="/register"]');
    await page.waitForURL(/\/register$/);
    await page.fill('#f-name', 'Marguerite Okafor');
    await page.fill('#f-email', email);
    await page.fill('#f-password', password);
    const trap = await page.locator('#f-website').boundingBox();
    assert.ok(trap && trap.x + trap.width <= 0, 'the honeypot is off-screen');
    app.clock.advance(5000); // a person takes a few seconds over the form
    await page.click('button[type="submit"]:has-text("Create account")');
    await page.waitForURL(/\/register\/sent$/);
    assert.match((await page.textContent('h1')) ?? '', /Check your inbox/);

    const mail = await app.ctx.db.selectFrom('outbox').selectAll().where('to_address', '=', email).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const link = mail.text.match(/http:\/\/127\.0\.0\.1(\/verify-email\?token=[A-Za-z0-9_-]+)/)?.[1];
    assert.ok(link, mail.text);
    await page.goto(base + link);
    assert.match((await page.textContent('h1')) ?? '', /Your email address is confirmed/);

    await page.click('main a[href="/login"]');
    await page.fill('#f-email', email);
    await page.fill('#f-password', 'not-the-password-1');
    await page.click('button[type="submit"]:has-text("Sign in")');
    await page.waitForSelector('.error-summary');
    assert.match((await page.textContent('.error-summary')) ?? '', /email address or password is not right/);
    await axe(page, 'login with an error');
    await page.fill('#f-password', password);
    await page.click('button[type="submit"]:has-text("Sign in")');
    await page.waitForURL(/\/dashboard\/$/);
    assert.match((await page.textContent('h1')) ?? '', /Hello, Marguerite Okafor/);
    const cookies = await browser.context.cookies(base);
    const session = cookies.find((c) => c.name === 'masthead_session');
    assert.equal(session?.httpOnly, true);
    assert.equal(session?.sameSite, 'Lax');
    assert.equal(session?.expires, -1, 'a browser-session cookie without "remember me"');
    await axe(page, 'dashboard');

    await page.click('a[href="/dashboard/account"]');
    await page.waitForURL(/\/dashboard\/account$/);
    await axe(page, 'account settings');
    await page.fill('#f-name', 'Marguerite A. Okafor');
    await page.click('button:has-text("Save name")');
    await page.waitForURL(/\/dashboard\/account\?done=name$/);
    assert.match((await page.textContent('.notice')) ?? '', /Your name was saved/);
    assert.equal(await page.inputValue('#f-name'), 'Marguerite A. Okafor');

    // An admin makes the new account an author (new accounts are readers), then she fills in her profile.
    const admin = await createUserFromCli(app.ctx, { email: 'desk.admin@example.org', name: 'Desk Admin', role: 'admin', password: 'harbour-violet-quarry-52' });
    const me = await findUserByEmail(app.ctx.db, email);
    assert.ok(me);
    await changeRole(app.ctx, toActor(admin), me.id, 'author', { ip: '127.0.0.1' });
    await page.goto(`${base}/dashboard/profile`);
    await axe(page, 'profile editor before a profile exists');
    await page.click('button:has-text("Create my author profile")');
    await page.waitForURL(/\/dashboard\/profile\?saved=created$/);
    assert.equal(await page.inputValue('#f-name'), 'Marguerite A. Okafor');
    await page.fill('#f-affiliation', 'Department of Hydrology, Lakeside University');
    await page.fill('#f-bio', 'Marguerite writes about *river deltas* and the people who live on them.');
    await page.fill('#f-link_label_1', 'Field notes');
    await page.fill('#f-link_url_1', 'http://notes.example.org/');
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 40, g: 110, b: 90 } } }).jpeg().toBuffer();
    await page.setInputFiles('#f-avatar', { name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.click('button:has-text("Save profile")');
    await page.waitForSelector('.error-summary');
    assert.match((await page.textContent('.error-summary')) ?? '', /secure web addresses starting with https/);
    await axe(page, 'profile editor with an error');
    await page.fill('#f-link_url_1', 'https://notes.example.org/');
    await page.setInputFiles('#f-avatar', { name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.click('button:has-text("Save profile")');
    await page.waitForURL(/\/dashboard\/profile\?saved=saved$/);
    assert.match((await page.textContent('.notice-success')) ?? '', /Your profile was saved/);
    const avatarSrc = await page.getAttribute('.profile-current img', 'src');
    assert.match(avatarSrc ?? '', /^\/media\/avatars\/\d+-[0-9a-f]{16}\.webp$/);
    await page.click('.profile-current a');
    await page.waitForURL(/\/author\/marguerite-a-okafor\/$/);
    assert.match((await page.textContent('main')) ?? '', /river deltas/);
    assert.match((await page.textContent('main')) ?? '', /Lakeside University/);
    const loaded = await page.evaluate(() => {
      const img = document.querySelector('main img.avatar') as HTMLImageElement | null;
      return img ? { src: img.getAttribute('src') } : null;
    });
    assert.equal(loaded?.src, avatarSrc);

    await page.goto(`${base}/dashboard/`);
    await page.click('button:has-text("Sign out")');
    await page.waitForURL(/\/login\?done=signedout$/);
    assert.match((await page.textContent('.notice')) ?? '', /You are signed out/);
    await page.goto(`${base}/dashboard/`);
    await page.waitForURL(/\/login\?next=/);
    await page.close();
  });

  test('axe finds no serious or critical violation on the login and register pages, light and dark, blank and with errors', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/login', '/register', '/forgot-password']) {
        await page.goto(base + path);
        await axe(page, `${path} (${scheme})`);
      }
      await page.goto(`${base}/register`);
      await page.fill('#f-name', 'Someone');
      await page.fill('#f-email', 'someone@example.org');
      await page.fill('#f-password', 'password123');
      app.clock.advance(5000);
      await page.click('button[type="submit"]:has-text("Create account")');
      await page.waitForSelector('.error-summary');
      await axe(page, `register with errors (${scheme})`);
      await page.close();
    }
  });

  test('screenshots of the admin user list and the profile editor at phone and desktop widths', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#f-email', 'desk.admin@example.org');
    await page.fill('#f-password', 'harbour-violet-quarry-52');
    await page.click('button[type="submit"]:has-text("Sign in")');
    await page.waitForURL(/\/dashboard\/$/);
    await page.goto(`${base}/dashboard/profile`);
    await page.click('button:has-text("Create my author profile")');
    await page.waitForURL(/saved=created$/);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of [['admin-users', '/admin/users'], ['profile-editor', '/dashboard/profile']] as const) {
        await page.goto(base + path);
        await axe(page, `${name} at ${width}px`);
        await page.screenshot({ path: join(outputDir, `${name}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${name} at ${width}px scrolls sideways by ${overflow}px`);
      }
    }
    await page.goto(`${base}/admin/users?q=okafor`);
    await page.click('table a:has-text("Marguerite")');
    await page.waitForURL(/\/admin\/users\/\d+$/);
    await axe(page, 'admin user detail');
    await page.screenshot({ path: join(outputDir, 'admin-user-1280.png'), fullPage: true });
    await page.goto(`${base}/dashboard/`);
    await page.click('button:has-text("Sign out")');
    await page.waitForURL(/\/login\?done=signedout$/);
    await page.close();
  });

  test('screenshots of the login and register pages at phone and desktop widths', async () => {
    const page = await browser.context.newPage();
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const name of ['login', 'register'] as const) {
        await page.goto(`${base}/${name}`);
        await page.screenshot({ path: join(outputDir, `${name}-${width}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${name} at ${width}px scrolls sideways by ${overflow}px`);
      }
    }
    await page.close();
  });
});
