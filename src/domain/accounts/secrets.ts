import type { Executor } from '../../db/database.js';
import { randomToken } from './crypto.js';

/**
 * A signing key shared by every app instance: taken from configuration when set,
 * otherwise made once and kept in the database (the first instance to start wins).
 */
export async function loadOrCreateSecret(db: Executor, name: string, now: Date, configured?: string): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('app_secrets')
    .values({ name, value: randomToken(), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
