import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function searchHead(dialect: MigrationDialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      // FTS5 can restrict a query to some columns by itself; PostgreSQL needs a vector of its own.
      if (dialect !== 'postgres') return;
      // Title, byline and dek only: a small vector stored inline, so finding the articles whose
      // headline matches never has to read the large, toasted `document`. Search ranks those
      // together with the newest matches instead of every match of a common word.
      await sql`ALTER TABLE article_search ADD COLUMN head tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, replace(title, '<', ' ')), 'A') ||
        setweight(to_tsvector('english'::regconfig, replace(authors, '<', ' ')), 'A') ||
        setweight(to_tsvector('english'::regconfig, replace(dek, '<', ' ')), 'B')) STORED`.execute(db);
      await sql`CREATE INDEX article_search_head ON article_search USING gin (head)`.execute(db);
    },
  };
}
