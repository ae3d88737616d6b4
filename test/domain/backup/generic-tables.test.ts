import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { Dialect } from '../../../src/db/database.js';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../../helpers/db.js';
import { archiveEntries, exportTo, restoreFrom } from './backup-helpers.js';

// A table the backup code has never heard of (as a later migration would add) is found in the
// catalog, paged out by its composite key across many pages, and restored on the other engine
// with every value exact: integers, doubles, text, null and bytes.

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'masthead-generic-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function createProbe(db: TestDatabase): Promise<void> {
  const blob = db.dialect === 'postgres' ? sql`bytea` : sql`blob`;
  await sql`CREATE TABLE backup_probe (
    grp integer NOT NULL REFERENCES authors (id),
    name text NOT NULL,
    weight double precision,
    flag integer NOT NULL DEFAULT 0,
    payload ${blob},
    PRIMARY KEY (grp, name))`.execute(db.db);
}

const other = (d: Dialect): Dialect => (d === 'sqlite' ? 'postgres' : 'sqlite');

describeEachDialect('a table added later is exported and restored without code changes', (db, dialect) => {
  test(`from ${dialect} to ${other(dialect)}`, { skip: other(dialect) === 'postgres' && !process.env.MASTHEAD_TEST_PG_URL ? 'no PostgreSQL' : false }, async () => {
    await createProbe(db());
    const now = '2026-11-20T12:00:00.000Z';
    for (const id of [1, 2]) {
      await db().db.insertInto('authors').values({ id, slug: `probe-${id}`, name: `Probe ${id}`, created_at: now, updated_at: now }).execute();
    }
    const rows: Array<{ grp: number; name: string; weight: number | null; flag: number; payload: Buffer | null }> = [];
    for (let i = 0; i < 1200; i++) {
      rows.push({
        grp: (i % 2) + 1,
        name: `${i % 3 === 0 ? 'B' : 'a'}-${String(i).padStart(4, '0')}-ünï`,
        weight: i % 5 === 0 ? null : i / 7 + 1e-9,
        flag: i % 2,
        payload: i % 4 === 0 ? null : Buffer.from([i % 256, 0, 255, (i * 7) % 256]),
      });
    }
    for (let i = 0; i < rows.length; i += 200) {
      await (db().db as unknown as import('kysely').Kysely<Record<string, Record<string, unknown>>>).insertInto('backup_probe').values(rows.slice(i, i + 200)).execute();
    }
    const file = join(dir, `probe-${dialect}.tar.gz`);
    const summary = await exportTo(db(), file, join(dir, 'media'));
    const table = summary.manifest.tables.find((t) => t.name === 'backup_probe');
    assert.equal(table?.rows, 1200);
    const names = summary.manifest.tables.map((t) => t.name);
    assert.ok(names.indexOf('backup_probe') > names.indexOf('authors'), 'after the table it references');

    const target = await createTestDatabase(other(dialect));
    try {
      await createProbe(target);
      await restoreFrom(target, file, join(dir, 'media-restored'));
      const order = sql`ORDER BY grp, name ${target.dialect === 'postgres' ? sql`COLLATE "C"` : sql``}`;
      const back = await sql<Record<string, unknown>>`SELECT grp, name, weight, flag, payload FROM backup_probe ${order}`.execute(target.db);
      const want = [...rows].sort((a, b) => a.grp - b.grp || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      assert.equal(back.rows.length, want.length);
      for (const [i, w] of want.entries()) {
        const got = back.rows[i] as Record<string, unknown>;
        assert.deepEqual({ ...got, payload: got.payload === null ? null : Buffer.from(got.payload as Buffer) }, w, `row ${i}`);
      }
      const again = join(dir, `probe-again-${dialect}.tar.gz`);
      await exportTo(target, again, join(dir, 'media-restored'));
      const [a, b] = [await archiveEntries(file), await archiveEntries(again)];
      assert.equal(b.get('tables/backup_probe.ndjson')?.toString(), a.get('tables/backup_probe.ndjson')?.toString());
    } finally {
      await target.drop();
    }
  });
});
