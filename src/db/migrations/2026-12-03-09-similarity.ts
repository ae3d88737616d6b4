import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// The near-duplicate index of the submission checks (issue 9): each published article's and
// each submission's MinHash signature, and its LSH band keys, so one check finds its
// candidates with one indexed lookup instead of reading every text. Filled by the
// application (publish hook, submission save, backfill), not here.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function similarity(dialect: MigrationDialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      // kind: 'article' | 'submission'; doc_id: the row's id in its own table (no foreign key,
      // since it points at one of two tables; the application removes rows with their documents).
      await db.schema
        .createTable('similarity_docs')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'integer', (c) => c.notNull())
        // 128 32-bit minima as fixed-width hex; also tells which band rows to delete on re-index
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('shingle_count', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('similarity_docs_pk', ['kind', 'doc_id'])
        .execute();
      // One row per band per document. The primary key leads with band_key, so the candidate
      // lookup is an index range read; on SQLite the rows live in that b-tree (WITHOUT ROWID).
      // Removal goes through the stored signature's keys, so no second index is needed.
      await db.schema
        .createTable('similarity_bands')
        .addColumn('band_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('similarity_bands_pk', ['band_key', 'kind', 'doc_id'])
        .$call((b) => (dialect === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
        .execute();
    },
  };
}
