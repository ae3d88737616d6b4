import type { Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// The WordPress import's memory: which local row each WordPress object became, per
// exported site (its base site URL), so running the same import again updates those
// rows instead of adding copies, and `/?p=ID` finds the article a WordPress ID became.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function wordpressImport(_dialect: MigrationDialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('import_map')
        .addColumn('source', 'text', (c) => c.notNull())
        // user | author | guest_author | category | tag | post | page | attachment
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('wp_id', 'integer', (c) => c.notNull())
        .addColumn('local_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('import_map_pk', ['source', 'kind', 'wp_id'])
        .execute();
      // `/?p=ID` on the site: which article a WordPress post ID became, whatever the source.
      await db.schema.createIndex('import_map_wp_id').on('import_map').columns(['kind', 'wp_id']).execute();
    },
  };
}
