import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VisitRecorder } from '../../../src/domain/views/visit-recorder.js';
import { visitTotals } from '../../../src/domain/views/views.queries.js';
import { domainContext } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeArticle } from '../../helpers/factories.js';

const ua = (n: number) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${n}.0 Safari/537.36`;

describeEachDialect('visits per address', (db) => {
  test('50 User-Agents from one address count 20 visits a day; other addresses and articles are unaffected', async () => {
    const clock = fixedClock('2026-11-20T10:00:00Z');
    const ctx = domainContext(db(), clock);
    const art = await makeArticle(ctx);
    const other = await makeArticle(ctx);
    const rec = new VisitRecorder(ctx.db, clock); // the default cap: 20
    const visit = (articleId: number, ip: string, n: number) =>
      rec.record({ articleId, clientAddress: ip, userAgent: ua(n), method: 'GET', purpose: undefined });
    let counted = 0;
    for (let n = 0; n < 50; n++) if ((await visit(art.id, '198.51.100.7', n)).counted) counted++;
    assert.equal(counted, 20);
    assert.equal((await visit(art.id, '198.51.100.8', 1)).counted, true, 'another address still counts');
    assert.equal((await visit(other.id, '198.51.100.7', 1)).counted, true, 'another article still counts');
    await rec.flush();
    assert.deepEqual(await visitTotals(ctx.db, art.id, '2026-11-20'), { total: 21, today: 21 });

    clock.set('2026-11-21T09:00:00Z');
    assert.equal((await visit(art.id, '198.51.100.7', 99)).counted, true, 'the cap starts afresh the next day');
    await rec.stop();
  });

  test('the cap is configurable', async () => {
    const clock = fixedClock('2026-11-22T10:00:00Z');
    const ctx = domainContext(db(), clock);
    const art = await makeArticle(ctx);
    const rec = new VisitRecorder(ctx.db, clock, { perAddress: 3 });
    const results = [];
    for (let n = 0; n < 5; n++) results.push((await rec.record({ articleId: art.id, clientAddress: '203.0.113.9', userAgent: ua(n), method: 'GET', purpose: undefined })).counted);
    assert.deepEqual(results, [true, true, true, false, false]);
    // A visitor already counted is still recognised (not counted again, not refused as new).
    assert.equal((await rec.record({ articleId: art.id, clientAddress: '203.0.113.9', userAgent: ua(0), method: 'GET', purpose: undefined })).total, 3);
    await rec.stop();
  });
});
