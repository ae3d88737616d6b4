import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { migrationProvider } from '../db/migrations/index.js';
import { restoreSite } from '../domain/backup/restore.service.js';
import { domainContext } from '../runtime.js';
import { ValidationError } from '../shared/errors.js';

// `masthead restore FILE`: an archive from `masthead export` into an empty database
// (migrated here first), on either engine.

const usage = 'usage: masthead restore FILE.tar.gz  (into an empty database)';

export async function runRestore(config: Config, args: string[]): Promise<void> {
  try {
    await restoreCommand(config, args);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    console.error(`masthead restore: ${err.message}`);
    process.exitCode = 1;
  }
}

async function restoreCommand(config: Config, args: string[]): Promise<void> {
  const [file, ...extra] = args;
  if (!file || file === '-' || extra.length) throw new ValidationError(usage);
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const ctx = domainContext(handle);
    const knownMigrations = Object.keys(await migrationProvider(handle.dialect).getMigrations());
    const started = Date.now();
    const r = await restoreSite({ ctx, mediaDir: config.mediaDir, knownMigrations }, file);
    console.log(
      `restored ${r.tables} tables, ${r.rows} rows and ${r.files} media files from ${file} ` +
        `(exported ${r.manifest.createdAt} from ${r.manifest.sourceDialect}); search index rebuilt for ${r.searchIndexed} articles in ${Date.now() - started} ms`,
    );
    if (r.newerMigrations.length) {
      console.log(`the archive predates ${r.newerMigrations.length} migration(s) of this version: run masthead reindex to refresh derived data`);
    }
  } finally {
    await handle.close();
  }
}
