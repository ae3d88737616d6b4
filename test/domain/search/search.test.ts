import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Executor } from '../../../src/db/database.js';
import { searchIndexFor } from '../../../src/domain/search/search-index.js';
import type { SearchDocument, SearchResult } from '../../../src/domain/search/search.types.js';
import { describeEachDialect } from '../../helpers/db.js';

// Small original articles; each assertion below relies on the words noted beside it.
const docs: SearchDocument[] = [
  {
    id: 1,
    title: 'The watershed moment for river councils', // ranking: "watershed" in the title
    dek: 'Local boards are finally sharing their quarterly data.',
    body: 'Upstream towns and downstream farms rarely agree on anything, but the new councils give both a seat at the table.',
    authors: 'Lena Marsh',
  },
  {
    id: 2,
    title: 'What the drought taught the valley',
    dek: 'A quarterly look at reservoirs.',
    body: 'Engineers called the dry spring a watershed for planning, and the regional budget now reflects that.', // ranking: body only
    authors: 'Tomas Eriksen',
  },
  {
    id: 3,
    title: 'Coastal towns plan for higher tides',
    dek: 'Harbour masters compare notes.',
    body: 'Every quarterly survey shows the sea level creeping upward along the northern shore.', // phrase "sea level"
    authors: 'Amara Okonkwo', // author search
  },
  {
    id: 4,
    title: 'A level playing field for fishing crews',
    dek: 'Quotas, licences and the open sea.',
    body: 'Crews want the quarterly quotas set level with what the sea can sustain.', // both words, not adjacent
    authors: 'Lena Marsh',
  },
  {
    id: 5,
    title: 'Tariffs and the price of steel',
    dek: 'Importers brace for a quarterly shock.',
    body: 'New tariffs on steel imports will reach builders within months.', // exclusion: has "steel"
    authors: 'Joon-ho Park',
  },
  {
    id: 6,
    title: 'Grain exporters weigh new tariffs',
    dek: 'Harvest contracts are being rewritten.',
    body: 'Farm co-operatives say the tariffs on grain will cut their quarterly margins.', // exclusion: no "steel"
    authors: 'Tomas Eriksen',
  },
  {
    id: 7,
    title: 'Why climate adaptation needs local money',
    dek: 'Cities cannot wait for national plans.',
    body: 'Flood barriers, shade trees and cooling centres all compete for the same quarterly budget.', // prefix "climat"
    authors: 'Amara Okonkwo',
  },
  {
    id: 8,
    title: 'Rules for the gig economy',
    dek: 'Platform workers and the law.',
    body: 'The regulation of ride-hailing apps has moved faster in cities than in parliaments.', // stemming
    authors: 'Joon-ho Park',
  },
  {
    id: 9,
    title: 'Municipal libraries count their readers',
    dek: 'Footfall is up again.',
    body: 'The council report quoted a comment, <script>alert("x")</script>, from a reader who loves the libraries & archives.', // escaping
    authors: 'Lena Marsh',
  },
  {
    id: 10,
    title: 'Night buses and the late shift',
    dek: 'Transit planners discover the nocturnal commuter.',
    body: 'Hospital staff and bakers ride the same routes at three in the morning. \u0002forged\u0003 marks are not marks.',
    authors: 'Tomas Eriksen',
  },
];

const hostileInputs = [
  '"unbalanced',
  '(a OR b',
  'AND',
  '*',
  '-',
  'NEAR(',
  'a NEAR/2 b',
  'title:foo',
  '^x',
  '\u0000',
  'nul\u0000inside quarterly',
  'q'.repeat(5000),
  'word '.repeat(1000),
  '🌍🔥 climate 👩🏽‍🔬',
  '"" ""',
  '---',
  "x'); DROP TABLE article_search; --",
  "'quoted' & !negated | (group) <-> :* \\",
  'body:"x" OR title:y NOT z*',
  'the -war',
  'the',
  '\uD800 lone surrogate',
  '気候 変動',
];

