import type { Executor } from '../../db/database.js';
import { hmac, randomToken, safeEqual, sha256 } from './crypto.js';
import { LIMITS, hit } from './rate-limits.js';

// Signed tokens for forms that are filled in before anyone has a session.
// Pure functions of (secret, inputs, time), so any app instance can check them; only
// spending a form token (single use) touches the database.

/** Anonymous CSRF: a double-submit token bound to the pre-session cookie by an HMAC. */
export function anonymousCsrfToken(secret: string, preSessionId: string): string {
  return hmac(secret, `csrf:${preSessionId}`);
}

export function checkAnonymousCsrfToken(secret: string, preSessionId: string, token: string): boolean {
  return safeEqual(anonymousCsrfToken(secret, preSessionId), token);
}

export function newPreSessionId(): string {
  return randomToken();
}

/** Faster than this, a form was filled by a script; slower than that, it was left open too long. */
export const FORM_MIN_AGE_MS = 2000;
export const FORM_MAX_AGE_MS = 2 * 3600 * 1000;

/**
 * A render-time token: when the form was shown, for which form and which visitor
 * (`binding`: the pre-session cookie, or the session), with a random nonce so it can
 * be spent once (spendFormTimeToken). Signed; `issued.nonce.mac`.
 */
export function formTimeToken(secret: string, form: string, now: Date, binding: string): string {
  const issued = String(now.getTime());
  const nonce = randomToken();
  return `${issued}.${nonce}.${hmac(secret, `form:${form}:${binding}:${issued}:${nonce}`)}`;
}

export type FormTimeVerdict = 'ok' | 'too-fast' | 'expired' | 'invalid';

/** Checks signature, visitor and age; whether it was already spent is spendFormTimeToken's job. */
export function checkFormTimeToken(secret: string, form: string, token: string, now: Date, binding: string): FormTimeVerdict {
  const [issued, nonce, mac, ...rest] = token.split('.');
  if (!issued || !nonce || !mac || rest.length > 0 || !/^\d{1,16}$/.test(issued) || !/^[A-Za-z0-9_-]{20,64}$/.test(nonce)) return 'invalid';
  if (!safeEqual(hmac(secret, `form:${form}:${binding}:${issued}:${nonce}`), mac)) return 'invalid';
  const age = now.getTime() - Number(issued);
  if (age < FORM_MIN_AGE_MS) return 'too-fast';
  if (age > FORM_MAX_AGE_MS) return 'expired';
  return 'ok';
}

/**
 * Spends a checked form token: true the first time, false for a replay. The nonce is
 * counted in the rate_limits table (an atomic upsert on both engines, so two instances
 * racing cannot both accept it) in the window of its issue time, which pruning drops a
 * day later, long after the token itself has expired.
 */
export async function spendFormTimeToken(db: Executor, token: string): Promise<boolean> {
  const [issued = '0', nonce = ''] = token.split('.');
  return (await hit(db, LIMITS.formToken, sha256(nonce), new Date(Number(issued)))) === 1;
}
