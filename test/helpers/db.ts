import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { migrateToLatest, openDatabase, type DatabaseHandle, type Dialect } from '../../src/db/database.js';

export const pgAdminUrl = process.env.MASTHEAD_TEST_PG_URL;

export interface TestDatabase extends DatabaseHandle {
  /** the DATABASE_URL-style string, for code that opens its own connections */
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database of its own, migrated unless `migrate` is false: an in-memory SQLite
 * or a new PostgreSQL database in the test cluster.
 */
export async function createTestDatabase(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const handle = openDatabase({ kind: 'sqlite', path: ':memory:' });
    if (migrate) await migrateToLatest(handle);
    return { ...handle, url: 'sqlite::memory:', drop: () => handle.close() };
  }
  if (!pgAdminUrl) throw new Error('MASTHEAD_TEST_PG_URL is not set (run the suite with npm test)');
  const name = `masthead_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = pgAdminUrl.replace(/\/[^/]*$/, `/${name}`);
  const handle = openDatabase({ kind: 'postgres', url });
  if (migrate) await migrateToLatest(handle);
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const testDialects: Array<{ dialect: Dialect; skip: string | false }> = [
  { dialect: 'sqlite', skip: false },
  { dialect: 'postgres', skip: pgAdminUrl ? false : 'PostgreSQL is not installed (initdb not found)' },
];

/**
 * Runs the same suite once per database engine. `fn` receives a getter for a database
 * created before the suite and dropped after it; tests create their own rows.
 */
export function describeEachDialect(title: string, fn: (db: () => TestDatabase, dialect: Dialect) => void): void {
  for (const { dialect, skip } of testDialects) {
    describe(`${title} [${dialect}]`, { skip }, () => {
      let handle: TestDatabase | undefined;
      before(async () => {
        handle = await createTestDatabase(dialect);
      });
      after(async () => {
        await handle?.drop();
      });
      fn(() => {
        if (!handle) throw new Error('database not ready');
        return handle;
      }, dialect);
    });
  }
}
