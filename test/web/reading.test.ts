import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unpublishArticle } from '../../src/domain/articles/articles.service.js';
import { BROWSER_UA, describeEachApp } from '../helpers/app.js';
import { makeArticle, makeAuthor, makeCategory, sampleBody } from '../helpers/factories.js';

describeEachApp('reading site', (app) => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    app().app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, accept: 'text/html', ...headers } });

  test('an article page carries every markup hook of the contract', async () => {
    const ctx = app().ctx;
    const section = await makeCategory(ctx, { slug: 'research-papers', name: 'Research Papers' });
    const a1 = await makeAuthor(ctx, { name: 'Ada Osei' });
    const a2 = await makeAuthor(ctx, { name: 'Lucas Brandt' });
    const other = await makeArticle(ctx, { title: 'River basins and treaties', body: sampleBody('river basins'), categoryIds: [section.id] });
    const art = await makeArticle(ctx, {
      title: 'Water sharing on river basins',
      body: sampleBody('river basins'),
      authorIds: [a1.id, a2.id],
      categoryIds: [section.id],
      tags: ['water', 'river basins'],
    });
    const res = await get(`/${art.slug}/`);
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, new RegExp(`<article[^>]*data-article-id="${art.id}"`));
    assert.match(html, /<h1[^>]*>Water sharing on river basins<\/h1>/);
    assert.match(html, new RegExp(`href="/author/${a1.slug}/"`));
    assert.match(html, /<time datetime="2026-11-20T12:00:00.000Z"/);
    assert.match(html, new RegExp(`<a rel="category tag" href="/category/research-papers/"`));
    assert.equal(html.match(/<section class="author-box"/g)?.length, 2);
    assert.match(html, /<sup><a [^>]*data-footnote-ref/);
    assert.match(html, /<section[^>]*data-footnotes[^>]*class="footnotes"|<section[^>]*class="footnotes"[^>]*data-footnotes/);
    assert.match(html, /data-footnote-backref/);
    assert.match(html, new RegExp(`<aside class="also-read"[^>]*>.*?href="/${other.slug}/"`, 's'));
    assert.match(html, /<p class="views" data-views-total="1" data-views-today="1">Visited 1 time, 1 visit today<\/p>/);
    assert.match(html, /<p class="disclaimer">/);
    assert.match(html, /href="\/submit\/"/);
    assert.match(html, /<link rel="canonical" href="https:\/\/journal.example\//);
    assert.match(html, /property="og:title"/);
    assert.match(html, /"@type":"ScholarlyArticle"/);
    assert.match(html, /<meta name="citation_title" content="Water sharing on river basins"/);
    assert.match(html, /<meta name="citation_author"/);
    assert.match(html, /<meta name="citation_publication_date"/);
    assert.match(html, /<meta name="citation_journal_title"/);
    assert.equal(res.headers['content-security-policy']?.toString().includes("script-src 'self'"), true);
  });

  test('the bare article path redirects 301 and unknown paths are a real 404 page', async () => {
    const art = await makeArticle(app().ctx);
    const redirect = await get(`/${art.slug}?utm=x`);
    assert.equal(redirect.statusCode, 301);
    assert.equal(redirect.headers.location, `/${art.slug}/?utm=x`);
    for (const path of ['/no-such-article/', '/no-such-article', '/category/nothing/', '/author/nobody/', '/tag/none/', '/a/b/c']) {
      const res = await get(path);
      assert.equal(res.statusCode, 404, path);
      assert.match(res.body, /<html/);
    }
  });

  test('drafts and unpublished articles are invisible everywhere', async () => {
    const ctx = app().ctx;
    const draft = await makeArticle(ctx, { title: 'Zanzibar draft secret', publish: false });
    const gone = await makeArticle(ctx, { title: 'Zanzibar retracted piece' });
    await unpublishArticle(ctx, gone.id);
    for (const slug of [draft.slug, gone.slug]) assert.equal((await get(`/${slug}/`)).statusCode, 404);
    const search = await get('/search?q=zanzibar');
    assert.doesNotMatch(search.body, /Zanzibar draft secret|Zanzibar retracted piece/);
    const feed = await get('/feed/');
    assert.doesNotMatch(feed.body, /Zanzibar/);
    const sitemap = await get('/sitemap.xml');
    assert.doesNotMatch(sitemap.body, new RegExp(draft.slug));
  });

  test('archives list the right articles and paginate', async () => {
    const ctx = app().ctx;
    const section = await makeCategory(ctx);
    const author = await makeAuthor(ctx, { name: 'Paginated Person' });
    for (let i = 0; i < 12; i++) {
      await makeArticle(ctx, { title: `Archive piece ${i}`, categoryIds: [section.id], authorIds: [author.id], tags: ['paging'], publishedAt: `2026-10-${String(i + 1).padStart(2, '0')}T10:00:00.000Z` });
    }
    const first = await get(`/category/${section.slug}/`);
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /Archive piece 11/);
    assert.doesNotMatch(first.body, /Archive piece 0</);
    assert.match(first.body, /rel="next"/);
    const second = await get(`/category/${section.slug}/?page=2`);
    assert.match(second.body, /Archive piece 0</);
    assert.equal((await get(`/category/${section.slug}/?page=9`)).statusCode, 404);
    assert.equal((await get(`/category/${section.slug}/?page=abc`)).statusCode, 400);
    const authorPage = await get(`/author/${author.slug}/`);
    assert.match(authorPage.body, /Paginated Person/);
    assert.match(authorPage.body, /writes about <em>testing<\/em>/);
    assert.equal((await get('/tag/paging/')).statusCode, 200);
  });

  test('search survives hostile input and highlights matches', async () => {
    await makeArticle(app().ctx, { title: 'Glacier melt and hydropower', body: sampleBody('glacier melt') });
    const hit = await get('/search?q=glacier');
    assert.equal(hit.statusCode, 200);
    assert.match(hit.body, /Glacier melt and hydropower/);
    assert.match(hit.body, /<mark>/);
    const hostile = ['"unbalanced', '(a OR b', 'AND', '*', '-', 'NEAR(', 'a\u0000b', 'x'.repeat(5000), '<script>alert(1)</script>', 'title:x', '%', "'; drop table articles; --"];
    for (const q of hostile) {
      const res = await get(`/search?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, q.slice(0, 20));
      assert.doesNotMatch(res.body, /<script>alert/);
    }
    assert.equal((await get('/search?q=a&page=0')).statusCode, 400);
  });

  test('feeds, sitemap and robots are well formed', async () => {
    const art = await makeArticle(app().ctx, { title: 'Feeds & <things>' });
    const rss = await get('/feed/');
    assert.equal(rss.statusCode, 200);
    assert.match(rss.headers['content-type'] as string, /rss\+xml/);
    assert.match(rss.body, /<rss[^>]+version="2.0"/);
    assert.match(rss.body, /Feeds &amp; &lt;things&gt;/);
    const atom = await get('/feed/atom/');
    assert.match(atom.body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const sitemap = await get('/sitemap.xml');
    assert.match(sitemap.body, new RegExp(`<loc>https://journal.example/${art.slug}/</loc>`));
    const robots = await get('/robots.txt');
    assert.match(robots.body, /Sitemap: https:\/\/journal.example\/sitemap.xml/);
  });

  test('citations download as BibTeX and RIS', async () => {
    const art = await makeArticle(app().ctx, { title: 'Citable work' });
    const bib = await get(`/${art.slug}/cite.bib`);
    assert.equal(bib.statusCode, 200);
    assert.match(bib.body, /title\s*=\s*\{Citable work\}/);
    assert.match(bib.headers['content-disposition'] as string, /attachment/);
    const ris = await get(`/${art.slug}/cite.ris`);
    assert.match(ris.body, /TI  - Citable work/);
  });

  test('visits count once per visitor per day, never for bots, and show on the page', async () => {
    const art = await makeArticle(app().ctx);
    const views = async (headers: Record<string, string>) => {
      const res = await get(`/${art.slug}/`, headers);
      const m = res.body.match(/data-views-total="(\d+)" data-views-today="(\d+)"/);
      return [Number(m?.[1]), Number(m?.[2])];
    };
    assert.deepEqual(await views({ 'x-test': '1' }), [1, 1]);
    assert.deepEqual(await views({}), [1, 1]);
    assert.deepEqual(await views({ 'user-agent': 'curl/8.5.0' }), [1, 1]);
    assert.deepEqual(await views({ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }), [1, 1]);
    assert.deepEqual(await views({ 'user-agent': `${BROWSER_UA} Edg/156` }), [2, 2]);
    await app().visits.flush();
    assert.deepEqual(await views({ 'user-agent': `${BROWSER_UA} Edg/156` }), [2, 2]);
    app().clock.advance(24 * 3600 * 1000);
    assert.deepEqual(await views({}), [3, 1]);
    app().clock.advance(-24 * 3600 * 1000);
  });

  test('home shows the lead, the latest and the most read; health is ok', async () => {
    await makeArticle(app().ctx, { title: 'Newest lead story', publishedAt: '2026-11-19T10:00:00.000Z' });
    const home = await get('/');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Newest lead story/);
    const health = await app().app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(health.statusCode, 200);
    assert.equal(health.json().status, 'ok');
  });
});

describeEachApp('page weight', (app) => {
  test('an article page with its stylesheet, script and both fonts transfers well under 100 KB', async () => {
    const art = await makeArticle(app().ctx, { body: `${sampleBody('italic *emphasis* and **bold** text')}\n\n${'A long paragraph of reading. '.repeat(400)}` });
    const get = (url: string) => app().app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER_UA, 'accept-encoding': 'br, gzip' } });
    const page = await get(`/${art.slug}/`);
    const html = page.rawPayload;
    const plain = (await app().app.inject({ method: 'GET', url: `/${art.slug}/` })).body;
    const assets = [...plain.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1]!);
    const css = (await app().app.inject({ method: 'GET', url: assets.find((a) => a.endsWith('.css'))! })).body;
    const fonts = [...css.matchAll(/url\((\/static\/[^)]+\.woff2)\)/g)].map((m) => m[1]!);
    let total = html.length;
    for (const url of [...new Set([...assets, ...fonts])]) total += (await get(url)).rawPayload.length;
    assert.ok(fonts.length === 2, 'upright and italic faces');
    assert.ok(total < 100 * 1024, `article page weighs ${total} bytes`);
  });
});
