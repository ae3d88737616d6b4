import assert from 'node:assert/strict';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { withStatementCache } from '../../src/db/statement-cache.js';

test('one prepared statement per SQL text, least recently used dropped past the limit', () => {
  const sqlite = new SQLite(':memory:');
  const db = withStatementCache(sqlite, 2);
  const a = db.prepare('SELECT 1 AS n');
  assert.equal(db.prepare('SELECT 1 AS n'), a);
  const b = db.prepare('SELECT 2 AS n');
  db.prepare('SELECT 1 AS n'); // a is now the most recently used
  db.prepare('SELECT 3 AS n'); // evicts b
  assert.equal(db.prepare('SELECT 1 AS n'), a);
  assert.notEqual(db.prepare('SELECT 2 AS n'), b);
  sqlite.close();
});

test('a kept statement runs again with new parameters and survives a schema change', () => {
  const sqlite = new SQLite(':memory:');
  const db = withStatementCache(sqlite);
  sqlite.exec('CREATE TABLE t (a INTEGER)');
  const insert = () => db.prepare('INSERT INTO t (a) VALUES (?)');
  insert().run([1]);
  insert().run([2]);
  sqlite.exec('ALTER TABLE t ADD COLUMN b TEXT');
  insert().run([3]);
  assert.deepEqual(db.prepare('SELECT a FROM t ORDER BY a').all([]), [{ a: 1 }, { a: 2 }, { a: 3 }]);
  db.close();
});
