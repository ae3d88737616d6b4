import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setArticleStatus, TRASH_DAYS } from '../../../src/domain/articles/article-status.service.js';
import { acquireLease, releaseLease } from '../../../src/domain/scheduler/lease.queries.js';
import { startScheduler } from '../../../src/domain/scheduler/scheduler.js';
import { domainContext } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { describeEachDialect } from '../../helpers/db.js';
import { makeArticle } from '../../helpers/factories.js';

describeEachDialect('scheduler and lease', (db) => {
  test('a lease belongs to one holder until it expires; the holder renews it', async () => {
    const now = new Date('2026-12-01T10:00:00.000Z');
    const name = `job-${Math.random().toString(36).slice(2)}`;
    assert.equal(await acquireLease(db().db, name, 'a', now, 10_000), true);
    assert.equal(await acquireLease(db().db, name, 'b', new Date(now.getTime() + 5000), 10_000), false, 'held by a');
    assert.equal(await acquireLease(db().db, name, 'a', new Date(now.getTime() + 9000), 10_000), true, 'a renews');
    assert.equal(await acquireLease(db().db, name, 'b', new Date(now.getTime() + 15_000), 10_000), false, 'the renewal counts from 9 s');
    assert.equal(await acquireLease(db().db, name, 'b', new Date(now.getTime() + 20_000), 10_000), true, 'expired: b takes over');
    await releaseLease(db().db, name, 'b');
    assert.equal(await acquireLease(db().db, name, 'c', new Date(now.getTime() + 20_001), 10_000), true, 'released');
  });

  test('the scheduler publishes what is due and empties the trash of what is 30 days old', async () => {
    const clock = fixedClock('2026-12-01T10:00:00.000Z');
    const ctx = domainContext(db(), clock);
    const due = await makeArticle(ctx, { publish: false });
    const later = await makeArticle(ctx, { publish: false });
    const oldTrash = await makeArticle(ctx, { publish: false });
    await setArticleStatus(ctx, due.id, { to: 'scheduled', publishAt: '2026-12-01T10:00:30.000Z' });
    await setArticleStatus(ctx, later.id, { to: 'scheduled', publishAt: '2026-12-09T10:00:00.000Z' });
    await setArticleStatus(ctx, oldTrash.id, { to: 'trash' });
    const scheduler = startScheduler(ctx, { intervalMs: 60_000, holder: 'test-holder' });
    try {
      assert.deepEqual(await scheduler.tick(), { ran: true, published: 0, purged: 0 });
      clock.advance(31_000);
      const pass = await scheduler.tick();
      assert.equal(pass.published, 1);
      const status = async (id: number) => (await ctx.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirst())?.status;
      assert.equal(await status(due.id), 'published');
      assert.equal(await status(later.id), 'scheduled');
      clock.advance(TRASH_DAYS * 86_400_000);
      const purge = await scheduler.tick();
      assert.ok(purge.purged >= 1);
      assert.equal(await status(oldTrash.id), undefined, 'deleted for good');
      assert.equal(await status(later.id), 'published', 'and the later one went live on its day');
    } finally {
      await scheduler.stop();
    }
  });

  test('another instance holding the lease means this one does nothing', async () => {
    const clock = fixedClock('2026-12-02T10:00:00.000Z');
    const ctx = domainContext(db(), clock);
    assert.equal(await acquireLease(ctx.db, 'scheduler', 'someone-else', clock.now(), 60_000), true);
    const scheduler = startScheduler(ctx, { intervalMs: 60_000, holder: 'me' });
    try {
      assert.equal((await scheduler.tick()).ran, false);
    } finally {
      await scheduler.stop();
      await releaseLease(ctx.db, 'scheduler', 'someone-else');
    }
  });
});
