import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnKind, decodeValue, encodeValue } from '../../../src/domain/backup/archive-format.js';
import { foreignKeyOrder, type TableInfo } from '../../../src/domain/backup/backup.queries.js';

test('declared column types map to the archive kinds on both engines', () => {
  assert.equal(columnKind('integer'), 'integer');
  assert.equal(columnKind('INTEGER'), 'integer');
  assert.equal(columnKind('bigint'), 'integer');
  assert.equal(columnKind('boolean'), 'integer');
  assert.equal(columnKind('double precision'), 'real');
  assert.equal(columnKind('REAL'), 'real');
  assert.equal(columnKind('text'), 'text');
  assert.equal(columnKind('timestamp with time zone'), 'text');
  assert.equal(columnKind('bytea'), 'blob');
  assert.equal(columnKind('blob'), 'blob');
});

test('values survive encode → JSON → decode exactly', () => {
  const cases: Array<[unknown, 'integer' | 'real' | 'text' | 'blob']> = [
    [0.1 + 0.2, 'real'],
    [1e-300, 'real'],
    [-0.000123456789012345, 'real'],
    [9007199254740991, 'integer'],
    ['“quoted” – text with \u2028 and \n', 'text'],
    [null, 'text'],
    [Buffer.from([0, 255, 1, 128, 10]), 'blob'],
  ];
  for (const [value, kind] of cases) {
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(value, kind))), kind);
    assert.deepEqual(back, value);
  }
  assert.equal(encodeValue(true, 'integer'), 1);
  assert.equal(encodeValue(new Date('2026-01-02T03:04:05.000Z'), 'text'), '2026-01-02T03:04:05.000Z');
});

test('tables come after the tables they reference', () => {
  const t = (name: string, references: string[]): TableInfo => ({ name, references, columns: [], primaryKey: ['id'] });
  const order = foreignKeyOrder([t('article_authors', ['articles', 'authors']), t('articles', ['media', 'users']), t('authors', ['users', 'media']), t('media', ['users']), t('users', [])]).map((x) => x.name);
  for (const [later, earlier] of [['article_authors', 'articles'], ['article_authors', 'authors'], ['articles', 'media'], ['media', 'users']] as const) {
    assert.ok(order.indexOf(later) > order.indexOf(earlier), `${later} after ${earlier}: ${order.join(', ')}`);
  }
});
