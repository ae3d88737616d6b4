import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { exportSite } from '../domain/backup/export.service.js';
import { domainContext } from '../runtime.js';
import { ValidationError } from '../shared/errors.js';

// `masthead export FILE` (or `-` for standard output): the whole site in one archive
// (format: src/domain/backup/archive-format.ts).

const usage = 'usage: masthead export FILE.tar.gz  (or - for standard output)';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export async function runExport(config: Config, args: string[]): Promise<void> {
  try {
    await exportCommand(config, args);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    console.error(`masthead export: ${err.message}`);
    process.exitCode = 1;
  }
}

async function exportCommand(config: Config, args: string[]): Promise<void> {
  const [file, ...extra] = args;
  if (!file || extra.length) throw new ValidationError(usage);
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const ctx = domainContext(handle);
    const started = Date.now();
    const deps = { db: ctx.db, dialect: ctx.dialect, clock: ctx.clock, mediaDir: config.mediaDir };
    let summary;
    if (file === '-') {
      summary = await exportSite(deps, process.stdout);
    } else {
      // Written beside the target and renamed at the end: a failed export leaves no half file.
      const partial = `${file}.partial`;
      try {
        summary = await exportSite(deps, createWriteStream(partial));
        await rename(partial, file);
      } catch (err) {
        await rm(partial, { force: true });
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new ValidationError(`cannot write ${file} (${code})`);
        throw err;
      }
    }
    const line = `exported ${summary.tables} tables, ${summary.rows} rows and ${summary.files} media files to ${file === '-' ? 'standard output' : file} (${formatBytes(summary.bytes)}) in ${Date.now() - started} ms`;
    // With the archive on standard output, the summary goes to standard error.
    if (file === '-') console.error(line);
    else console.log(line);
  } finally {
    await handle.close();
  }
}
