import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unpublishArticle } from '../../../src/domain/articles/articles.service.js';
import { relatedForArticle } from '../../../src/domain/articles/published.queries.js';
import { domainContext } from '../../../src/runtime.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeArticle, sampleBody } from '../../helpers/factories.js';

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
