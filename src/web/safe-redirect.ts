import type { FastifyReply } from 'fastify';

// The one way a redirect built from what a visitor sent (a `next` field, a query
// string, a stored path) becomes a Location header. Two jobs:
//  - only a path on this site is accepted: it starts with one "/", has no "//" or
//    backslash at its start (browsers read "/\evil" as "//evil"), no backslash
//    anywhere, no control characters, no whitespace, no broken UTF-16;
//  - the header is plain ASCII: anything else is percent-encoded as UTF-8, existing
//    %XX escapes are kept. Node refuses a header with other characters by throwing
//    after the handler has returned, which used to answer a bare 500 (issue 14.6).

/** A path longer than this is not a page of this site; it goes to the fallback. */
export const MAX_REDIRECT_PATH = 500;

// C0 controls, DEL and C1 controls, whitespace (incl. Unicode spaces and line breaks), backslash.
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `value` is a same-site path that may be a redirect target. */
export function isSafeLocalPath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_REDIRECT_PATH) return false;
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  if (FORBIDDEN.test(value) || LONE_SURROGATE.test(value)) return false;
  return true;
}

// What may stand in a Location path and query as it is (RFC 3986 unreserved, reserved, and "%").
const KEPT = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]%]/;

/**
 * The path as an ASCII Location value: other characters become UTF-8 %XX escapes,
 * a "%" that does not start an escape becomes %25. Call it only on a safe path.
 */
export function encodeLocation(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i] as string;
    if (ch === '%') {
      out += /^[0-9A-Fa-f]{2}$/.test(path.slice(i + 1, i + 3)) ? '%' : '%25';
    } else if (KEPT.test(ch)) {
      out += ch;
    } else {
      const code = path.codePointAt(i) as number;
      const char = String.fromCodePoint(code);
      out += encodeURIComponent(char);
      i += char.length - 1;
    }
  }
  return out;
}

export interface NextOptions {
  /** where to go when `next` is missing or refused */
  fallback?: string;
  /** path prefixes that are never a destination (e.g. the sign-in page itself) */
  refuse?: readonly string[];
}

/** The destination after a form (e.g. `next` at sign-in): a safe same-site path, or the fallback. Never throws. */
export function safeNext(value: unknown, options: NextOptions = {}): string {
  const fallback = options.fallback ?? '/dashboard/';
  if (!isSafeLocalPath(value)) return fallback;
  if (options.refuse?.some((prefix) => value.startsWith(prefix))) return fallback;
  return value;
}

/**
 * Redirects to a same-site path taken from input, encoded for the header; anything
 * that is not a safe path goes to `fallback` instead. Never throws.
 */
export function redirectSafely(reply: FastifyReply, path: unknown, code: 301 | 302 | 303 | 307 | 308, fallback = '/'): FastifyReply {
  const target = isSafeLocalPath(path) ? path : fallback;
  return reply.redirect(encodeLocation(target), code);
}
