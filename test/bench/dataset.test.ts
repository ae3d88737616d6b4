import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateDataset } from '../../bench/dataset.js';
import { buildPlan } from '../../bench/dataset-plan.js';
import { searchLatency } from '../../bench/measure.js';
import { BROWSER_UA, describeEachApp } from '../helpers/app.js';

const ARTICLES = 200;

test('the plan is deterministic and within the promised shape', () => {
  const a = buildPlan({ articles: ARTICLES, categoryIds: [1, 2, 3, 4], poolSize: 12, authors: 40 });
  const b = buildPlan({ articles: ARTICLES, categoryIds: [1, 2, 3, 4], poolSize: 12, authors: 40 });
  assert.deepEqual(a.article(57), b.article(57));
  for (let id = 1; id <= ARTICLES; id++) {
    const { article, authorIds, categoryIds, tagIds } = a.article(id);
    assert.ok(article.word_count >= 600 && article.word_count <= 1500, `words ${article.word_count}`);
    assert.ok(article.footnote_count >= 3 && article.footnote_count <= 8, `footnotes ${article.footnote_count}`);
    const headings = JSON.parse(article.headings_json) as unknown[];
    assert.ok(headings.length >= 2 && headings.length <= 4, `headings ${headings.length}`);
    assert.ok(authorIds.length >= 1 && authorIds.length <= 3);
    assert.ok(categoryIds.length >= 1 && categoryIds.length <= 2);
    assert.ok(tagIds.length >= 2);
    assert.doesNotMatch(article.body_html + article.plain_text + article.body_md, /zqz\d/, 'every placeholder is replaced');
  }
});

describeEachApp('benchmark dataset', (app, dialect) => {
  let summary: Awaited<ReturnType<typeof generateDataset>>;

  test('generates the rows and the search index', async () => {
    summary = await generateDataset(app().testDb, { articles: ARTICLES, poolSize: 12, authors: 40 });
    const db = app().testDb.db;
    const count = async (table: 'articles' | 'authors' | 'categories' | 'article_authors' | 'related_articles') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(await count('articles'), ARTICLES);
    assert.equal(await count('authors'), 40);
    assert.equal(await count('categories'), 4);
    assert.ok((await count('article_authors')) >= ARTICLES);
    assert.ok((await count('related_articles')) > ARTICLES);
    const published = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
    assert.equal(Number(published.n), summary.published);
    const { sql } = await import('kysely');
    const indexed = await sql<{ n: number }>`SELECT count(*) AS n FROM article_search`.execute(db);
    assert.equal(Number(indexed.rows[0]?.n), summary.published);
  });

  test('pages render from the generated rows', async () => {
    const db = app().testDb.db;
    const row = await db.selectFrom('articles').select(['id', 'slug']).where('status', '=', 'published').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const res = await app().app.inject({ url: `/${row.slug}/`, headers: { 'user-agent': BROWSER_UA } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`data-article-id="${row.id}"`));
    assert.match(res.body, /data-footnotes/);
    assert.match(res.body, /class="author-box"/);
    for (const url of ['/', '/category/current-affairs/', '/search?q=policy']) {
      const page = await app().app.inject({ url });
      assert.equal(page.statusCode, 200, url);
    }
  });

  test(`search finds common words and phrases [${dialect}]`, async () => {
    const { perQuery } = await searchLatency(app().testDb.db, dialect, ['policy', '"public health"', 'gover'], 1);
    assert.ok(perQuery[0]!.total > ARTICLES / 2, 'a very common word is in most articles');
    assert.ok(perQuery.every((q) => q.total > 0), JSON.stringify(perQuery));
  });
});
