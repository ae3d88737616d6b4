import type { Executor } from '../../db/database.js';
import { LIMITS, hit, isLimited, resetLimit } from './rate-limits.js';

// Who may still try a password (issue 14.8). Three counters of failures, so that
// locking out is no weapon:
//  - per account and client address (5 in 15 minutes): a guesser on one address
//    stops there, and the owner elsewhere is not affected;
//  - per account from anywhere (50): a guesser spread over many addresses stops too,
//    and then only a browser that signed in to this account before (its signed device
//    cookie) still gets in with the right password;
//  - per client address across accounts (100): a password sprayer stops, while a campus
//    behind one NAT address has room for its people's typos.

export type SignInBlock = 'pair' | 'account' | 'address';

/** The bucket key of one account at one address; the address first, so a long email cannot push it out. */
function pairKey(email: string, ip: string): string {
  return `${ip}|${email}`;
}

/**
 * Why this attempt may not even be checked, or null. `knownDevice` is true when the
 * browser carries a valid device cookie naming this account.
 */
export async function signInBlocked(db: Executor, email: string, ip: string, at: Date, knownDevice: boolean): Promise<SignInBlock | null> {
  if (await isLimited(db, LIMITS.signInPair, pairKey(email, ip), at)) return 'pair';
  if (await isLimited(db, LIMITS.signInAddress, ip, at)) return 'address';
  if (!knownDevice && (await isLimited(db, LIMITS.signInAccount, email, at))) return 'account';
  return null;
}

/** Counts a wrong password against all three. */
export async function countSignInFailure(db: Executor, email: string, ip: string, at: Date): Promise<void> {
  await hit(db, LIMITS.signInPair, pairKey(email, ip), at);
  await hit(db, LIMITS.signInAccount, email, at);
  await hit(db, LIMITS.signInAddress, ip, at);
}

/**
 * After the right password from this address: its own count starts again. The
 * account-wide count is left alone, so a guesser elsewhere gains nothing from the
 * owner's success; a completed reset clears it (clearAccountFailures).
 */
export async function clearPairFailures(db: Executor, email: string, ip: string): Promise<void> {
  await resetLimit(db, LIMITS.signInPair, pairKey(email, ip));
}

/**
 * A new password was set by the owner (a completed reset, from `ip`): the account-wide
 * count and the owner's own address start again. Other addresses' counts run out by
 * themselves; a guesser there still needs the new password.
 */
export async function clearAccountFailures(db: Executor, email: string, ip: string): Promise<void> {
  await resetLimit(db, LIMITS.signInAccount, email);
  await resetLimit(db, LIMITS.signInPair, pairKey(email, ip));
}
