import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// Timestamps are ISO-8601 UTC text and flags are 0/1 integers on both engines,
// so every query reads the same values from SQLite and PostgreSQL.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function contentModel(dialect: MigrationDialect) {
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  const withId = (col: import('kysely').ColumnDefinitionBuilder) =>
    dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement();

  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', idType, withId)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().defaultTo('reader'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
        .addColumn('password_hash', 'text')
        .addColumn('email_verified_at', 'text')
        .addColumn('trusted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Author profiles are separate from accounts: a contributor can have a byline,
      // bio and archive without ever signing in; an account may be linked later.
      await db.schema
        .createTable('authors')
        .addColumn('id', idType, withId)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('affiliation', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('bio_md', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('bio_html', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('photo_url', 'text')
        .addColumn('links_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null').unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('categories')
        .addColumn('id', idType, withId)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('tags')
        .addColumn('id', idType, withId)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('articles')
        .addColumn('id', idType, withId)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('dek', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body_md', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull())
        .addColumn('plain_text', 'text', (c) => c.notNull())
        .addColumn('headings_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reading_minutes', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('footnote_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('published_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('cover_image_url', 'text')
        .addColumn('cover_alt', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('articles_status_published').on('articles').columns(['status', 'published_at']).execute();

      await db.schema
        .createTable('article_authors')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
        .execute();
      await db.schema.createIndex('article_authors_author').on('article_authors').column('author_id').execute();

      await db.schema
        .createTable('article_categories')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('article_categories_pk', ['article_id', 'category_id'])
        .execute();
      await db.schema.createIndex('article_categories_category').on('article_categories').column('category_id').execute();

      await db.schema
        .createTable('article_tags')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
        .execute();
      await db.schema.createIndex('article_tags_tag').on('article_tags').column('tag_id').execute();

      // Related reading, computed at publish time ("auto") or chosen by an editor.
      await db.schema
        .createTable('related_articles')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('score', 'double precision', (c) => c.notNull().defaultTo(0))
        .addColumn('source', 'text', (c) => c.notNull().defaultTo('auto'))
        .addPrimaryKeyConstraint('related_articles_pk', ['article_id', 'related_id'])
        .execute();

      // Visits are kept per article per UTC day so any range can be summed.
      await db.schema
        .createTable('visit_days')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('visit_days_pk', ['article_id', 'day'])
        .execute();
      await db.schema.createIndex('visit_days_day').on('visit_days').columns(['day', 'article_id']).execute();

      // Who was already counted today: a salted hash, never an address. Pruned daily.
      await db.schema
        .createTable('visit_seen')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('visitor', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('visit_seen_pk', ['day', 'visitor', 'article_id'])
        .execute();

      await db.schema
        .createTable('visit_salts')
        .addColumn('day', 'text', (c) => c.primaryKey())
        .addColumn('salt', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      // The search index holds published articles only, so search can never leak a draft.
      if (dialect === 'sqlite') {
        await sql`CREATE VIRTUAL TABLE article_search USING fts5(
          title, dek, body, authors, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
      } else {
        await db.schema
          .createTable('article_search')
          .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('dek', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('authors', 'text', (c) => c.notNull())
          .addColumn('document', sql`tsvector`, (c) => c.notNull())
          .execute();
        await sql`CREATE INDEX article_search_document ON article_search USING gin (document)`.execute(db);
      }
    },
  };
}
