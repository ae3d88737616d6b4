import type { Executor } from '../../db/database.js';

/**
 * Takes or renews the named lease for `holder` until now + ttlMs. True when this
 * holder has it: nobody held it, the previous holder let it expire, or it is ours.
 * One statement (an upsert whose update is conditional), so two instances asking
 * at the same moment cannot both win.
 */
export async function acquireLease(db: Executor, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const nowIso = now.toISOString();
  const expires = new Date(now.getTime() + ttlMs).toISOString();
  const row = await db
    .insertInto('leases')
    .values({ name, holder, expires_at: expires })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: expires })
        .where((eb) => eb.or([eb('leases.expires_at', '<', nowIso), eb('leases.holder', '=', holder)])),
    )
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

export async function releaseLease(db: Executor, name: string, holder: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
}
