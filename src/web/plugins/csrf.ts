import type { FastifyInstance, FastifyRequest } from 'fastify';
import { safeEqual } from '../../domain/accounts/crypto.js';
import { anonymousCsrfToken, checkAnonymousCsrfToken, newPreSessionId } from '../../domain/accounts/form-tokens.js';
import { AppError } from '../../shared/errors.js';

// CSRF protection for the whole app: every POST, PUT, PATCH and DELETE must
// carry a token, whoever registered the route. Signed in, the token is the
// session's own secret (synchronizer token). Anonymous (register, sign in,
// forgotten password), it is an HMAC of a random pre-session cookie (signed
// double submit). The token may come as the form field `_csrf`, the header
// `x-csrf-token`, or — for multipart uploads, whose body is read later — the
// query parameter `_csrf`.

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

function presented(request: FastifyRequest): string {
  const body = request.body;
  if (body && typeof body === 'object' && CSRF_FIELD in body) {
    const v = (body as Record<string, unknown>)[CSRF_FIELD];
    if (typeof v === 'string') return v;
  }
  const header = request.headers[CSRF_HEADER];
  if (typeof header === 'string') return header;
  const query = request.query;
  if (query && typeof query === 'object') {
    const v = (query as Record<string, unknown>)[CSRF_FIELD];
    if (typeof v === 'string') return v;
  }
  return '';
}

function validPreSessionId(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{40,60}$/.test(value);
}

export function registerCsrf(app: FastifyInstance, options: { secret: string; secure: boolean }): void {
  app.decorateRequest('preSessionId', null);
  app.decorateReply('csrfToken', function csrfToken(this: import('fastify').FastifyReply): string {
    const request = this.request;
    if (request.authSession) return request.authSession.csrfSecret;
    let id = request.preSessionId ?? request.cookies[PRE_SESSION_COOKIE];
    if (!validPreSessionId(id)) {
      id = newPreSessionId();
      this.setCookie(PRE_SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secure });
    }
    request.preSessionId = id;
    return anonymousCsrfToken(options.secret, id);
  });

  // preHandler: the body has been parsed by then, and it runs for every route, added now or later.
  // Callback style, so the many safe requests return at once without a promise.
  app.addHook('preHandler', (request, _reply, done) => {
    if (!UNSAFE.has(request.method)) return done();
    const token = presented(request);
    if (!token) return done(new CsrfError());
    if (request.authSession) return done(safeEqual(request.authSession.csrfSecret, token) ? undefined : new CsrfError());
    const pre = request.cookies[PRE_SESSION_COOKIE];
    done(validPreSessionId(pre) && checkAnonymousCsrfToken(options.secret, pre, token) ? undefined : new CsrfError());
  });
}
