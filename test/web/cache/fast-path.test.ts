import assert from 'node:assert/strict';
import { request } from 'node:http';
import { before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { unpublishArticle } from '../../../src/domain/articles/articles.service.js';
import { BROWSER_UA, createTestApp, describeEachApp, type TestApp } from '../../helpers/app.js';
import { serveOnLoopback } from '../../helpers/browser.js';
import { testDialects } from '../../helpers/db.js';
import { makeArticle } from '../../helpers/factories.js';

// The fast path only exists on a real socket (inject() goes straight to Fastify), so these
// tests speak HTTP to a listening app, as a browser would.

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: { 'user-agent': BROWSER_UA, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h[k] = String(v);
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const views = (html: string) => html.match(/data-views-total="(\d+)" data-views-today="(\d+)"/)?.slice(1).map(Number);
const withoutCounter = (html: string) => html.replace(/<p class="views"[^>]*>[^<]*<\/p>/, '');
const stable = (h: Record<string, string>) => {
  const { date: _date, 'content-length': _length, ...rest } = h;
  return rest;
};

describeEachApp(
  'cached article fast path',
  (app) => {
    let base = '';
    before(async () => {
      base = await serveOnLoopback(app().app);
    });
    const served = () => app().app.fastPath?.served ?? -1;

    test('answers a cached article exactly as the framework does, counting every reader', async () => {
      const art = await makeArticle(app().ctx);
      const first = await get(base, `/${art.slug}/`, { 'x-forwarded-for': '198.51.100.1' });
      assert.equal(first.status, 200);
      const before = served();
      const second = await get(base, `/${art.slug}/`, { 'x-forwarded-for': '198.51.100.2' });
      assert.equal(served(), before + 1, 'the second answer came from the fast path');
      assert.equal(second.status, 200);
      assert.deepEqual(stable(second.headers), stable(first.headers));
      assert.match(second.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
      assert.equal(withoutCounter(second.body.toString()), withoutCounter(first.body.toString()));
      assert.deepEqual(views(second.body.toString()), [2, 2]);
      // The same reader again is not counted twice; a query string does not matter.
      const again = await get(base, `/${art.slug}/?utm_source=newsletter`, { 'x-forwarded-for': '198.51.100.2' });
      assert.equal(served(), before + 2);
      assert.deepEqual(views(again.body.toString()), [2, 2]);
      // Crawlers are answered but not counted.
      const bot = await get(base, `/${art.slug}/`, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)', 'x-forwarded-for': '198.51.100.3' });
      assert.deepEqual(views(bot.body.toString()), [2, 2]);
    });

    test('gzip answers decompress to the page with a fresh counter', async () => {
      const art = await makeArticle(app().ctx);
      const plain = await get(base, `/${art.slug}/`, { 'x-forwarded-for': '203.0.113.1' });
      const before = served();
      const zipped = await get(base, `/${art.slug}/`, { 'x-forwarded-for': '203.0.113.2', 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(served(), before + 1);
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(Number(zipped.headers['content-length']), zipped.body.length);
      const html = gunzipSync(zipped.body).toString();
      assert.equal(withoutCounter(html), withoutCounter(plain.body.toString()));
      assert.deepEqual(views(html), [2, 2]);
    });

    test('HEAD, other paths and pages no longer cached go to the framework', async () => {
      const art = await makeArticle(app().ctx);
      await get(base, `/${art.slug}/`);
      const before = served();
      const head = await get(base, `/${art.slug}/`, {}, 'HEAD');
      assert.equal(head.status, 200);
      assert.equal((await get(base, `/${art.slug}`)).status, 301);
      assert.equal((await get(base, `/${art.slug.toUpperCase()}/`)).status, 404);
      assert.equal(served(), before);
      await unpublishArticle(app().ctx, art.id);
      assert.equal((await get(base, `/${art.slug}/`)).status, 404);
      assert.equal(served(), before);
    });

    test('when recording fails, nothing half-written: the framework answers with an error page', async () => {
      const art = await makeArticle(app().ctx);
      await get(base, `/${art.slug}/`);
      const visits = app().visits;
      const original = visits.record.bind(visits);
      visits.record = () => Promise.reject(new Error('database unavailable'));
      try {
        const failed = await get(base, `/${art.slug}/`, { accept: 'text/html' });
        assert.equal(failed.status, 500);
        assert.match(failed.body.toString(), /Something went wrong/);
        assert.match(failed.headers['content-security-policy'] ?? '', /default-src 'self'/);
      } finally {
        visits.record = original;
      }
      assert.equal((await get(base, `/${art.slug}/`)).status, 200);
    });
  },
  { TRUST_PROXY: '1' },
);

for (const { dialect, skip } of testDialects.slice(0, 1)) {
  for (const [name, env] of [
    ['with the page cache off', { PAGE_CACHE: '0' }],
    ['in CDN mode', { CDN_MODE: '1' }],
  ] as const) {
    test(`there is no fast path ${name} [${dialect}]`, { skip }, async () => {
      const app: TestApp = await createTestApp(dialect, env);
      try {
        assert.equal(app.app.fastPath, undefined);
      } finally {
        await app.stop();
      }
    });
  }
}

