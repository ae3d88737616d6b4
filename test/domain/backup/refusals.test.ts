import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { ArchiveError } from '../../../src/domain/backup/archive-reader.js';
import { domainContext } from '../../../src/runtime.js';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../../helpers/db.js';
import { makeArticle } from '../../helpers/factories.js';
import { archiveEntries, exportTo, restoreFrom, truncateFile, writeArchive } from './backup-helpers.js';

// Restore refuses, before writing anything: a database in use, a damaged archive (a checksum
// that does not match, a cut-off file), a newer format and migrations this code does not know.

let dir = '';
let source: TestDatabase;
let good = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'masthead-refusals-'));
  source = await createTestDatabase('sqlite');
  const ctx = domainContext(source);
  for (let i = 0; i < 3; i++) await makeArticle(ctx);
  good = join(dir, 'good.tar.gz');
  await exportTo(source, good, join(dir, 'media'));
});

after(async () => {
  await source?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Rows per table, to prove a refused restore wrote nothing. */
async function rowCounts(db: TestDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['articles', 'authors', 'users', 'settings', 'tags', 'article_versions', 'related_stats']) {
    const r = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(t)}`.execute(db.db);
    out[t] = Number(r.rows[0]?.n);
  }
  return out;
}

async function damagedCopy(name: string, change: (entries: Map<string, Buffer>) => void): Promise<string> {
  const entries = await archiveEntries(good);
  change(entries);
  const file = join(dir, name);
  await writeArchive(file, entries);
  return file;
}

describeEachDialect('restore refusals', (db) => {
  async function refused(file: string, message: RegExp): Promise<void> {
    const before = await rowCounts(db());
    await assert.rejects(restoreFrom(db(), file, join(dir, 'media-target')), (err: unknown) => {
      assert.ok(err instanceof ArchiveError, String(err));
      assert.match(err.message, message);
      assert.doesNotMatch(err.message, /\n/);
      return true;
    });
    assert.deepEqual(await rowCounts(db()), before);
  }

  test('a checksum that does not match', async () => {
    const file = await damagedCopy('bad-checksum.tar.gz', (e) => {
      const body = e.get('tables/articles.ndjson')!.toString('utf8');
      e.set('tables/articles.ndjson', Buffer.from(body.replace('"title":"A', '"title":"B'), 'utf8'));
    });
    await refused(file, /damaged: the checksum of tables\/articles\.ndjson does not match/);
  });

  test('a truncated file', async () => {
    const file = join(dir, 'truncated.tar.gz');
    await truncateFile(good, file, 0.6);
    await refused(file, /damaged/);
  });

  test('a newer format version', async () => {
    const file = await damagedCopy('newer.tar.gz', (e) => {
      const m = JSON.parse(e.get('manifest.json')!.toString('utf8')) as { formatVersion: number };
      m.formatVersion = 2;
      e.set('manifest.json', Buffer.from(JSON.stringify(m)));
    });
    await refused(file, /format version 2, newer than this Masthead reads \(1\)/);
  });

  test('a migration this code does not know', async () => {
    const file = await damagedCopy('unknown-migration.tar.gz', (e) => {
      const m = JSON.parse(e.get('manifest.json')!.toString('utf8')) as { migrations: string[] };
      m.migrations.push('2099-01-01-01-from-the-future');
      e.set('manifest.json', Buffer.from(JSON.stringify(m)));
    });
    await refused(file, /unknown migration 2099-01-01-01-from-the-future/);
  });

  test('a file that is not an archive at all', async () => {
    await refused(join(process.cwd(), 'package.json'), /damaged/);
    await refused(join(dir, 'missing.tar.gz'), /no such file/);
  });

  test('restores into the empty database, then refuses it as in use', async () => {
    const summary = await restoreFrom(db(), good, join(dir, 'media-target'));
    assert.equal(summary.searchIndexed, 3);
    const counts = await rowCounts(db());
    assert.equal(counts.articles, 3);
    assert.equal(counts.related_stats, 1);
    await refused(good, /the database is not empty \(it has articles, authors/);
  });

  test('a database with only a setting is in use too', async () => {
    const other = await createTestDatabase(db().dialect);
    try {
      await other.db.insertInto('settings').values({ key: 'site.name', value: 'Somebody else' }).execute();
      const before = await rowCounts(other);
      await assert.rejects(restoreFrom(other, good, join(dir, 'media-other')), /not empty \(it has settings rows\)/);
      assert.deepEqual(await rowCounts(other), before);
    } finally {
      await other.drop();
    }
  });
});
