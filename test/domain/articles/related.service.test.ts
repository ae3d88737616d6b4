import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unpublishArticle } from '../../../src/domain/articles/articles.service.js';
import { relatedForArticle } from '../../../src/domain/articles/published.queries.js';
import { SYNC_FULL_LIMIT, refreshRelated, relatedAfterChange, stopBackgroundRelated } from '../../../src/domain/articles/related.service.js';
import { computeAllRelated, type RelatedDoc } from '../../../src/domain/articles/related/related-reading.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeArticle, sampleBody } from '../../helpers/factories.js';
import { insertDocs } from './related/related-db.js';
import { syntheticCorpus } from './related/synthetic-corpus.js';

describeEachDialect('stored related reading', (db) => {
  test('is recomputed on publish and unpublish, never links to itself or to anything unpublished', async () => {
    const ctx = domainContext(db());
    const glacier = (t: string) => ({ title: t, body: sampleBody('glacier meltwater and hydropower reservoirs'), tags: ['glaciers'] });
    const a = await makeArticle(ctx, glacier('Glacier meltwater and the dams below'));
    const b = await makeArticle(ctx, glacier('Hydropower when the glaciers are gone'));
    const draft = await makeArticle(ctx, { ...glacier('Glacier reservoirs, a draft'), publish: false });
    const other = await makeArticle(ctx, { title: 'Municipal bond markets', body: sampleBody('municipal bond yields and credit ratings'), tags: ['finance'] });
    const c = await makeArticle(ctx, glacier('Meltwater politics in the high valleys'));

    const slugsOf = async (id: number) => (await relatedForArticle(ctx.db, id)).map((r) => r.slug);
    const forA = await slugsOf(a.id);
    assert.ok(forA.includes(b.slug) && forA.includes(c.slug), `a → ${forA.join(', ')}`);
    assert.ok(!forA.includes(a.slug));
    assert.ok(!forA.includes(draft.slug));
    assert.deepEqual(forA.slice(0, 2).sort(), [b.slug, c.slug].sort(), 'the glacier pieces rank above the bond piece');
    void other;

    await unpublishArticle(ctx, c.id);
    const after = await slugsOf(a.id);
    assert.ok(!after.includes(c.slug), 'an unpublished article disappears from related reading');
    assert.deepEqual(await slugsOf(c.id), [], 'an unpublished article has no stored links in use');
    const stored = await ctx.db.selectFrom('related_articles').select(['article_id', 'related_id']).execute();
    assert.ok(stored.every((r) => r.article_id !== r.related_id));
    assert.ok(stored.every((r) => r.related_id !== c.id && r.related_id !== draft.id));
  });
});

describeEachDialect('related reading after a change on a large site', (db) => {
  test('the changed article’s picks are stored before returning; the rest follows in the background', async () => {
    const ctx = domainContext(db());
    await stopBackgroundRelated({ delayMs: 20 });
    // Past SYNC_FULL_LIMIT, so the incremental path runs.
    const docs = syntheticCorpus({ docs: SYNC_FULL_LIMIT + 20, wordsPerDoc: 60, topics: 12, seed: 9 }).map((d) => ({ ...d, id: d.id + 5000, tags: [...new Set(d.tags)] }));
    const fresh = docs.pop() as RelatedDoc;
    await insertDocs(ctx.db, docs);
    await refreshRelated(ctx.db);
    const events: string[] = [];
    ctx.events.on((c) => events.push(c.kind));

    await insertDocs(ctx.db, [fresh]);
    await relatedAfterChange(ctx, fresh.id);
    const expected = computeAllRelated([...docs, fresh]);
    const stored = await ctx.db.selectFrom('related_articles').select('related_id').where('article_id', '=', fresh.id).orderBy('position').execute();
    assert.deepEqual(stored.map((r) => r.related_id), (expected.get(fresh.id) ?? []).map((h) => h.id), 'picked before returning');

    // Older articles that now deserve the new one get it from the background run.
    const deserving = [...expected].filter(([id, hits]) => id !== fresh.id && hits.some((h) => h.id === fresh.id)).map(([id]) => id);
    assert.ok(deserving.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await stopBackgroundRelated({ delayMs: 30_000 });
    for (const id of deserving) {
      const rows = await ctx.db.selectFrom('related_articles').select('related_id').where('article_id', '=', id).execute();
      assert.ok(rows.some((r) => r.related_id === fresh.id), `article ${id} picks the new one`);
    }
    assert.ok(events.includes('all'), 'caches were told after the background run');
  });
});
