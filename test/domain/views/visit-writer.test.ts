import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrateToLatest, openDatabase } from '../../../src/db/database.js';
import { VisitRecorder } from '../../../src/domain/views/visit-recorder.js';
import { databaseWriter, sqliteWorkerWriter } from '../../../src/domain/views/visit-writer.js';
import { visitTotals } from '../../../src/domain/views/views.queries.js';
import { domainContext } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { makeArticle } from '../../helpers/factories.js';

const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

async function fileDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-visits-'));
  const path = join(dir, 'site.sqlite');
  const handle = openDatabase({ kind: 'sqlite', path });
  await migrateToLatest(handle);
  return { handle, path, async drop() { await handle.close(); rmSync(dir, { recursive: true, force: true }); } };
}

test('a SQLite file gets its visits written by a worker thread, exactly once each', async () => {
  const { handle, path, drop } = await fileDatabase();
  try {
    const clock = fixedClock('2026-11-25T10:00:00Z');
    const ctx = domainContext(handle, clock);
    const art = await makeArticle(ctx);
    let fallbackUsed = 0;
    const inThread = databaseWriter(ctx.db);
    const fallback = { write: (b: Parameters<typeof inThread.write>[0]) => ((fallbackUsed += 1), inThread.write(b)), close: inThread.close };
    const writer = sqliteWorkerWriter(path, fallback);
    const rec = new VisitRecorder(ctx.db, clock, { writer });
    for (let i = 0; i < 300; i++) await rec.record({ articleId: art.id, clientAddress: `10.1.${i >> 8}.${i & 255}`, userAgent: ua, method: 'GET', purpose: undefined });
    await rec.flush();
    // A second recorder (a restart) repeats 100 of the visitors: the worker's writes refuse them.
    const again = new VisitRecorder(ctx.db, clock, { writer });
    for (let i = 200; i < 400; i++) await again.record({ articleId: art.id, clientAddress: `10.1.${i >> 8}.${i & 255}`, userAgent: ua, method: 'GET', purpose: undefined });
    await again.flush();
    assert.deepEqual(await visitTotals(ctx.db, art.id, '2026-11-25'), { total: 400, today: 400 });
    assert.deepEqual(await again.totals(art.id), { total: 400, today: 400 });
    assert.equal(fallbackUsed, 0, 'the worker thread wrote every batch');
    await rec.stop();
  } finally {
    await drop();
  }
});

test('when the worker is gone, batches are written in this thread and none are lost', async () => {
  const { handle, path, drop } = await fileDatabase();
  try {
    const clock = fixedClock('2026-11-26T10:00:00Z');
    const ctx = domainContext(handle, clock);
    const art = await makeArticle(ctx);
    const writer = sqliteWorkerWriter(path, databaseWriter(ctx.db));
    await writer.close(); // the thread has exited: the next batch must not wait for it
    const rec = new VisitRecorder(ctx.db, clock, { writer });
    for (let i = 0; i < 50; i++) await rec.record({ articleId: art.id, clientAddress: `10.2.0.${i}`, userAgent: ua, method: 'GET', purpose: undefined });
    await rec.flush().catch(() => undefined);
    await rec.flush();
    assert.deepEqual(await visitTotals(ctx.db, art.id, '2026-11-26'), { total: 50, today: 50 });
  } finally {
    await drop();
  }
});
