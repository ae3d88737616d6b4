import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely prepares every query afresh; on SQLite preparing costs about as much as running
 * a small query, and a 300-row insert costs far more. Statements are kept by their SQL
 * text (least recently used dropped past `max`): better-sqlite3 runs them synchronously
 * and resets them after each call, so one prepared statement can serve every caller.
 * Kysely's streaming (`iterate`) would hold a statement open; the app never streams.
 */
export function withStatementCache(sqlite: SQLite.Database, max = 300): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}
