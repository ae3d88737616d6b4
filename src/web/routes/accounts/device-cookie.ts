import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEVICE_TOKEN_MS, deviceToken, deviceTokenUser } from '../../../domain/accounts/device-tokens.js';

// The browser's "signed in here before" cookie (device-tokens.ts). Over https it has a
// `__Host-` name like the session cookie, so no sibling subdomain can plant one.

export const DEVICE_COOKIE = 'masthead_device';

export function deviceCookieName(secure: boolean): string {
  return secure ? `__Host-${DEVICE_COOKIE}` : DEVICE_COOKIE;
}

/** The account this browser's device cookie names, or null. */
export function knownDeviceUser(request: FastifyRequest, secret: string, secure: boolean, now: Date): number | null {
  return deviceTokenUser(secret, request.cookies[deviceCookieName(secure)], now);
}

/** Remembers this browser for the account it just signed in to (replacing any other). */
export function rememberDevice(reply: FastifyReply, secret: string, secure: boolean, userId: number, now: Date): void {
  reply.setCookie(deviceCookieName(secure), deviceToken(secret, userId, now), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(DEVICE_TOKEN_MS / 1000),
  });
}
