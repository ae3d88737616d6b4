import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import type { DatabaseHandle } from '../../../src/db/database.js';
import { migrationProvider } from '../../../src/db/migrations/index.js';
import { exportSite, type ExportSummary } from '../../../src/domain/backup/export.service.js';
import { restoreSite, type RestoreSummary } from '../../../src/domain/backup/restore.service.js';
import { domainContext } from '../../../src/runtime.js';
import { fixedClock } from '../../../src/shared/clock.js';

// Shared by the backup tests: export/restore a handle, and read or rewrite an archive's entries.

export const CLOCK_AT = '2026-11-20T12:00:00.000Z';

export async function exportTo(handle: DatabaseHandle, file: string, mediaDir: string): Promise<ExportSummary> {
  return exportSite({ db: handle.db, dialect: handle.dialect, clock: fixedClock(CLOCK_AT), mediaDir }, createWriteStream(file));
}

export async function restoreFrom(handle: DatabaseHandle, file: string, mediaDir: string): Promise<RestoreSummary> {
  const knownMigrations = Object.keys(await migrationProvider(handle.dialect).getMigrations());
  return restoreSite({ ctx: domainContext(handle, fixedClock(CLOCK_AT)), mediaDir, knownMigrations }, file);
}

/** Every entry of an archive, by name. */
export async function archiveEntries(file: string): Promise<Map<string, Buffer>> {
  const extract = tar.extract();
  createReadStream(file).pipe(createGunzip()).pipe(extract);
  const out = new Map<string, Buffer>();
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    out.set(entry.header.name, Buffer.concat(chunks));
  }
  return out;
}

/** Writes an archive from entries (in the order given): for damaging one on purpose. */
export async function writeArchive(file: string, entries: Map<string, Buffer>): Promise<void> {
  const pack = tar.pack();
  const done = pipeline(pack, createGzip(), createWriteStream(file));
  for (const [name, data] of entries) pack.entry({ name }, data);
  pack.finalize();
  await done;
}

export async function truncateFile(from: string, to: string, keep: number): Promise<void> {
  const data = await readFile(from);
  await writeFile(to, data.subarray(0, Math.floor(data.length * keep)));
}
