import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrateToLatest } from '../../src/db/database.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('migrations', (db) => {
  test('a migrated database is at the latest version and a second run changes nothing', async () => {
    const applied = await migrateToLatest(db());
    assert.deepEqual(applied, []);
    const tables = ['articles', 'authors', 'categories', 'tags', 'visit_days', 'settings', 'article_search'];
    for (const table of tables) {
      const rows = await db().db.selectFrom(table as 'articles').select((eb) => eb.fn.countAll().as('n')).execute();
      assert.equal(Number(rows[0]?.n), 0, table);
    }
  });
});
