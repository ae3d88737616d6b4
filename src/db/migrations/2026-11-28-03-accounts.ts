import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { MigrationDialect } from './dialect.js';

// Frozen once landed: write a new migration instead of editing this one.
// Accounts: database sessions, single-use tokens, rate-limit counters, the audit
// log, the mail outbox and the signing secret. Timestamps are ISO-8601 UTC text
// and flags 0/1 integers, as in the content model, so both engines read alike.

// Kysely<any>: migrations describe history and must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function accounts(dialect: MigrationDialect) {
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  const withId = (col: ColumnDefinitionBuilder) => (dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement());

  return {
    async up(db: AnyDb): Promise<void> {
      // Only the SHA-256 of the cookie value is stored: a leaked table cannot be replayed.
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_secret', 'text', (c) => c.notNull())
        .addColumn('persistent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      // Email verification, password reset and email change links; hashed, single use.
      await db.schema
        .createTable('auth_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('new_email', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('auth_tokens_user').on('auth_tokens').columns(['user_id', 'purpose']).execute();

      // Fixed-window counters shared by every app instance.
      await db.schema
        .createTable('rate_limits')
        .addColumn('bucket', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('rate_limits_pk', ['bucket', 'window_start'])
        .execute();
      await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();

      // No foreign keys: the record must outlive the accounts it mentions.
      await db.schema
        .createTable('audit_log')
        .addColumn('id', idType, withId)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'integer')
        .addColumn('target_user_id', 'integer')
        .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_user_id', 'at']).execute();

      // Every message is kept, whether or not SMTP is configured or succeeded.
      await db.schema
        .createTable('outbox')
        .addColumn('id', idType, withId)
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema.createIndex('outbox_created').on('outbox').column('created_at').execute();

      // Keys for signing anonymous form tokens, shared by every instance.
      await db.schema
        .createTable('app_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
