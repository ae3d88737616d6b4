import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { bridgeEventsOverPostgres } from '../../src/db/notify.js';
import { createContentEvents, type ContentChange } from '../../src/shared/events.js';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../helpers/db.js';

// The LISTEN connection of the PostgreSQL event bridge, when the server drops it: before
// close() the bridge clears the caches and listens again; after close() the connection is
// the pool's, and the bridge must neither hear its error nor release it a second time
// ("Release called on client which has already been released to the pool").

async function listenBackends(admin: pg.Client, database: string): Promise<number[]> {
  const r = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query IN ('LISTEN masthead_content', 'UNLISTEN masthead_content')`,
    [database],
  );
  return r.rows.map((row) => row.pid);
}

async function terminate(admin: pg.Client, pids: number[]): Promise<void> {
  for (const pid of pids) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
}

/** Waits for `check` to hold, asking again every 50 ms (a wait for an event, not a timing assertion). */
async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the condition never held');
}

describe('PostgreSQL event bridge when the server drops its connection', { skip: pgAdminUrl ? false : 'PostgreSQL is not installed' }, () => {
  let db: TestDatabase;
  let admin: pg.Client;
  let name: string;
  before(async () => {
    db = await createTestDatabase('postgres', { migrate: false });
    name = new URL(db.url).pathname.slice(1);
    admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
  });
  after(async () => {
    await admin.end();
    await db.drop();
  });

  test('after close(), a dropped connection is the pool’s to handle, not released twice', async () => {
    const pool = db.pgPool;
    assert.ok(pool);
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const heard: ContentChange[] = [];
      const events = createContentEvents();
      events.on((change) => heard.push(change));
      const bridge = await bridgeEventsOverPostgres(pool, events);
      const pids = await listenBackends(admin, name);
      assert.equal(pids.length, 1);
      await bridge.close();
      await bridge.close(); // twice is harmless too

      // The connection went back to the pool idle; the server now ends it.
      const poolError = once(pool, 'error');
      await terminate(admin, pids);
      const [err] = (await poolError) as [Error];
      assert.match(err.message, /terminat/i);
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(uncaught, []);
      assert.deepEqual(heard, [], 'a closed bridge clears no cache');
      // The pool goes on serving queries on a new connection.
      assert.equal((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one, 1);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });

  test('while open, a dropped connection is replaced, then the caches are cleared', async () => {
    const pool = db.pgPool;
    assert.ok(pool);
    const heard: ContentChange[] = [];
    const events = createContentEvents();
    events.on((change) => heard.push(change));
    const bridge = await bridgeEventsOverPostgres(pool, events);
    try {
      const [first] = await listenBackends(admin, name);
      assert.ok(first);
      await terminate(admin, [first]);
      await eventually(async () => (heard.some((c) => c.kind === 'all') ? true : undefined));
      const second = await eventually(async () => (await listenBackends(admin, name)).find((pid) => pid !== first));
      assert.notEqual(second, first);

      // Another instance's change reaches this one over the new connection.
      const payload = JSON.stringify({ origin: 'another-instance', change: { kind: 'taxonomy' } });
      const local = new pg.Client({ connectionString: db.url });
      await local.connect();
      await local.query(`SELECT pg_notify('masthead_content', $1)`, [payload]);
      await local.end();
      await eventually(async () => (heard.some((c) => c.kind === 'taxonomy') ? true : undefined));
    } finally {
      await bridge.close();
    }
  });
});
