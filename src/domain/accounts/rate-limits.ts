import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

// Fixed-window counters in the database, so limits hold across app instances.
// A bucket is a name such as "signin-account:ada@example.org"; each window is a row.

export interface Limit {
  /** bucket prefix, e.g. "signin-ip" */
  name: string;
  max: number;
  windowMs: number;
}

export const LIMITS = {
  /** failed sign-ins for one account from one client address: the limit a guesser meets */
  signInPair: { name: 'signin-pair', max: 5, windowMs: 15 * 60 * 1000 },
  /**
   * failed sign-ins for one account from anywhere: high, so that strangers cannot lock the
   * owner out; over it, only a browser that signed in to the account before gets in
   */
  signInAccount: { name: 'signin-account', max: 50, windowMs: 15 * 60 * 1000 },
  /** failed sign-ins from one client address, for any account (high: a campus shares one NAT address) */
  signInAddress: { name: 'signin-ip', max: 100, windowMs: 15 * 60 * 1000 },
  /** accounts created (or attempted for a taken address) from one client address */
  register: { name: 'register-ip', max: 10, windowMs: 3600 * 1000 },
  resetAddress: { name: 'reset-ip', max: 10, windowMs: 3600 * 1000 },
  resetEmail: { name: 'reset-email', max: 3, windowMs: 3600 * 1000 },
  /** resending verification links and changing email */
  mailAccount: { name: 'mail-account', max: 5, windowMs: 3600 * 1000 },
  /** a sign-up form token, spent once (keyed by its nonce's hash, counted in the window of its issue time) */
  formToken: { name: 'form-once', max: 1, windowMs: 3 * 3600 * 1000 },
} as const satisfies Record<string, Limit>;

function windowStart(limit: Limit, now: Date): string {
  return new Date(Math.floor(now.getTime() / limit.windowMs) * limit.windowMs).toISOString();
}

function bucket(limit: Limit, key: string): string {
  return `${limit.name}:${key.toLowerCase().slice(0, 200)}`;
}

/** Whether the limit is already used up in the current window (without counting this attempt). */
export async function isLimited(db: Executor, limit: Limit, key: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('rate_limits')
    .select('count')
    .where('bucket', '=', bucket(limit, key))
    .where('window_start', '=', windowStart(limit, now))
    .executeTakeFirst();
  return (row?.count ?? 0) >= limit.max;
}

/** Counts one attempt and returns the count in this window (an atomic upsert on both engines). */
export async function hit(db: Executor, limit: Limit, key: string, now: Date): Promise<number> {
  const row = await db
    .insertInto('rate_limits')
    .values({ bucket: bucket(limit, key), window_start: windowStart(limit, now), count: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Counts the attempt and says whether it went over the limit. */
export async function hitAndCheck(db: Executor, limit: Limit, key: string, now: Date): Promise<boolean> {
  return (await hit(db, limit, key, now)) > limit.max;
}

export async function resetLimit(db: Executor, limit: Limit, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('bucket', '=', bucket(limit, key)).execute();
}

/** Drops windows older than a day (the longest window is an hour). */
export async function pruneRateLimits(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', new Date(now.getTime() - 24 * 3600 * 1000).toISOString()).execute();
}
