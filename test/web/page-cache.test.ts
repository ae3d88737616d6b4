import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { publishArticle, saveArticle, unpublishArticle } from '../../src/domain/articles/articles.service.js';
import { saveAuthorProfile } from '../../src/domain/authors/authors.js';
import { updateSiteSettings } from '../../src/domain/settings/settings.js';
import { BROWSER_UA, describeEachApp } from '../helpers/app.js';
import { makeArticle, makeAuthor, sampleBody } from '../helpers/factories.js';

const views = (html: string) => html.match(/data-views-total="(\d+)" data-views-today="(\d+)"/)?.slice(1).map(Number);

describeEachApp('page cache', (app) => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    app().app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, ...headers } });

  test('a cached article still counts every visit exactly, in every encoding', async () => {
    const art = await makeArticle(app().ctx);
    const first = await get(`/${art.slug}/`, { 'x-forwarded-for': '1' });
    assert.deepEqual(views(first.body), [1, 1]);
    const second = await get(`/${art.slug}/`, { 'accept-encoding': 'gzip' });
    assert.equal(second.headers['content-encoding'], 'gzip');
    const unzipped = gunzipSync(second.rawPayload).toString();
    assert.deepEqual(views(unzipped), [1, 1], 'same visitor, same day: not counted again');
    const other = await get(`/${art.slug}/`, { 'accept-encoding': 'gzip, br', 'user-agent': `${BROWSER_UA} Other/1` });
    const body = other.headers['content-encoding'] === 'gzip' ? gunzipSync(other.rawPayload).toString() : other.body;
    assert.deepEqual(views(body), [2, 2]);
    assert.equal(unzipped.replace(/data-views-total="\d+" data-views-today="\d+">[^<]*/, ''), body.replace(/data-views-total="\d+" data-views-today="\d+">[^<]*/, ''));
    assert.equal(second.headers['cache-control'], 'no-cache');
    assert.equal(second.headers.etag, undefined);
  });

  test('publish, edit, unpublish, author and settings changes show at once', async () => {
    const ctx = app().ctx;
    const author = await makeAuthor(ctx, { name: 'Cache Tester' });
    const art = await makeArticle(ctx, { title: 'Original cached title', authorIds: [author.id] });
    assert.match((await get('/')).body, /Original cached title/);
    assert.match((await get(`/${art.slug}/`)).body, /Original cached title/);
    await saveArticle(ctx, { title: 'Edited cached title', slug: art.slug, bodyMarkdown: sampleBody(), authorIds: [author.id], categoryIds: [], tags: [] }, art.id);
    assert.match((await get(`/${art.slug}/`)).body, /Edited cached title/);
    assert.match((await get('/')).body, /Edited cached title/);
    await saveAuthorProfile(ctx, { slug: author.slug, name: 'Renamed Tester' });
    assert.match((await get(`/${art.slug}/`)).body, /Renamed Tester/);
    await updateSiteSettings(ctx, { name: 'The Cached Quarterly' });
    assert.match((await get('/')).body, /The Cached Quarterly/);
    const draft = await makeArticle(ctx, { title: 'Late arrival piece', publish: false });
    assert.doesNotMatch((await get('/')).body, /Late arrival piece/);
    await publishArticle(ctx, draft.id);
    assert.match((await get('/')).body, /Late arrival piece/);
    await unpublishArticle(ctx, art.id);
    assert.equal((await get(`/${art.slug}/`)).statusCode, 404);
    assert.doesNotMatch((await get('/')).body, /Edited cached title/);
  });

  test('listings answer 304 to a matching validator and come precompressed', async () => {
    await makeArticle(app().ctx);
    const first = await get('/feed/');
    const etag = first.headers.etag as string;
    assert.ok(etag);
    assert.ok(first.headers['last-modified']);
    assert.equal((await get('/feed/', { 'if-none-match': etag })).statusCode, 304);
    const br = await get('/', { 'accept-encoding': 'br' });
    const gz = await get('/', { 'accept-encoding': 'gzip' });
    const plain = await get('/');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
    assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
  });
});

describeEachApp(
  'CDN mode',
  (app) => {
    test('article pages are publicly cacheable and a beacon records the visit', async () => {
      const art = await makeArticle(app().ctx);
      const page = await app().app.inject({ method: 'GET', url: `/${art.slug}/`, headers: { 'user-agent': BROWSER_UA } });
      assert.match(page.headers['cache-control'] as string, /public.*s-maxage=30/);
      assert.match(page.body, new RegExp(`data-beacon="/visit/${art.id}"`));
      assert.match(page.body, /<noscript><img class="beacon"/);
      assert.deepEqual(views(page.body), [0, 0], 'the HTML itself records nothing');
      const beacon = await app().app.inject({ method: 'GET', url: `/visit/${art.id}`, headers: { 'user-agent': BROWSER_UA } });
      assert.equal(beacon.headers['cache-control'], 'no-store');
      assert.deepEqual(beacon.json(), { total: 1, today: 1, text: 'Visited 1 time, 1 visit today' });
      const pixel = await app().app.inject({ method: 'GET', url: `/visit/${art.id}.gif`, headers: { 'user-agent': `${BROWSER_UA} B` } });
      assert.equal(pixel.headers['content-type'], 'image/gif');
      const again = await app().app.inject({ method: 'GET', url: `/visit/${art.id}`, headers: { 'user-agent': BROWSER_UA } });
      assert.equal(again.json().total, 2);
      assert.equal((await app().app.inject({ method: 'GET', url: '/visit/999999' })).statusCode, 404);
    });
  },
  { CDN_MODE: '1', CDN_MAX_AGE: '30' },
);
