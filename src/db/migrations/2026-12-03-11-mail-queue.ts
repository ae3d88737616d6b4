import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// Mail is delivered after the response by a background sender (issue 14, item 3): each row
// counts its attempts, says when it is next due, and carries a lease (who claimed it, until
// when) so several instances never send one message twice.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function mailQueue(_dialect: MigrationDialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema.alterTable('outbox').addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('outbox').addColumn('next_attempt_at', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('claimed_by', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('claimed_until', 'text').execute();
      // Rows the old code left half-sent ('sending') may or may not have reached the relay;
      // sending them again could deliver twice, so they are closed as failed instead.
      await db
        .updateTable('outbox')
        .set({ status: 'failed', error: 'delivery interrupted by an upgrade' })
        .where('status', '=', 'sending')
        .execute();
      // The sender's one query: queued rows by due time. Partial, so sent mail costs it nothing.
      await sql`create index outbox_due on outbox (next_attempt_at) where status = 'queued'`.execute(db);
    },
  };
}
