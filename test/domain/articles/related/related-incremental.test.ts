import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import {
  recomputeAllRelated,
  refreshRelated,
  refreshRelatedFor,
  relatedForOne,
} from '../../../../src/domain/articles/related.service.js';
import { buildCorpus, computeAllRelated, type RelatedDoc, type RelatedHit } from '../../../../src/domain/articles/related/related-reading.js';
import { describeEachDialect } from '../../../helpers/db.js';
import { FIXTURE_DOCS, WATER_IDS } from './fixture-corpus.js';
import { clearArticles, insertDocs, setStatus, storedPicks } from './related-db.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const ids = (hits: readonly RelatedHit[]) => hits.map((h) => h.id);

function assertSameHits(actual: readonly RelatedHit[], expected: readonly RelatedHit[], label: string): void {
  assert.deepEqual(ids(actual), ids(expected), label);
  actual.forEach((h, i) => assert.ok(Math.abs(h.score - (expected[i] as RelatedHit).score) <= 1e-6, `${label}: score ${h.score}`));
}

describeEachDialect('incremental related reading', (handle) => {
  const db = () => handle().db;
  beforeEach(() => clearArticles(db()));

  test('gives the full computation’s picks on the fixture corpus, after a full refresh', async () => {
    await insertDocs(db(), FIXTURE_DOCS);
    await refreshRelated(db());
    const expected = computeAllRelated(FIXTURE_DOCS);
    for (const d of FIXTURE_DOCS) {
      assertSameHits(await relatedForOne(db(), d.id), expected.get(d.id) ?? [], `article ${d.id}`);
      assertSameHits(
        (await storedPicks(db(), d.id)).map((p) => ({ id: p.id, score: p.score })),
        expected.get(d.id) ?? [],
        `stored picks of ${d.id}`,
      );
    }
  });

  test('keeps the statistics exact when articles are published one by one', async () => {
    for (const d of FIXTURE_DOCS) {
      await insertDocs(db(), [d]);
      await refreshRelatedFor(db(), d.id);
    }
    const corpus = buildCorpus(FIXTURE_DOCS);
    const stored = new Map((await db().selectFrom('related_terms').select(['term', 'df']).execute()).map((r) => [r.term, Number(r.df)]));
    corpus.vocabulary.forEach((term, t) => assert.equal(stored.get(term), corpus.df[t], `df of ${term}`));
    assert.equal(Number((await db().selectFrom('related_stats').select('docs').executeTakeFirstOrThrow()).docs), FIXTURE_DOCS.length);

    // The last one was weighed against the whole corpus; the others, re-counted once
    // now that the corpus is complete, are weighed exactly as the full computation does.
    const expected = computeAllRelated(FIXTURE_DOCS);
    const last = FIXTURE_DOCS[FIXTURE_DOCS.length - 1] as RelatedDoc;
    assert.deepEqual(ids(await relatedForOne(db(), last.id)), ids(expected.get(last.id) ?? []));
    // Twice: the first pass weighs every vector against the complete corpus, the second
    // picks with those vectors.
    for (let pass = 0; pass < 2; pass += 1) for (const d of FIXTURE_DOCS) await refreshRelatedFor(db(), d.id);
    for (const d of FIXTURE_DOCS) {
      assertSameHits(await relatedForOne(db(), d.id), expected.get(d.id) ?? [], `article ${d.id}`);
      assertSameHits((await storedPicks(db(), d.id)).map((p) => ({ id: p.id, score: p.score })), expected.get(d.id) ?? [], `stored ${d.id}`);
    }
  });

  test('agrees with the full computation on a synthetic archive', async () => {
    // An article holds a tag once (the stored links are a set), so the in-memory corpus does too.
    const docs = syntheticCorpus({ docs: 600, wordsPerDoc: 250, topics: 25, seed: 5 }).map((d) => ({ ...d, tags: [...new Set(d.tags)] }));
    await insertDocs(db(), docs);
    await refreshRelated(db());
    const expected = computeAllRelated(docs);
    for (const d of docs.filter((_, i) => i % 12 === 0)) {
      assertSameHits(await relatedForOne(db(), d.id), expected.get(d.id) ?? [], `article ${d.id}`);
    }
    // The background path writes the same picks as the full one.
    const before = await Promise.all(docs.slice(0, 30).map((d) => storedPicks(db(), d.id)));
    await db().deleteFrom('related_articles').execute();
    await recomputeAllRelated(db());
    assert.deepEqual(await Promise.all(docs.slice(0, 30).map((d) => storedPicks(db(), d.id))), before);
  });

  test('an edit takes back what the old text counted', async () => {
    await insertDocs(db(), FIXTURE_DOCS);
    await refreshRelated(db());
    const dfOf = async (term: string) =>
      Number((await db().selectFrom('related_terms').select('df').where('term', '=', term).executeTakeFirst())?.df ?? 0);
    const aquiferBefore = await dfOf('aquifer');
    // Article 27 is the aquifer piece: rewrite it about something else entirely.
    await db().updateTable('articles').set({ title: 'Orchard Pruning in Spring', plain_text: 'Apple and pear trees want pruning before the buds open.' }).where('id', '=', 27).execute();
    await refreshRelatedFor(db(), 27);
    assert.equal(await dfOf('aquifer'), aquiferBefore - 1);
    assert.ok((await dfOf('prun')) >= 1 || (await dfOf('pruning')) >= 1);
    assert.equal(Number((await db().selectFrom('related_stats').select('docs').executeTakeFirstOrThrow()).docs), FIXTURE_DOCS.length);
  });

  test('unpublishing replaces the picks that pointed at the article, and removes its own', async () => {
    await insertDocs(db(), FIXTURE_DOCS);
    await refreshRelated(db());
    const [a, b, c] = WATER_IDS;
    assert.ok(ids(await relatedForOne(db(), a)).includes(b));
    await setStatus(db(), b, 'trash');
    await refreshRelatedFor(db(), b);

    const pointing = await db().selectFrom('related_articles').select('article_id').where('related_id', '=', b).execute();
    assert.deepEqual(pointing, [], 'no pick points at the trashed article');
    assert.deepEqual(await storedPicks(db(), b), [], 'the trashed article has no picks');
    const forA = await storedPicks(db(), a);
    const without = computeAllRelated(FIXTURE_DOCS.filter((d) => d.id !== b));
    assert.deepEqual(forA.map((p) => p.id), ids(without.get(a) ?? []), 'the picks the smaller corpus gives');
    assert.ok(forA.some((p) => p.id === c));
    assert.equal(Number((await db().selectFrom('related_stats').select('docs').executeTakeFirstOrThrow()).docs), FIXTURE_DOCS.length - 1);
    assert.deepEqual(await relatedForOne(db(), b), []);

    // Published again: it is counted again and gets picks of its own.
    await setStatus(db(), b, 'published');
    await refreshRelatedFor(db(), b);
    assert.ok(ids(await relatedForOne(db(), b)).includes(a));
    assert.equal((await storedPicks(db(), b)).length, 3);
  });

  test('never picks the article itself or an unpublished one', async () => {
    await insertDocs(db(), FIXTURE_DOCS);
    await insertDocs(db(), [{ id: 90, title: 'Reservoirs and Aquifers After the Drought', tags: ['Water Policy'], text: 'Groundwater irrigation reservoirs drought water board.' }], 'draft');
    await refreshRelated(db());
    await refreshRelatedFor(db(), 90);
    const all = await db().selectFrom('related_articles').select(['article_id', 'related_id']).execute();
    assert.ok(all.length > 0);
    assert.ok(all.every((r) => r.article_id !== r.related_id && r.related_id !== 90 && r.article_id !== 90));
  });

  test('an article with no shared words gets no picks', async () => {
    await insertDocs(db(), [...FIXTURE_DOCS, { id: 50, title: 'Okapi Quagga', tags: [], text: 'Zebroid okapi quagga tapir.' }]);
    await refreshRelated(db());
    assert.deepEqual(await relatedForOne(db(), 50), []);
    assert.deepEqual(await storedPicks(db(), 50), []);
  });
});
