import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { rebuildSearchIndex } from '../articles/articles.service.js';
import type { DomainContext } from '../context.js';
import { AVATAR_FOLDER, decodeValue, type Manifest, type ManifestTable } from './archive-format.js';
import { ArchiveError, readArchive } from './archive-reader.js';
import {
  appliedMigrations,
  archivedTables,
  deferForeignKeys,
  deleteAllRows,
  insertRows,
  nonEmptyContentTables,
  resetSequences,
  type TableInfo,
} from './backup.queries.js';

// Restores an archive into an empty, migrated database: verify everything first (checksums,
// format version, migrations, an empty target), then load every table in ONE transaction,
// then put the author photos in place and rebuild the search index from the articles.

export interface RestoreDeps {
  ctx: DomainContext;
  /** config.mediaDir: author photos go to <mediaDir>/avatars */
  mediaDir: string;
  /** the migrations this code knows (by name) */
  knownMigrations: readonly string[];
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  files: number;
  searchIndexed: number;
  manifest: Manifest;
  /** migrations the database has that the archive predates (their data changes were not replayed) */
  newerMigrations: string[];
}

const BATCH_ROWS = 200;
const BATCH_PARAMS = 30_000; // under SQLite's and PostgreSQL's limit on bound parameters
const BATCH_BYTES = 4 * 1024 * 1024;

/** Every refusal, before anything is written. */
async function checkTarget(deps: RestoreDeps, manifest: Manifest): Promise<{ target: Map<string, TableInfo>; newer: string[] }> {
  const unknown = manifest.migrations.filter((m) => !deps.knownMigrations.includes(m));
  if (unknown.length) {
    throw new ArchiveError(`the archive comes from a newer Masthead (unknown migration ${unknown[0]}): upgrade Masthead first; nothing was restored`);
  }
  const applied = await appliedMigrations(deps.ctx.db);
  const notApplied = manifest.migrations.filter((m) => !applied.includes(m));
  if (notApplied.length) throw new ArchiveError(`the database is not migrated (missing ${notApplied[0]}): run masthead migrate first; nothing was restored`);
  const used = await nonEmptyContentTables(deps.ctx.db);
  if (used.length) {
    throw new ArchiveError(`the database is not empty (it has ${used.join(', ')} rows): restore only into a new, empty database; nothing was restored`);
  }
  const target = new Map((await archivedTables(deps.ctx.db, deps.ctx.dialect)).map((t) => [t.name, t]));
  for (const t of manifest.tables) {
    const here = target.get(t.name);
    if (!here) throw new ArchiveError(`the archive has a table ${t.name} this database does not: nothing was restored`);
    const missing = t.columns.find((c) => !here.columns.some((h) => h.name === c.name));
    if (missing) throw new ArchiveError(`the archive has a column ${t.name}.${missing.name} this database does not: nothing was restored`);
  }
  return { target, newer: applied.filter((m) => !manifest.migrations.includes(m)) };
}

class TableLoader {
  private batch: Record<string, unknown>[] = [];
  private bytes = 0;
  rows = 0;
  constructor(
    private readonly ctx: DomainContext,
    private readonly table: ManifestTable,
  ) {}

  async add(line: string): Promise<void> {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new ArchiveError(`the archive is damaged: a row of ${this.table.file} is not JSON; nothing was restored`);
    }
    const row: Record<string, unknown> = {};
    for (const c of this.table.columns) row[c.name] = decodeValue(parsed[c.name], c.kind);
    this.batch.push(row);
    this.bytes += line.length;
    const maxRows = Math.min(BATCH_ROWS, Math.floor(BATCH_PARAMS / Math.max(1, this.table.columns.length)));
    if (this.batch.length >= maxRows || this.bytes >= BATCH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    const rows = this.batch;
    this.batch = [];
    this.bytes = 0;
    await insertRows(this.ctx.db, this.table.name, rows);
    this.rows += rows.length;
  }
}

/** Verifies the archive at `path` and loads it; throws ArchiveError (and writes nothing) when refused. */
export async function restoreSite(deps: RestoreDeps, path: string): Promise<RestoreSummary> {
  const manifest = await readArchive(path);
  const { target, newer } = await checkTarget(deps, manifest);
  const staging = join(deps.mediaDir, `.restore-${randomBytes(6).toString('hex')}`);
  const staged: string[] = [];
  let rows = 0;
  try {
    await deps.ctx.db.transaction().execute(async (tx) => {
      const ctx = { ...deps.ctx, db: tx };
      await deferForeignKeys(tx, ctx.dialect);
      // Checked again inside the transaction: nothing may have been written since the first look.
      const used = await nonEmptyContentTables(tx);
      if (used.length) throw new ArchiveError(`the database is not empty (it has ${used.join(', ')} rows); nothing was restored`);
      // Migrations may seed rows (related_stats' counter): the archive's rows replace them.
      for (const t of [...manifest.tables].reverse()) await deleteAllRows(tx, t.name);
      const loaders = new Map(manifest.tables.map((t) => [t.name, new TableLoader(ctx, t)]));
      let current: TableLoader | undefined;
      await readArchive(path, {
        async row(table, line) {
          const loader = loaders.get(table);
          if (!loader) return;
          if (current && current !== loader) await current.flush();
          current = loader;
          await loader.add(line);
        },
        async file(name, data) {
          if (current) await current.flush();
          current = undefined;
          await mkdir(staging, { recursive: true });
          const file = basename(name);
          await writeFile(join(staging, file), data);
          staged.push(file);
        },
      });
      if (current) await current.flush();
      for (const loader of loaders.values()) rows += loader.rows;
      if (ctx.dialect === 'postgres') {
        for (const t of manifest.tables) await resetSequences(tx, target.get(t.name) as TableInfo);
      }
    });
    if (staged.length) {
      await mkdir(join(deps.mediaDir, AVATAR_FOLDER), { recursive: true });
      for (const file of staged) await rename(join(staging, file), join(deps.mediaDir, AVATAR_FOLDER, file));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const searchIndexed = await rebuildSearchIndex(deps.ctx);
  deps.ctx.events.emit({ kind: 'all' });
  return { tables: manifest.tables.length, rows, files: staged.length, searchIndexed, manifest, newerMigrations: newer };
}
