import { hmac, safeEqual } from './crypto.js';

// The device cookie (OWASP's "device cookies" against lockout attacks): set when a
// browser signs in to an account, it names the account and is signed with the app's
// secret. When strangers have used up the account-wide failure limit, the right
// password is still accepted from a browser that carries one. Pure functions of
// (secret, inputs, time), so every instance can check them.

/** How long a browser stays known after its last sign-in. */
export const DEVICE_TOKEN_MS = 365 * 24 * 3600 * 1000;

/** `userId.issued.mac` */
export function deviceToken(secret: string, userId: number, now: Date): string {
  const issued = String(now.getTime());
  return `${userId}.${issued}.${hmac(secret, `device:${userId}:${issued}`)}`;
}

/** The account a device token names, or null when it is forged, malformed or too old. */
export function deviceTokenUser(secret: string, token: string | undefined, now: Date): number | null {
  if (!token) return null;
  const [user, issued, mac, ...rest] = token.split('.');
  if (!user || !issued || !mac || rest.length > 0 || !/^\d{1,12}$/.test(user) || !/^\d{1,16}$/.test(issued)) return null;
  if (!safeEqual(hmac(secret, `device:${user}:${issued}`), mac)) return null;
  const age = now.getTime() - Number(issued);
  if (age < 0 || age > DEVICE_TOKEN_MS) return null;
  return Number(user);
}
