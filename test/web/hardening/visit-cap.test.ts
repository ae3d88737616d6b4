import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../../src/config.js';
import { BROWSER_UA, describeEachApp } from '../../helpers/app.js';
import { makeArticle } from '../../helpers/factories.js';

const views = (html: string) => html.match(/data-views-total="(\d+)" data-views-today="(\d+)"/)?.slice(1).map(Number);

describeEachApp('visit counting per address', (app) => {
  test('one address rotating its User-Agent counts at most 20 visits to an article', async () => {
    const art = await makeArticle(app().ctx);
    let last: number[] | undefined;
    for (let n = 0; n < 50; n++) {
      const page = await app().app.inject({ method: 'GET', url: `/${art.slug}/`, headers: { 'user-agent': `${BROWSER_UA} Rotating/${n}` } });
      last = views(page.body);
    }
    assert.deepEqual(last, [20, 20]);
  });

  test('the /visit/ beacon answers 404 outside CDN mode', async () => {
    const art = await makeArticle(app().ctx);
    const beacon = await app().app.inject({ method: 'GET', url: `/visit/${art.id}`, headers: { 'user-agent': BROWSER_UA } });
    assert.equal(beacon.statusCode, 404);
    const pixel = await app().app.inject({ method: 'GET', url: `/visit/${art.id}.gif`, headers: { 'user-agent': BROWSER_UA } });
    assert.equal(pixel.statusCode, 404);
    assert.deepEqual(await app().visits.totals(art.id), { total: 0, today: 0 });
  });
});

test('VISITS_PER_ADDRESS sets the cap (default 20)', () => {
  assert.equal(loadConfig({}).visitsPerAddress, 20);
  assert.equal(loadConfig({ VISITS_PER_ADDRESS: '5' }).visitsPerAddress, 5);
  assert.throws(() => loadConfig({ VISITS_PER_ADDRESS: '0' }), /VISITS_PER_ADDRESS/);
});
