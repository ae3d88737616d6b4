import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { migrateToLatest, type DatabaseHandle } from '../../../src/db/database.js';
import { migrationProvider } from '../../../src/db/migrations/index.js';
import { searchIndexFor } from '../../../src/domain/search/search-index.js';
import type { SearchDocument } from '../../../src/domain/search/search.types.js';
import { createTestDatabase, testDialects } from '../../helpers/db.js';

// Migration 2026-11-28-05 rebuilds the SQLite index with prefix indexes; PostgreSQL is untouched.
const MIGRATION = '2026-11-28-05-search-prefix';

const docs: SearchDocument[] = [
  { id: 1, title: 'A watershed for river boards', dek: 'Councils share data.', body: 'Upstream towns meet downstream farms.', authors: 'Lena Marsh' },
  { id: 2, title: 'Dry springs', dek: 'Reservoirs run low.', body: 'Engineers call the drought a watershed for planning.', authors: 'Tomas Eriksen' },
  { id: 3, title: 'Harbour tariffs', dek: 'Fees rise again.', body: 'Shipping lines pass the cost to importers.', authors: 'Amara Okonkwo' },
];

// Every prefix length from the shortest searched (4) past the longest indexed (8).
const queries = ['wate', 'water', 'waters', 'watersh', 'watershe', 'watershed', 'river boards', '"watershed for"', 'tariffs -steel', 'okonkwo', 'drou'];

async function migrateToBefore(handle: DatabaseHandle): Promise<void> {
  const names = Object.keys(await migrationProvider(handle.dialect).getMigrations()).sort();
  const previous = names[names.indexOf(MIGRATION) - 1];
  assert.ok(previous, 'the migration is registered');
  const migrator = new Migrator({ db: handle.db, provider: migrationProvider(handle.dialect), allowUnorderedMigrations: true });
  const { error } = await migrator.migrateTo(previous);
  assert.equal(error, undefined);
}

async function ftsDefinition(handle: DatabaseHandle): Promise<string> {
  const { rows } = await sql<{ sql: string }>`SELECT sql FROM sqlite_master WHERE name = 'article_search'`.execute(handle.db);
  return rows[0]?.sql ?? '';
}

for (const { dialect, skip } of testDialects) {
  test(`the search prefix migration keeps every indexed article searchable [${dialect}]`, { skip }, async () => {
    const handle = await createTestDatabase(dialect, { migrate: false });
    try {
      await migrateToBefore(handle);
      const index = searchIndexFor(dialect);
      const now = '2026-11-28T12:00:00.000Z';
      for (const doc of docs) {
        await handle.db
          .insertInto('articles')
          .values({ id: doc.id, slug: `a-${doc.id}`, title: doc.title, body_md: '', body_html: '', plain_text: '', status: 'published', published_at: now, created_at: now, updated_at: now })
          .execute();
        await index.upsert(handle.db, doc);
      }
      const before = await Promise.all(queries.map((q) => index.search(handle.db, q, { limit: 10, offset: 0 })));
      assert.deepEqual(before[0]?.hits.map((h) => h.id).sort(), [1, 2], 'a four-letter prefix matches before');

      // This migration runs first; later ones (landed since) follow it.
      assert.equal((await migrateToLatest(handle))[0], MIGRATION);

      const after = await Promise.all(queries.map((q) => index.search(handle.db, q, { limit: 10, offset: 0 })));
      assert.deepEqual(after, before, 'same hits, ranks, snippets and totals');
      for (const [i, q] of queries.slice(0, 6).entries()) {
        assert.deepEqual(after[i]?.hits.map((h) => h.id).sort(), [1, 2], q);
      }
      if (dialect === 'sqlite') {
        assert.match(await ftsDefinition(handle), /prefix = '4 5 6 7 8'/);
        // FTS5 checks its index against the stored rows.
        await sql`INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)`.execute(handle.db);
        const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE name LIKE 'article_search_rebuilt%'`.execute(handle.db);
        assert.deepEqual(rows, [], 'no table is left behind');
      }

      // The rebuilt index takes writes as before.
      await index.upsert(handle.db, { ...docs[2]!, body: 'Shipping lines pass the watershed cost on.' });
      assert.deepEqual((await index.search(handle.db, 'watersh', { limit: 10, offset: 0 })).hits.map((h) => h.id).sort(), [1, 2, 3]);
      await index.remove(handle.db, 1);
      assert.deepEqual((await index.search(handle.db, 'watershed', { limit: 10, offset: 0 })).hits.map((h) => h.id).sort(), [2, 3]);
    } finally {
      await handle.drop();
    }
  });
}

test('a fresh SQLite database gets the prefix index', async () => {
  const handle = await createTestDatabase('sqlite');
  try {
    assert.match(await ftsDefinition(handle), /prefix = '4 5 6 7 8'/);
    await sql`INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)`.execute(handle.db);
  } finally {
    await handle.drop();
  }
});
