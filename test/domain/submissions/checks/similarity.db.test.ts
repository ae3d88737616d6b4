import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unpublishArticle } from '../../../../src/domain/articles/articles.service.js';
import {
  findNearDuplicates,
  indexArticleForSimilarity,
  indexPublishedArticlesForSimilarity,
  indexTextForSimilarity,
  type TextLoader,
} from '../../../../src/domain/submissions/checks/similarity.js';
import { countSimilarityDocs, findSimilarityCandidates } from '../../../../src/domain/submissions/checks/similarity.queries.js';
import { bandKeys, minhashSignature, shingleHashes } from '../../../../src/domain/submissions/checks/minhash.js';
import { domainContext } from '../../../../src/runtime.js';
import { fixedClock } from '../../../../src/shared/clock.js';
import { describeEachDialect } from '../../../helpers/db.js';
import { makeArticle } from '../../../helpers/factories.js';
import { NEAR_COPY, ORIGINAL, UNRELATED } from './fixtures.js';

describeEachDialect('near-duplicate index', (db) => {
  test('finds a published near-copy with its passages and link, not the unrelated piece; follows unpublishing', async () => {
    const ctx = domainContext(db(), fixedClock('2026-12-03T10:00:00.000Z'));
    const original = await makeArticle(ctx, { title: 'The tool library on Alder Street', body: ORIGINAL });
    const birds = await makeArticle(ctx, { title: 'Birds of the estuary', body: UNRELATED });
    const draft = await makeArticle(ctx, { title: 'A draft copy', body: ORIGINAL, publish: false });
    assert.equal(await indexPublishedArticlesForSimilarity(ctx, { batchSize: 1 }), 2, 'the backfill takes published articles only');
    assert.equal(await countSimilarityDocs(ctx.db, 'article'), 2);

    const found = await findNearDuplicates(ctx.db, NEAR_COPY);
    assert.deepEqual(found.map((f) => f.docId), [original.id]);
    assert.equal(found[0]!.url, `/${original.slug}/`);
    assert.equal(found[0]!.title, 'The tool library on Alder Street');
    assert.equal(found[0]!.passages.length, 6);
    assert.deepEqual(await findNearDuplicates(ctx.db, UNRELATED.replace('estuary', 'bay')).then((f) => f.map((x) => x.docId)), [birds.id]);

    // Re-indexing replaces the rows rather than adding to them.
    await indexArticleForSimilarity(ctx, original.id);
    const keys = bandKeys(minhashSignature(shingleHashes(ORIGINAL)));
    const candidates = await findSimilarityCandidates(ctx.db, keys);
    assert.deepEqual(candidates, [{ kind: 'article', docId: original.id, hits: keys.length }]);

    await unpublishArticle(ctx, original.id);
    await indexArticleForSimilarity(ctx, original.id);
    await indexArticleForSimilarity(ctx, draft.id);
    assert.deepEqual(await findNearDuplicates(ctx.db, NEAR_COPY), []);
    assert.equal(await countSimilarityDocs(ctx.db, 'article'), 1);
  });

  test('submissions are indexed beside articles, found through their loader, and a manuscript never matches itself', async () => {
    const ctx = domainContext(db(), fixedClock('2026-12-03T11:00:00.000Z'));
    const texts = new Map([
      [501, { title: 'Submission 501', text: ORIGINAL, url: '/editor/submissions/501' }],
      [502, { title: 'Submission 502', text: NEAR_COPY, url: '/editor/submissions/502' }],
    ]);
    const loader: TextLoader = async (_db, ids) => new Map(ids.filter((id) => texts.has(id)).map((id) => [id, texts.get(id)!]));
    await indexTextForSimilarity(ctx, 'submission', 501, ORIGINAL);
    await indexTextForSimilarity(ctx, 'submission', 502, NEAR_COPY);
    await indexTextForSimilarity(ctx, 'submission', 503, '');
    assert.equal(await countSimilarityDocs(ctx.db, 'submission'), 2, 'an empty text is not indexed');

    const found = await findNearDuplicates(ctx.db, NEAR_COPY, { exclude: { kind: 'submission', docId: 502 }, loadSubmissionTexts: loader });
    assert.deepEqual(found.map((f) => [f.kind, f.docId, f.url]), [['submission', 501, '/editor/submissions/501']]);
    assert.ok(found[0]!.containment > 0.6);
    // Without a loader, submission candidates cannot be verified and are left out.
    assert.deepEqual(await findNearDuplicates(ctx.db, NEAR_COPY, { exclude: { kind: 'submission', docId: 502 } }), []);
  });
});
