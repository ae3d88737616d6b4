import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';

export async function runMigrate(config: Config): Promise<void> {
  const handle = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(handle);
    console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await handle.close();
  }
}
