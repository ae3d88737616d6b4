import { hmac, randomToken, safeEqual } from './crypto.js';

// Signed tokens for forms that are filled in before anyone has a session.
// Pure functions of (secret, inputs, time), so any app instance can check them.

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

/** A render-time token: when the form was shown, for which form, signed. */
export function formTimeToken(secret: string, form: string, now: Date): string {
  const issued = String(now.getTime());
  return `${issued}.${hmac(secret, `form:${form}:${issued}`)}`;
}

export type FormTimeVerdict = 'ok' | 'too-fast' | 'expired' | 'invalid';

export function checkFormTimeToken(secret: string, form: string, token: string, now: Date): FormTimeVerdict {
  const [issued, mac, ...rest] = token.split('.');
  if (!issued || !mac || rest.length > 0 || !/^\d{1,16}$/.test(issued)) return 'invalid';
  if (!safeEqual(hmac(secret, `form:${form}:${issued}`), mac)) return 'invalid';
  const age = now.getTime() - Number(issued);
  if (age < FORM_MIN_AGE_MS) return 'too-fast';
  if (age > FORM_MAX_AGE_MS) return 'expired';
  return 'ok';
}
