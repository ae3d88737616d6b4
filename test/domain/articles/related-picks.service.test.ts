import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { relatedForArticle } from '../../../src/domain/articles/published.queries.js';
import { relatedPicksForEditor, setEditorPicks } from '../../../src/domain/articles/related-picks.service.js';
import { recomputeAllRelated, refreshRelated, refreshRelatedFor } from '../../../src/domain/articles/related.service.js';
import { ValidationError } from '../../../src/shared/errors.js';
import { describeEachDialect } from '../../helpers/db.js';
import { FIXTURE_DOCS, HOUSING_IDS, PRIVACY_IDS, WATER_IDS } from './related/fixture-corpus.js';
import { clearArticles, insertDocs, setStatus, storedPicks } from './related/related-db.js';

const [river, pricing, aquifers] = WATER_IDS;
const [zoning] = HOUSING_IDS;
const [privacy] = PRIVACY_IDS;

describeEachDialect('editor choices in related reading', (handle) => {
  const db = () => handle().db;
  beforeEach(async () => {
    await clearArticles(db());
    await insertDocs(db(), FIXTURE_DOCS);
    await refreshRelated(db());
  });

  test('pinned picks come first, automatic ones fill the rest without repeating them', async () => {
    const picks = await setEditorPicks(db(), river, { pinnedIds: [zoning], hiddenIds: [] });
    assert.deepEqual(picks.pinned.map((p) => p.id), [zoning]);
    assert.equal(picks.automatic.length, 2);
    assert.ok(picks.automatic.every((p) => p.id !== zoning && p.id !== river && p.score > 0));
    assert.deepEqual(picks.automatic.map((p) => p.id), [pricing, aquifers]);
    const shown = await relatedForArticle(db(), river);
    assert.deepEqual(shown.map((s) => s.slug), [`doc-${zoning}`, `doc-${pricing}`, `doc-${aquifers}`]);
  });

  test('a hidden article is never suggested and never shown', async () => {
    await setEditorPicks(db(), river, { pinnedIds: [], hiddenIds: [pricing] });
    const picks = await relatedPicksForEditor(db(), river);
    assert.deepEqual(picks.hidden.map((p) => p.id), [pricing]);
    assert.ok(!picks.automatic.some((p) => p.id === pricing));
    assert.ok(!(await relatedForArticle(db(), river)).some((s) => s.slug === `doc-${pricing}`));
    // Even a stray row a public query could meet.
    assert.ok((await storedPicks(db(), river)).some((p) => p.id === pricing && p.source === 'hidden'));
  });

  test('choices survive every recomputation', async () => {
    await setEditorPicks(db(), river, { pinnedIds: [privacy, zoning], hiddenIds: [pricing] });
    const expected = await relatedPicksForEditor(db(), river);
    await refreshRelated(db());
    assert.deepEqual(await relatedPicksForEditor(db(), river), expected);
    await refreshRelatedFor(db(), river);
    assert.deepEqual(await relatedPicksForEditor(db(), river), expected);
    await recomputeAllRelated(db());
    assert.deepEqual(await relatedPicksForEditor(db(), river), expected);
    assert.deepEqual(expected.automatic.map((p) => p.id), [aquifers]);
  });

  test('an unpublished pinned pick gives its slot to an automatic one until it returns', async () => {
    await setEditorPicks(db(), river, { pinnedIds: [zoning], hiddenIds: [] });
    await setStatus(db(), zoning, 'draft');
    await refreshRelatedFor(db(), zoning);
    let picks = await relatedPicksForEditor(db(), river);
    assert.deepEqual(picks.pinned.map((p) => [p.id, p.published]), [[zoning, false]], 'the pin is kept');
    assert.equal(picks.automatic.length, 3);
    assert.ok(!(await relatedForArticle(db(), river)).some((s) => s.slug === `doc-${zoning}`));

    await setStatus(db(), zoning, 'published');
    await refreshRelatedFor(db(), zoning);
    picks = await relatedPicksForEditor(db(), river);
    assert.deepEqual(picks.pinned.map((p) => [p.id, p.published]), [[zoning, true]]);
    assert.equal(picks.automatic.length, 2);
    assert.equal((await relatedForArticle(db(), river))[0]?.slug, `doc-${zoning}`);
  });

  test('refuses bad choices with a message for the field, changing nothing', async () => {
    const before = await relatedPicksForEditor(db(), river);
    const refused = async (choices: { pinnedIds: number[]; hiddenIds: number[] }, field: string) => {
      await assert.rejects(setEditorPicks(db(), river, choices), (err: unknown) => err instanceof ValidationError && field in err.fields);
    };
    await refused({ pinnedIds: [river], hiddenIds: [] }, 'pinned');
    await refused({ pinnedIds: [pricing, aquifers, zoning, privacy], hiddenIds: [] }, 'pinned');
    await refused({ pinnedIds: [999], hiddenIds: [] }, 'pinned');
    await setStatus(db(), zoning, 'draft');
    await refused({ pinnedIds: [], hiddenIds: [zoning] }, 'hidden');
    await refused({ pinnedIds: [], hiddenIds: [river] }, 'hidden');
    assert.deepEqual(await relatedPicksForEditor(db(), river), before);
  });

  test('clearing the choices gives back the automatic picks', async () => {
    const automatic = (await relatedPicksForEditor(db(), river)).automatic;
    await setEditorPicks(db(), river, { pinnedIds: [zoning], hiddenIds: [pricing] });
    const cleared = await setEditorPicks(db(), river, { pinnedIds: [], hiddenIds: [] });
    assert.deepEqual(cleared, { pinned: [], automatic, hidden: [] });
  });
});
