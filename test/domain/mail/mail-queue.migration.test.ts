import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { migrateToLatest } from '../../../src/db/database.js';
import { migrationProvider } from '../../../src/db/migrations/index.js';
import { createTestDatabase, testDialects } from '../../helpers/db.js';

// Migration 11 on a database that already has mail: sent and stored rows keep what they
// were, a row the old code left half-sent is closed as failed (not sent a second time), and
// the new columns start empty.
for (const { dialect, skip } of testDialects) {
  test(`migration 11 turns the outbox into a queue without resending old mail [${dialect}]`, { skip }, async () => {
    const handle = await createTestDatabase(dialect, { migrate: false });
    try {
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider(handle.dialect) });
      assert.equal((await migrator.migrateTo('2026-12-03-10-submissions')).error, undefined);
      for (const status of ['sent', 'stored', 'sending']) {
        await sql`INSERT INTO outbox (to_address, subject, text, html, status, error, created_at, sent_at)
          VALUES (${`${status}@example.org`}, 'S', 't', 'h', ${status}, NULL, '2026-12-01T09:00:00.000Z', NULL)`.execute(handle.db);
      }
      await migrateToLatest(handle);
      const rows = await handle.db.selectFrom('outbox').selectAll().orderBy('id').execute();
      assert.deepEqual(
        rows.map((r) => [r.to_address, r.status, r.attempts, r.next_attempt_at, r.claimed_by, r.claimed_until]),
        [
          ['sent@example.org', 'sent', 0, null, null, null],
          ['stored@example.org', 'stored', 0, null, null, null],
          ['sending@example.org', 'failed', 0, null, null, null],
        ],
      );
      assert.match(rows[2]?.error ?? '', /interrupted/);
    } finally {
      await handle.drop();
    }
  });
}
