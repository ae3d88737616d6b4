import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// Related reading, incrementally: the corpus statistics the TF-IDF computation needs,
// kept in the database so one article's picks are found at publish time without
// reading every published article (a full recomputation takes about a minute at
// 100,000 articles). Filled by the application (a full recomputation, `masthead
// reindex`, or the background job after the first publish), not here: migrations
// import nothing from src/.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function relatedTerms(dialect: MigrationDialect) {
  return {
    async up(db: AnyDb): Promise<void> {
      // Every indexing term (stemmed word, or `tag:` + whole tag) seen in a published
      // article, with how many published articles hold it. Ids are handed out by the
      // application under the lock row below, so no dialect-specific sequence is needed.
      // A term held by one article only is in no vector (it links nothing); the sole
      // holder and its term frequency are kept so that, when a second article brings
      // the term, the first one gets the posting it now deserves.
      await db.schema
        .createTable('related_terms')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('term', 'text', (c) => c.notNull().unique())
        .addColumn('df', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sole_article_id', 'integer')
        .addColumn('sole_tf', 'double precision')
        .execute();

      // One row per published article counted in related_terms: the ids of the terms it
      // added to the document frequencies (space-separated, base 36), so taking it out
      // again subtracts exactly what was added, whatever its text has become since.
      await db.schema
        .createTable('related_docs')
        .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('terms', 'text', (c) => c.notNull())
        // the L2 norm its vector's weights were divided by
        .addColumn('norm', 'double precision', (c) => c.notNull().defaultTo(0))
        .execute();

      // Each published article's pruned, normalized TF-IDF vector: its posting lists,
      // read heaviest first, find the candidates for another article's picks. On SQLite
      // the rows live in the primary key's b-tree (WITHOUT ROWID), so an article's vector
      // is one contiguous read and the posting index covers the candidate query.
      await db.schema
        .createTable('related_vectors')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('term_id', 'integer', (c) => c.notNull())
        .addColumn('weight', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('related_vectors_pk', ['article_id', 'term_id'])
        .$call((b) => (dialect === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
        .execute();
      await sql`CREATE INDEX related_vectors_posting ON related_vectors (term_id, weight DESC, article_id)`.execute(db);

      // A single row: how many articles related_docs counts, and the lock every writer of
      // these tables takes first (an UPDATE of it), so concurrent publishes on PostgreSQL
      // apply their document-frequency changes one after the other and never deadlock.
      await db.schema
        .createTable('related_stats')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('docs', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.insertInto('related_stats').values({ id: 1, docs: 0 }).execute();

      // Unpublishing an article replaces the picks that point at it: find them by index.
      await db.schema.createIndex('related_articles_related').on('related_articles').column('related_id').execute();
    },
  };
}
