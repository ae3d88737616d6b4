import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Small wrappers so every secret in this module is made and compared the same way.

/** 256 random bits, URL-safe: session ids, link tokens, CSRF secrets. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token: its SHA-256, so a database leak does not hand out live links or sessions. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hmac(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

/** Constant-time string comparison (different lengths are simply unequal). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
