import { type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// A submission form sent after its session expired keeps its text here (issue 9):
// keyed by the SHA-256 of a random id held in a short-lived cookie, for 24 hours,
// until the author signs in again and the form comes back filled in.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function formStash(_dialect: MigrationDialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('form_stashes')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        // the form's own address, e.g. /submit/new or /dashboard/submissions/12/edit
        .addColumn('path', 'text', (c) => c.notNull())
        // JSON object of the text fields as sent
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('form_stashes_expires').on('form_stashes').column('expires_at').execute();
    },
    async down(db: AnyDb): Promise<void> {
      await db.schema.dropTable('form_stashes').execute();
    },
  };
}
