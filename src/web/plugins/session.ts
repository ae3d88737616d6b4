import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import { requireCan, type Action, type Actor, type PolicyResource } from '../../domain/accounts/policy.js';
import { pruneRateLimits } from '../../domain/accounts/rate-limits.js';
import {
  BROWSER_SESSION_MS,
  REMEMBER_MS,
  createSession,
  deleteSessionByToken,
  pruneExpiredSessions,
  resolveSession,
  rotateSessionId,
  sessionCookieName,
  type SessionInfo,
} from '../../domain/accounts/sessions.js';
import { rotatePreSession } from './csrf.js';

// Who is asking: reads the session cookie on every request and sets
// `request.actor` (null for anonymous visitors) and `request.authSession`.
// Public pages never read these, so they stay the same for everyone.

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    authSession: SessionInfo | null;
    /** the app's cookies are Secure with `__Host-` names (SITE_URL is https); same for every request */
    secureCookies: boolean;
  }
}

export interface SessionOptions {
  ctx: DomainContext;
  /** Secure cookies (SITE_URL is https) */
  secure: boolean;
}

function cookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

export async function registerSession(app: FastifyInstance, options: SessionOptions): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('authSession', null);
  app.decorateRequest('secureCookies', options.secure);
  const name = sessionCookieName(options.secure);
  // A stale cookie is not cleared here: public pages may be cached by a CDN and must
  // never carry Set-Cookie. pageGuard clears it on the account pages instead.
  // Callback style, not async: most requests carry no session cookie and should not pay
  // for a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    request.actor = null;
    request.authSession = null;
    const token = request.cookies[name];
    if (!token) return done();
    resolveSession(options.ctx.db, token, options.ctx.clock.now()).then((found) => {
      if (found) {
        request.actor = found.actor;
        request.authSession = found.session;
      }
      done();
    }, done);
  });
}

/**
 * Signs the account in on this browser: any session the request already carried
 * is deleted and a new id is issued (no fixation). "Remember me" gives a 30-day
 * persistent cookie; otherwise a browser-session cookie the server honours for 12 hours.
 */
export async function startSession(
  ctx: DomainContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: number,
  persistent: boolean,
  secure: boolean,
): Promise<SessionInfo> {
  const previous = request.cookies[sessionCookieName(secure)];
  if (previous) await deleteSessionByToken(ctx.db, previous);
  const now = ctx.clock.now();
  const created = await createSession(ctx.db, userId, { persistent, ip: request.ip, userAgent: request.headers['user-agent'] ?? '' }, now);
  // Housekeeping rides on sign-ins: rare enough to be cheap, frequent enough to keep tables small.
  await pruneExpiredSessions(ctx.db, now);
  await pruneRateLimits(ctx.db, now);
  reply.setCookie(sessionCookieName(secure), created.token, {
    ...cookieOptions(secure),
    ...(persistent ? { maxAge: Math.floor(REMEMBER_MS / 1000), expires: new Date(now.getTime() + REMEMBER_MS) } : {}),
  });
  rotatePreSession(request, reply, secure);
  const { token: _token, ...session } = created;
  request.authSession = session;
  return session;
}

/**
 * Gives this browser's session a new id (after a password change): the account, its
 * lifetime and "remember me" stay; the old cookie value stops working.
 */
export async function rotateSession(ctx: DomainContext, request: FastifyRequest, reply: FastifyReply, secure: boolean): Promise<void> {
  const current = request.authSession;
  if (!current) return;
  const rotated = await rotateSessionId(ctx.db, current.idHash);
  if (!rotated) return;
  const expires = new Date(rotated.expiresAt);
  reply.setCookie(sessionCookieName(secure), rotated.token, {
    ...cookieOptions(secure),
    ...(rotated.persistent ? { maxAge: Math.max(0, Math.floor((expires.getTime() - ctx.clock.now().getTime()) / 1000)), expires } : {}),
  });
  const { token: _token, ...session } = rotated;
  request.authSession = session;
}

/** Signs out this browser: the session row is deleted and the cookie cleared. */
export async function endSession(ctx: DomainContext, request: FastifyRequest, reply: FastifyReply, secure: boolean): Promise<void> {
  const token = request.cookies[sessionCookieName(secure)];
  if (token) await deleteSessionByToken(ctx.db, token);
  reply.clearCookie(sessionCookieName(secure), cookieOptions(secure));
  request.actor = null;
  request.authSession = null;
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookieName(secure), cookieOptions(secure));
}

/** For documentation and tests: how long a browser-session sign-in lasts on the server. */
export const BROWSER_SESSION_SECONDS = BROWSER_SESSION_MS / 1000;

/**
 * A preHandler for pages behind the policy: anonymous visitors are sent to
 * /login?next=<this page>; signed-in accounts without the permission get a 403 page.
 *
 *   app.get('/editor/', { preHandler: pageGuard('editor.desk') }, handler)
 */
export function pageGuard(
  action: Action,
  resource?: (request: FastifyRequest) => PolicyResource | undefined,
  options: { secure?: boolean } = {},
): preHandlerAsyncHookHandler {
  return async function guard(request, reply) {
    if (!request.actor) {
      const secure = options.secure ?? request.secureCookies;
      if (request.cookies[sessionCookieName(secure)]) reply.clearCookie(sessionCookieName(secure), cookieOptions(secure));
      await reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
      return;
    }
    requireCan(request.actor, action, resource?.(request));
  };
}
