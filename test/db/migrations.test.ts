import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { migrateToLatest } from '../../src/db/database.js';
import { migrationProvider } from '../../src/db/migrations/index.js';
import { visitorBytes, visitorHash } from '../../src/domain/views/visitor.js';
import { writeVisitBatch } from '../../src/domain/views/views.queries.js';
import { createTestDatabase, describeEachDialect, testDialects } from '../helpers/db.js';

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

for (const { dialect, skip } of testDialects) {
  test(`migration 04 keeps today's visitors, now as 12 bytes [${dialect}]`, { skip }, async () => {
    const handle = await createTestDatabase(dialect, { migrate: false });
    try {
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider(handle.dialect) });
      const to03 = await migrator.migrateTo('2026-11-28-03-accounts');
      assert.equal(to03.error, undefined);
      const id = visitorHash('salt', '192.0.2.1', 'Mozilla/5.0 test agent string');
      // The first schema stored the base64url of the whole digest, cut to 22 characters.
      const oldId = visitorBytes(id).toString('base64url') + 'AAAAAA';
      await sql`INSERT INTO visit_seen (day, visitor, article_id) VALUES ('2026-11-28', ${oldId.slice(0, 22)}, 7)`.execute(handle.db);
      await migrateToLatest(handle);
      const rows = await handle.db.selectFrom('visit_seen').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.deepEqual(Buffer.from(rows[0]!.visitor), visitorBytes(id));
      // The carried-over row still refuses the same visitor.
      const again = await writeVisitBatch(handle.db, [{ day: '2026-11-28', visitor: id, articleId: 7 }]);
      assert.deepEqual(again, []);
    } finally {
      await handle.drop();
    }
  });
}