async function insertArticle(db: Executor, id: number, title: string): Promise<void> {
  // PostgreSQL's article_search references articles, so each indexed id needs a row.
  const now = '2026-11-28T12:00:00.000Z';
  await db
    .insertInto('articles')
    .values({ id, slug: `article-${id}`, title, body_md: '', body_html: '', plain_text: '', status: 'published', published_at: now, created_at: now, updated_at: now })
    .execute();
}

const ids = (r: SearchResult) => r.hits.map((h) => h.id);
const page = { limit: 10, offset: 0 };

describeEachDialect('search index', (database, dialect) => {
  const index = searchIndexFor(dialect);
  const db = () => database().db;
  const find = (q: string, opts = page) => index.search(db(), q, opts);

  before(async () => {
    for (const doc of docs) {
      await insertArticle(db(), doc.id, doc.title);
      await index.upsert(db(), doc);
    }
  });

  test('a title match ranks above a body-only match', async () => {
    const r = await find('watershed');
    assert.deepEqual(ids(r), [1, 2]);
    assert.ok((r.hits[0]?.rank ?? 0) > (r.hits[1]?.rank ?? 0));
  });

  test('finds articles by author name', async () => {
    assert.deepEqual(ids(await find('Okonkwo')).sort(), [3, 7]);
  });

  test('a quoted phrase needs the words together and in order', async () => {
    assert.deepEqual(ids(await find('"sea level"')), [3]);
    assert.deepEqual(ids(await find('sea level')).sort(), [3, 4]);
  });

  test('an excluded word removes articles that contain it', async () => {
    assert.deepEqual(ids(await find('tariffs')).sort(), [5, 6]);
    assert.deepEqual(ids(await find('tariffs -steel')), [6]);
    assert.equal((await find('-steel')).total, 0, 'exclusions alone match nothing');
  });

  test('the last word matches as a prefix while typing', async () => {
    assert.deepEqual(ids(await find('climat')), [7]);
    assert.deepEqual(ids(await find('municipal librar')), [9]);
  });

  test('a finished plural is not a prefix: "ties" does not find "tides"', async () => {
    assert.deepEqual(ids(await find('ties')), []);
    assert.deepEqual(ids(await find('tides')), [3]);
  });

  test('stemming: "regulating" finds "regulation"', async () => {
    assert.deepEqual(ids(await find('regulating')), [8]);
    assert.deepEqual(ids(await find('"regulations"')), [8]);
  });

  test('pagination with limit, offset and total', async () => {
    const all = await find('quarterly', { limit: 100, offset: 0 });
    assert.equal(all.total, 7);
    assert.equal(all.totalCapped, false);
    const pages = [];
    for (let offset = 0; offset < 9; offset += 3) {
      const r = await find('quarterly', { limit: 3, offset });
      assert.equal(r.total, 7);
      pages.push(...ids(r));
    }
    assert.deepEqual(pages, ids(all), 'pages follow the same order with nothing repeated or lost');
    assert.deepEqual((await find('quarterly', { limit: 3, offset: 30 })).hits, []);
  });

  test('past the rank budget, the newest matches and every headline match are ranked', async () => {
    const small = searchIndexFor(dialect, { rankBudget: 3, countCap: 5 });
    const r = await small.search(db(), 'quarterly', { limit: 3, offset: 0 });
    // "quarterly" is in the dek of 1, 2 and 5 and the body of 3, 4, 6 and 7: the newest three
    // matches (7, 6, 5) plus the dek matches are ranked; 3 and 4 are older body-only matches.
    // (The ranked window always reaches the end of the requested page, so a page can fill.)
    assert.equal(ids(r).length, 3);
    assert.ok(ids(r).every((id) => [1, 2, 5, 6, 7].includes(id)), String(ids(r)));
    const all = await small.search(db(), 'quarterly', { limit: 10, offset: 0 });
    assert.deepEqual([all.total, all.totalCapped], [7, false], 'the count still covers every match');
    const capped = await small.search(db(), 'quarterly', { limit: 2, offset: 0 });
    assert.deepEqual([capped.total, capped.totalCapped], [5, true]);
  });

  test('past the rank budget, an older headline match still honours an excluded word', async () => {
    // 61 has "saltmarsh" in its title and "cattle" only in its body: the headline candidates
    // are found on title, dek and byline, but the exclusion must look at the body too.
    const rows = [
      { id: 61, title: 'Saltmarsh grazing rights', dek: 'Who may use the common.', body: 'Cattle have grazed here for centuries.', authors: 'Ines Duarte' },
      { id: 62, title: 'Tidal creeks', dek: 'A walk at low water.', body: 'The saltmarsh floods twice a day.', authors: 'Ines Duarte' },
      { id: 63, title: 'Samphire season', dek: 'Foragers return.', body: 'Samphire grows on the saltmarsh edge.', authors: 'Ines Duarte' },
    ];
    for (const row of rows) {
      await insertArticle(db(), row.id, row.title);
      await index.upsert(db(), row);
    }
    // A one-hit page ranks one match: the newest (63), plus the older headline match (61).
    const small = searchIndexFor(dialect, { rankBudget: 1 });
    const one = { limit: 1, offset: 0 };
    const r = await small.search(db(), 'saltmarsh -cattle', one);
    assert.deepEqual(ids(r), [63]);
    assert.deepEqual([r.total, r.totalCapped], [2, false]);
    // Without the exclusion the headline match is ranked too, and first.
    assert.deepEqual(ids(await small.search(db(), 'saltmarsh', one)), [61]);
    assert.deepEqual(ids(await find('saltmarsh -cattle')).sort(), [62, 63]);
  });

  test('ties are broken by id, newest first', async () => {
    // Same text in two articles: identical scores on both engines.
    const twin = { title: 'Identical twin article', dek: '', body: 'Zephyrine weather.', authors: 'Nobody' };
    await insertArticle(db(), 41, twin.title);
    await insertArticle(db(), 42, twin.title);
    await index.upsert(db(), { id: 41, ...twin });
    await index.upsert(db(), { id: 42, ...twin });
    assert.deepEqual(ids(await find('zephyrine')), [42, 41]);
  });

  test('snippets mark matches and escape the article text', async () => {
    const [hit] = (await find('libraries')).hits;
    assert.ok(hit);
    assert.match(hit.snippetHtml, /<mark>libraries<\/mark>/i);
    assert.ok(hit.snippetHtml.includes('&lt;script&gt;'), hit.snippetHtml);
    assert.ok(hit.snippetHtml.includes('&amp; archives'), hit.snippetHtml);
    assert.ok(!hit.snippetHtml.includes('<script'), hit.snippetHtml);
  });

  test('text in the article cannot forge a mark', async () => {
    const [hit] = (await find('bakers')).hits;
    assert.ok(hit);
    assert.equal(hit.snippetHtml.match(/<mark>/g)?.length, 1, hit.snippetHtml);
    assert.ok(hit.snippetHtml.includes('forged marks'), hit.snippetHtml);
  });

  test('the snippet falls back to the dek when only the dek matches', async () => {
    const [hit] = (await find('nocturnal')).hits;
    assert.ok(hit);
    assert.match(hit.snippetHtml, /<mark>nocturnal<\/mark> commuter/i);
  });

  test('a title-only match shows the start of the body', async () => {
    const [hit] = (await find('gig economy')).hits;
    assert.ok(hit);
    assert.ok(hit.snippetHtml.startsWith('The regulation of ride-hailing'), hit.snippetHtml);
  });

  test('a long body is cut around the match, with ellipses on both sides', async () => {
    const filler = 'The weather turned grey again this season. '.repeat(12);
    await insertArticle(db(), 56, 'Harbour life');
    await index.upsert(db(), { id: 56, title: 'Harbour life', dek: '', body: `${filler}A pelican landed on the pier. ${filler}`, authors: 'Ines Duarte' });
    const [hit] = (await find('pelican')).hits;
    assert.ok(hit);
    assert.match(hit.snippetHtml, /^….*<mark>pelican<\/mark>.*…$/i);
    assert.ok(hit.snippetHtml.length < 400, hit.snippetHtml);
  });

  test('upserting twice replaces the document', async () => {
    await insertArticle(db(), 51, 'Draft title');
    await index.upsert(db(), { id: 51, title: 'Lighthouse keepers', dek: '', body: 'Original wording.', authors: 'Ines Duarte' });
    await index.upsert(db(), { id: 51, title: 'Lighthouse keepers retire', dek: '', body: 'Revised wording.', authors: 'Ines Duarte' });
    const r = await find('lighthouse');
    assert.deepEqual(ids(r), [51]);
    assert.equal(r.total, 1);
    assert.deepEqual(ids(await find('original')), []);
    assert.deepEqual(ids(await find('revised')), [51]);
  });

  test('remove() takes a document out', async () => {
    await insertArticle(db(), 52, 'Beekeeping');
    await index.upsert(db(), { id: 52, title: 'Urban beekeeping', dek: '', body: 'Hives on rooftops.', authors: 'Ines Duarte' });
    assert.deepEqual(ids(await find('beekeeping')), [52]);
    await index.remove(db(), 52);
    assert.deepEqual(ids(await find('beekeeping')), []);
    await index.remove(db(), 52); // removing twice is harmless
  });

  test('works inside a transaction, and a rollback leaves nothing behind', async () => {
    await db()
      .transaction()
      .execute(async (tx) => {
        await insertArticle(tx, 53, 'Ferries');
        await index.upsert(tx, { id: 53, title: 'Island ferries', dek: '', body: 'Timetables.', authors: 'Ines Duarte' });
        assert.deepEqual(ids(await index.search(tx, 'ferries', page)), [53]);
      });
    await assert.rejects(
      db()
        .transaction()
        .execute(async (tx) => {
          await insertArticle(tx, 54, 'Canals');
          await index.upsert(tx, { id: 54, title: 'Canal boats', dek: '', body: 'Locks.', authors: 'Ines Duarte' });
          throw new Error('roll back');
        }),
      /roll back/,
    );
    assert.deepEqual(ids(await find('ferries')), [53]);
    assert.deepEqual(ids(await find('canal')), []);
  });

  test('control characters in a document are stripped before indexing', async () => {
    await insertArticle(db(), 55, 'Nul');
    await index.upsert(db(), { id: 55, title: 'Tram\u0000lines', dek: 'x\u0003y', body: 'Overhead\u0002wires', authors: 'A\u0000B' });
    assert.deepEqual(ids(await find('overhead')), [55]);
  });

  test('text between "<" and ">" is searchable and shown as written', async () => {
    await insertArticle(db(), 57, 'Inequalities');
    await index.upsert(db(), { id: 57, title: 'Inequalities', dek: '', body: 'When wages<rents and the mangrove>reef line moves, towns adapt.', authors: 'Ines Duarte' });
    const [hit] = (await find('mangrove')).hits;
    assert.equal(hit?.id, 57);
    assert.ok(hit.snippetHtml.includes('wages&lt;rents and the <mark>mangrove</mark>&gt;reef'), hit.snippetHtml);
  });

  test('every hostile input returns a result without throwing', async () => {
    for (const input of hostileInputs) {
      const r = await find(input);
      assert.ok(Number.isInteger(r.total) && Array.isArray(r.hits), JSON.stringify(input));
      for (const h of r.hits) assert.ok(!/<(?!\/?mark>)/.test(h.snippetHtml), h.snippetHtml);
    }
    assert.deepEqual(ids(await find('nul\u0000inside quarterly')), [], 'NUL splits words; "nul" and "inside" are absent');
  });

  test('empty and operator-only input returns nothing', async () => {
    for (const input of ['', '   ', 'AND', '*', '---', '"" ""', 'NEAR(']) {
      assert.deepEqual(await find(input), { total: 0, totalCapped: false, hits: [] });
    }
  });

  test('limit and offset are clamped', async () => {
    const r = await find('quarterly', { limit: 0, offset: -5 });
    assert.equal(r.hits.length, 1);
    assert.equal(r.total, 7);
    assert.equal((await find('quarterly', { limit: Number.NaN, offset: Number.NaN })).hits.length, 7);
  });

  test('optimize() keeps the index searchable', async () => {
    await index.optimize(db());
    assert.equal((await find('quarterly')).total, 7);
  });

  test('clear() empties the index', async () => {
    await index.clear(db());
    assert.equal((await find('quarterly')).total, 0);
  });
});
