import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual } from '../../domain/accounts/crypto.js';
import { anonymousCsrfToken, checkAnonymousCsrfToken, newPreSessionId } from '../../domain/accounts/form-tokens.js';
import { AppError } from '../../shared/errors.js';

// CSRF protection for the whole app: every POST, PUT, PATCH and DELETE must
// carry a token, whoever registered the route. Signed in, the token is the
// session's own secret (synchronizer token). Anonymous (register, sign in,
// forgotten password), it is an HMAC of a random pre-session cookie (signed
// double submit). The token may come as the form field `_csrf` or the header
// `x-csrf-token`, never in the URL (URLs end up in logs, history and Referer headers):
// multipart forms are read before this check by multipartForm(), so their field counts.

declare module 'fastify' {
  interface FastifyReply {
    /** the token to put in this visitor's forms (sets the pre-session cookie when needed) */
    csrfToken(): string;
  }
  interface FastifyRequest {
    preSessionId: string | null;
  }
}

export const PRE_SESSION_COOKIE = 'masthead_presession';

/** Over https a `__Host-` name (Secure, Path=/, no Domain: no subdomain can plant one); see sessionCookieName. */
export function preSessionCookieName(secure: boolean): string {
  return secure ? `__Host-${PRE_SESSION_COOKIE}` : PRE_SESSION_COOKIE;
}

function preSessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

/**
 * A fresh pre-session id for this browser, at sign-in: the anonymous form tokens issued
 * before (which anyone who saw the sign-in page's HTML could copy) stop working.
 */
export function rotatePreSession(request: FastifyRequest, reply: FastifyReply, secure: boolean): void {
  const id = newPreSessionId();
  reply.setCookie(preSessionCookieName(secure), id, preSessionCookieOptions(secure));
  request.preSessionId = id;
}
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_MESSAGE = 'This form expired or came from another site. Go back, reload the page and try again.';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class CsrfError extends AppError {
  constructor() {
    super(403, 'CSRF token missing or invalid', CSRF_MESSAGE);
    this.name = 'CsrfError';
  }
}

export const CROSS_SITE_MESSAGE = 'This form was sent from another website, so nothing was changed. Open this site directly, reload the page and try again.';

export class CrossSiteRequestError extends AppError {
  constructor() {
    super(403, 'cross-site request refused', CROSS_SITE_MESSAGE);
    this.name = 'CrossSiteRequestError';
  }
}

/**
 * A second line behind the token: a state-changing request whose Origin (or, when a
 * browser sends none, Referer) names another site is refused even with a valid token.
 * Same site means SITE_URL's scheme and host; the port is not compared (a browser's own
 * notion of a site ignores it, and a development server's port is often not in SITE_URL).
 * A request with neither header (curl, an old browser, a privacy setting) is left to the
 * token alone. `Origin: null` (sandboxed frames, data: pages) is another site.
 */
export function sameSiteCheck(siteUrl: string): (request: FastifyRequest) => boolean {
  const site = new URL(siteUrl);
  const matches = (value: string): boolean => {
    try {
      const u = new URL(value);
      return u.protocol === site.protocol && u.hostname === site.hostname;
    } catch {
      return false;
    }
  };
  return (request) => {
    const origin = request.headers.origin;
    if (typeof origin === 'string' && origin !== '') return matches(origin);
    const referer = request.headers.referer;
    if (typeof referer === 'string' && referer !== '') return matches(referer);
    return true;
  };
}

function presented(request: FastifyRequest): string {
  const body = request.body;
  if (body && typeof body === 'object' && CSRF_FIELD in body) {
    const v = (body as Record<string, unknown>)[CSRF_FIELD];
    if (typeof v === 'string') return v;
  }
  const header = request.headers[CSRF_HEADER];
  if (typeof header === 'string') return header;
  return '';
}

function validPreSessionId(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{40,60}$/.test(value);
}

export function registerCsrf(app: FastifyInstance, options: { secret: string; secure: boolean; siteUrl: string }): void {
  const fromThisSite = sameSiteCheck(options.siteUrl);
  const cookieName = preSessionCookieName(options.secure);
  app.decorateRequest('preSessionId', null);
  app.decorateReply('csrfToken', function csrfToken(this: import('fastify').FastifyReply): string {
    const request = this.request;
    if (request.authSession) return request.authSession.csrfSecret;
    let id = request.preSessionId ?? request.cookies[cookieName];
    if (!validPreSessionId(id)) {
      id = newPreSessionId();
      this.setCookie(cookieName, id, preSessionCookieOptions(options.secure));
    }
    request.preSessionId = id;
    return anonymousCsrfToken(options.secret, id);
  });

  // preHandler: the body has been parsed by then, and it runs for every route, added now or later.
  // Callback style, so the many safe requests return at once without a promise.
  app.addHook('preHandler', (request, _reply, done) => {
    if (!UNSAFE.has(request.method)) return done();
    if (!fromThisSite(request)) return done(new CrossSiteRequestError());
    const token = presented(request);
    if (!token) return done(new CsrfError());
    if (request.authSession) return done(safeEqual(request.authSession.csrfSecret, token) ? undefined : new CsrfError());
    const pre = request.cookies[cookieName];
    done(validPreSessionId(pre) && checkAnonymousCsrfToken(options.secret, pre, token) ? undefined : new CsrfError());
  });
}
