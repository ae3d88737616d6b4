import { mkdirSync, accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { ConfigError } from '../shared/errors.js';
import { migrationProvider } from './migrations/index.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Anything queries can run on: the database or a transaction. */
export type Executor = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** the PostgreSQL pool, for LISTEN/NOTIFY; undefined on SQLite */
  pgPool?: pg.Pool;
  close(): Promise<void>;
}

// COUNT and SUM come back from PostgreSQL as int8 strings; our counts fit a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.kind === 'sqlite') {
    if (config.path !== ':memory:') {
      try {
        mkdirSync(dirname(config.path), { recursive: true });
        accessSync(dirname(config.path), constants.W_OK);
      } catch {
        throw new ConfigError(`The data folder ${dirname(config.path)} is not writable: fix its permissions or set DATABASE_URL`);
      }
    }
    let sqlite: SQLite.Database;
    try {
      sqlite = new SQLite(config.path);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('busy_timeout = 5000');
    } catch (err) {
      throw new ConfigError(`Cannot open the SQLite database at ${config.path}: ${(err as Error).message}`);
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  // An idle client error (e.g. the server restarted) must not crash the process.
  pool.on('error', () => undefined);
  // Nor may one on a client that is checked out: the pool listens only to idle clients, and
  // a server that stops mid-query ends the socket ("Connection terminated unexpectedly")
  // before the failed query hands its client back. The query's own promise carries the error.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', pgPool: pool, close: () => db.destroy() };
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  // Unordered: migrations written in parallel branches may land in either order.
  const migrator = new Migrator({ db: handle.db, provider: migrationProvider(handle.dialect), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    if (/ECONNREFUSED|password authentication|does not exist|ENOTFOUND/.test(reason)) {
      throw new ConfigError(`Cannot reach the database (${reason}): check DATABASE_URL`);
    }
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Run work atomically; on SQLite this is BEGIN IMMEDIATE-free but serialized by the single connection. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
