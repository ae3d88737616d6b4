import { type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// The editorial desk: article versions, scheduling and trash, the one redirects
// table, media stored in the database (so every instance serves every upload),
// and the scheduler's lease. Timestamps are ISO-8601 UTC text as elsewhere.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function editorialDesk(dialect: MigrationDialect) {
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  const withId = (col: ColumnDefinitionBuilder) => (dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement());
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  return {
    async up(db: AnyDb): Promise<void> {
      const text = (name: string, notEmpty = false) =>
        db.schema.alterTable('articles').addColumn(name, 'text', (c) => (notEmpty ? c.notNull().defaultTo('') : c)).execute();
      await text('meta_description', true);
      await text('cover_caption', true);
      await db.schema.alterTable('articles').addColumn('cover_media_id', 'integer').execute();
      // when a scheduled article goes live (status 'scheduled')
      await text('publish_at');
      // when it went to the trash, and the status it had, for restoring
      await text('trashed_at');
      await text('trashed_from');
      // the account that wrote the draft (an author's own piece); null for desk pieces
      await db.schema.alterTable('articles').addColumn('owner_user_id', 'integer').execute();
      // the latest version number: a save based on an older one is refused
      await db.schema.alterTable('articles').addColumn('version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      // 'unpublished' is gone: an article taken down is a draft again.
      await db.updateTable('articles').set({ status: 'draft' }).where('status', '=', 'unpublished').execute();
      await db.schema.createIndex('articles_status_updated').on('articles').columns(['status', 'updated_at']).execute();
      await db.schema.createIndex('articles_status_publish_at').on('articles').columns(['status', 'publish_at']).execute();
      await db.schema.createIndex('articles_owner').on('articles').column('owner_user_id').execute();

      await db.schema.alterTable('authors').addColumn('website', 'text', (c) => c.notNull().defaultTo('')).execute();
      await db.schema.alterTable('authors').addColumn('orcid', 'text', (c) => c.notNull().defaultTo('')).execute();
      await db.schema.alterTable('authors').addColumn('photo_media_id', 'integer').execute();

      // Every save of an article's body or metadata: who, when, what changed, and the whole state.
      await db.schema
        .createTable('article_versions')
        .addColumn('id', idType, withId)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        // kept so the history still says who after an account is deleted
        .addColumn('user_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('save'))
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addUniqueConstraint('article_versions_number', ['article_id', 'number'])
        .execute();

      // One table for every redirect: changed slugs, merged authors, renamed sections, imports.
      await db.schema
        .createTable('redirects')
        .addColumn('id', idType, withId)
        .addColumn('from_path', 'text', (c) => c.notNull().unique())
        .addColumn('to_path', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull().defaultTo(301))
        .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await db.schema.createIndex('redirects_to').on('redirects').column('to_path').execute();

      // Uploaded images. The original is never kept: only re-encoded variants without metadata.
      await db.schema
        .createTable('media')
        .addColumn('id', idType, withId)
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('image'))
        .addColumn('original_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('source_format', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await db.schema
        .createTable('media_variants')
        .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('data', blob, (c) => c.notNull())
        .addPrimaryKeyConstraint('media_variants_pk', ['media_id', 'name'])
        .execute();
      // Where each upload is used, kept up to date by every article save.
      await db.schema
        .createTable('article_media')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_media_pk', ['article_id', 'media_id'])
        .execute();
      await db.schema.createIndex('article_media_media').on('article_media').column('media_id').execute();

      // Named leases: the instance holding one runs that job; others skip until it expires.
      await db.schema
        .createTable('leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
