import type { FastifyInstance, FastifyReply } from 'fastify';
import { SignInForm, parseForm } from '../../../domain/accounts/accounts.schemas.js';
import { signIn } from '../../../domain/accounts/accounts.service.js';
import { signOutEverywhere } from '../../../domain/accounts/account-settings.service.js';
import { audit } from '../../../domain/accounts/audit.js';
import { renderAccountMessage, renderLogin } from '../../pages/account-pages.js';
import { clearSessionCookie, endSession, pageGuard, startSession } from '../../plugins/session.js';
import { encodeLocation, safeNext } from '../../safe-redirect.js';
import { knownDeviceUser, rememberDevice } from './device-cookie.js';
import { bodyString, notice, requestMeta, send, type AccountRouteContext } from './shared.js';

// Sign in and out: /login, /logout, /logout/everywhere.

/** Where a sign-in may send the browser next: a same-site path, never the sign-in or sign-out pages. */
const nextPath = (value: unknown) => safeNext(value, { refuse: ['/login', '/logout'] });

export function registerSignInRoutes(app: FastifyInstance, a: AccountRouteContext): void {
  const { deps, secure, base } = a;
  const { ctx } = a.web;

  async function loginPage(reply: FastifyReply, values: { email: string; remember: boolean; next: string }, errors: Record<string, string> = {}, status = 200, note?: string) {
    return send(reply, renderLogin({ ...(await base(reply, 'Sign in', '/login')), values, errors, ...(note ? { notice: note } : {}) }), status);
  }

  app.get('/login', async (request, reply) => {
    // Read whole: a cut-off long value would be another path, not this one.
    const next = nextPath((request.query as Record<string, unknown> | undefined)?.next);
    if (request.actor) return reply.redirect(encodeLocation(next), 303);
    return loginPage(reply, { email: '', remember: false, next }, {}, 200, notice(request.query, 'done'));
  });

  app.post('/login', async (request, reply) => {
    const form = parseForm(SignInForm, request.body);
    const next = nextPath((request.body as Record<string, unknown> | undefined)?.next);
    const remember = bodyString(request.body, 'remember') === 'on';
    const email = bodyString(request.body, 'email').trim().slice(0, 254);
    if (!form.ok) return loginPage(reply, { email, remember, next }, form.fields, 400);
    const deviceUserId = knownDeviceUser(request, a.web.secret, secure, ctx.clock.now());
    const result = await signIn(deps, form.data.email, form.data.password, { ...requestMeta(request), deviceUserId });
    if (!result.ok) {
      const message =
        result.reason === 'locked'
          ? 'Too many sign-in attempts. Wait 15 minutes and try again, or reset your password.'
          : result.reason === 'disabled'
            ? 'This account has been disabled. Write to the editors if you think this is a mistake.'
            : 'The email address or password is not right.';
      return loginPage(reply, { email, remember, next }, { password: message }, result.reason === 'locked' ? 429 : 401);
    }
    await startSession(ctx, request, reply, result.user.id, form.data.remember, secure);
    rememberDevice(reply, a.web.secret, secure, result.user.id, ctx.clock.now());
    return reply.redirect(encodeLocation(next), 303);
  });

  app.get('/logout', async (request, reply) => {
    if (!request.actor) return reply.redirect('/login', 303);
    return send(
      reply,
      renderAccountMessage({
        ...(await base(reply, 'Sign out', '/logout')),
        heading: 'Sign out?',
        paragraphs: ['You will need your password to sign in again on this device.'],
        action: { url: '/logout', label: 'Sign out' },
        links: [{ name: 'Back to your dashboard', url: '/dashboard/' }],
      }),
    );
  });

  app.post('/logout', async (request, reply) => {
    if (request.actor) await audit(ctx.db, { action: 'signout', actorUserId: request.actor.userId, targetUserId: request.actor.userId, ip: request.ip }, ctx.clock.now());
    await endSession(ctx, request, reply, secure);
    return reply.redirect('/login?done=signedout', 303);
  });

  app.post('/logout/everywhere', { preHandler: pageGuard('account.manage_own') }, async (request, reply) => {
    await signOutEverywhere(deps, request.actor, requestMeta(request));
    clearSessionCookie(reply, secure);
    return reply.redirect('/login?done=everywhere', 303);
  });
}
