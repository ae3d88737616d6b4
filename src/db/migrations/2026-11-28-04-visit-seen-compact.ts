import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

/**
 * visit_seen (who was counted today) becomes compact: the visitor is 12 raw bytes instead
 * of 22 base64 characters, the key leads with the article, and on SQLite the table is
 * WITHOUT ROWID (one B-tree instead of a table plus an index). Every counted visit writes
 * one row at a random place in this key, so its size is what a busy second costs.
 * The old ids were the base64url of the same digest, so rows already seen today carry over.
 */
export function visitSeenCompact(dialect: MigrationDialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      const old: Array<{ day: string; visitor: string; article_id: number }> = await db
        .selectFrom('visit_seen')
        .select(['day', 'visitor', 'article_id'])
        .execute();
      await db.schema.dropTable('visit_seen').execute();
      let create = db.schema
        .createTable('visit_seen')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('visitor', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addPrimaryKeyConstraint('visit_seen_pk', ['day', 'article_id', 'visitor']);
      if (dialect === 'sqlite') create = create.modifyEnd(sql`WITHOUT ROWID`);
      await create.execute();
      for (let i = 0; i < old.length; i += 500) {
        const rows = old.slice(i, i + 500).map((r) => ({
          day: r.day,
          article_id: r.article_id,
          // 16 base64url characters are exactly the digest's first 12 bytes.
          visitor: Buffer.from(r.visitor.slice(0, 16), 'base64url'),
        }));
        await db.insertInto('visit_seen').values(rows).onConflict((oc) => oc.doNothing()).execute();
      }
    },
  };
}
