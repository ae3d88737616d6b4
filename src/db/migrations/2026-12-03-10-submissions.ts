import { type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// Submissions and peer review (issue 9): the manuscript with its workflow status and an
// optimistic version, a snapshot per submitted round, every transition, co-authors,
// review assignments (invitation links stored only as SHA-256), and the reminders already
// sent, claimed by an insert that only one instance can win. Sections gain their guidelines.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function submissions(dialect: MigrationDialect) {
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  const withId = (col: ColumnDefinitionBuilder) => (dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement());
  const emptyText = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo('');

  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema.alterTable('categories').addColumn('submission_guidelines', 'text', emptyText).execute();
      await db.schema.alterTable('categories').addColumn('min_words', 'integer').execute();
      await db.schema.alterTable('categories').addColumn('max_words', 'integer').execute();
      // 'single': reviewers do not see the author; 'double': authors do not see reviewers either
      await db.schema.alterTable('categories').addColumn('review_mode', 'text', (c) => c.notNull().defaultTo('single')).execute();

      await db.schema
        .createTable('submissions')
        .addColumn('id', idType, withId)
        .addColumn('owner_user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('title', 'text', emptyText)
        .addColumn('dek', 'text', emptyText)
        .addColumn('body', 'text', emptyText)
        .addColumn('body_html', 'text', emptyText)
        .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('set null'))
        // JSON array of tag names as the author typed them
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('cover_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
        .addColumn('declare_original', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('declare_exclusive', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
        // 0 until first sent; each resubmission adds one
        .addColumn('round', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('handling_editor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        // the desk draft made on acceptance
        .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
        .addColumn('revision_due_on', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addColumn('decided_at', 'text')
        .execute();
      await db.schema.createIndex('submissions_status_updated').on('submissions').columns(['status', 'updated_at']).execute();
      await db.schema.createIndex('submissions_owner').on('submissions').columns(['owner_user_id', 'updated_at']).execute();
      await db.schema.createIndex('submissions_handling_editor').on('submissions').column('handling_editor_user_id').execute();
      await db.schema.createIndex('submissions_article').on('submissions').column('article_id').execute();

      await db.schema
        .createTable('submission_rounds')
        .addColumn('id', idType, withId)
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', emptyText)
        .addColumn('dek', 'text', emptyText)
        .addColumn('body', 'text', emptyText)
        .addColumn('body_html', 'text', emptyText)
        // JSON object: review assignment id -> the author's answer to that review
        .addColumn('responses', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('submission_rounds_round', ['submission_id', 'round'])
        .execute();

      await db.schema
        .createTable('submission_events')
        .addColumn('id', idType, withId)
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (c) => c.notNull())
        // the workflow transition, and for decisions which one (minor and major both request revisions)
        .addColumn('transition', 'text', emptyText)
        .addColumn('decision', 'text')
        .addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        // kept so the history still says who after an account is deleted
        .addColumn('actor_name', 'text', emptyText)
        .addColumn('note', 'text', emptyText)
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('submission_events_submission').on('submission_events').columns(['submission_id', 'id']).execute();

      await db.schema
        .createTable('submission_coauthors')
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.references('authors.id').onDelete('set null'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addPrimaryKeyConstraint('submission_coauthors_pk', ['submission_id', 'position'])
        .execute();

      await db.schema
        .createTable('review_assignments')
        .addColumn('id', idType, withId)
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('round', 'integer', (c) => c.notNull())
        // null until an invited new address registers
        .addColumn('reviewer_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('reviewer_email', 'text', (c) => c.notNull())
        // SHA-256 of the invitation link's token, never the token itself
        .addColumn('invite_token_hash', 'text', (c) => c.unique())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('invited'))
        .addColumn('decline_reason', 'text', emptyText)
        .addColumn('due_on', 'text')
        .addColumn('invited_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('invited_at', 'text', (c) => c.notNull())
        .addColumn('responded_at', 'text')
        .addColumn('submitted_at', 'text')
        .addColumn('recommendation', 'text')
        .addColumn('to_author', 'text', emptyText)
        .addColumn('to_editor', 'text', emptyText)
        .execute();
      await db.schema.createIndex('review_assignments_submission').on('review_assignments').columns(['submission_id', 'round']).execute();
      await db.schema.createIndex('review_assignments_reviewer').on('review_assignments').columns(['reviewer_user_id', 'status']).execute();
      await db.schema.createIndex('review_assignments_status_due').on('review_assignments').columns(['status', 'due_on']).execute();

      // A reminder is sent by whoever inserts its row first; the key refuses the second.
      await db.schema
        .createTable('reminders_sent')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reminders_sent_pk', ['kind', 'subject_id', 'seq'])
        .execute();
    },
  };
}
