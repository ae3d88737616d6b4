import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VisitRecorder } from '../../../src/domain/views/visit-recorder.js';
import { mostVisited, visitTotals, visitsInRange } from '../../../src/domain/views/views.queries.js';
import { domainContext } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeArticle } from '../../helpers/factories.js';

const ua = (n: number) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${n}.0 Safari/537.36`;

describeEachDialect('visit recorder', (db) => {
  test('counts each visitor once per article per day and includes buffered visits in totals', async () => {
    const clock = fixedClock('2026-11-20T10:00:00Z');
    const ctx = domainContext(db(), clock);
    const art = await makeArticle(ctx);
    const rec = new VisitRecorder(ctx.db, clock);
    const visit = (ip: string, agent = ua(1)) =>
      rec.record({ articleId: art.id, clientAddress: ip, userAgent: agent, method: 'GET', purpose: undefined });
    assert.deepEqual(await visit('198.51.100.1'), { total: 1, today: 1, counted: true });
    assert.deepEqual(await visit('198.51.100.1'), { total: 1, today: 1, counted: false });
    assert.deepEqual(await visit('198.51.100.2'), { total: 2, today: 2, counted: true });
    assert.deepEqual(await visit('198.51.100.2', 'curl/8'), { total: 2, today: 2, counted: false });
    assert.equal(rec.pending, 2);
    await rec.flush();
    assert.equal(rec.pending, 0);
    assert.deepEqual(await visitTotals(ctx.db, art.id, '2026-11-20'), { total: 2, today: 2 });
    assert.deepEqual(await rec.totals(art.id), { total: 2, today: 2 });

    clock.set('2026-11-21T09:00:00Z');
    assert.deepEqual(await visit('198.51.100.1'), { total: 3, today: 1, counted: true });
    await rec.stop();
    assert.equal(await visitsInRange(ctx.db, art.id, '2026-11-20', '2026-11-21'), 3);
    assert.equal(await visitsInRange(ctx.db, art.id, '2026-11-21', '2026-11-21'), 1);
  });

  test('a second recorder (a restart, or another instance) cannot count the same visitor twice', async () => {
    const clock = fixedClock('2026-11-22T10:00:00Z');
    const ctx = domainContext(db(), clock);
    const art = await makeArticle(ctx);
    const one = new VisitRecorder(ctx.db, clock);
    const two = new VisitRecorder(ctx.db, clock);
    const input = { articleId: art.id, clientAddress: '203.0.113.5', userAgent: ua(2), method: 'GET', purpose: undefined };
    await one.record(input);
    await two.record(input);
    await two.record({ ...input, clientAddress: '203.0.113.6' });
    await Promise.all([one.stop(), two.stop()]);
    assert.deepEqual(await visitTotals(ctx.db, art.id, '2026-11-22'), { total: 2, today: 2 });
  });

  test('past the in-memory cap, the database still refuses repeat visitors and the count settles', async () => {
    const clock = fixedClock('2026-11-24T10:00:00Z');
    const ctx = domainContext(db(), clock);
    const art = await makeArticle(ctx);
    const rec = new VisitRecorder(ctx.db, clock, { seenCap: 2, storedTtlMs: 0 });
    const visit = (ip: string) => rec.record({ articleId: art.id, clientAddress: ip, userAgent: ua(4), method: 'GET', purpose: undefined });
    await visit('192.0.2.1');
    await visit('192.0.2.2');
    await visit('192.0.2.3'); // the set was full: it starts afresh with this visitor
    await rec.flush();
    // So this repeat is buffered and shown for a moment …
    assert.equal((await visit('192.0.2.1')).counted, true);
    await rec.flush();
    // … but the database's key refuses it: three visitors, three visits.
    assert.deepEqual(await visitTotals(ctx.db, art.id, '2026-11-24'), { total: 3, today: 3 });
    assert.deepEqual(await rec.totals(art.id), { total: 3, today: 3 });
    await rec.stop();
  });

  test('graceful stop writes every buffered visit; none are lost', async () => {
    const clock = fixedClock('2026-11-23T10:00:00Z');
    const ctx = domainContext(db(), clock);
    const art = await makeArticle(ctx);
    const rec = new VisitRecorder(ctx.db, clock, { flushIntervalMs: 60_000, maxBuffered: 1_000_000 });
    rec.start();
    const n = 2500;
    for (let i = 0; i < n; i++) {
      await rec.record({ articleId: art.id, clientAddress: `10.0.${i >> 8}.${i & 255}`, userAgent: ua(3), method: 'GET', purpose: undefined });
    }
    assert.equal(rec.pending, n);
    await rec.stop();
    assert.deepEqual(await visitTotals(ctx.db, art.id, '2026-11-23'), { total: n, today: n });
    const top = await mostVisited(ctx.db, '2026-11-23', 1);
    assert.deepEqual(top, [{ articleId: art.id, views: n }]);
  });
});
