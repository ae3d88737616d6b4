import type { Config } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { databaseIsEmpty, seedDemo } from '../demo/seed.js';
import { domainContext } from '../runtime.js';
import { ValidationError } from '../shared/errors.js';

export async function runSeed(config: Config, args: string[]): Promise<void> {
  const unknown = args.filter((a) => a !== '--demo');
  if (unknown.length > 0) throw new ValidationError(`unknown option ${unknown[0]}; usage: masthead seed [--demo]`);
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const ctx = domainContext(handle);
    if (!(await databaseIsEmpty(ctx))) {
      console.log('the database already has articles; the demo is only seeded into an empty database');
      return;
    }
    const { articles } = await seedDemo(ctx);
    console.log(`seeded the demo magazine: ${articles} articles`);
  } finally {
    await handle.close();
  }
}
