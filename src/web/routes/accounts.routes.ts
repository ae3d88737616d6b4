import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ChangeEmailForm,
  ChangeNameForm,
  ChangePasswordForm,
  ForgotForm,
  RegisterForm,
  ResetForm,
  SignInForm,
  parseForm,
  safeNext,
} from '../../domain/accounts/accounts.schemas.js';
import {
  registerAccount,
  requestPasswordReset,
  resendVerification,
  resetLinkIsLive,
  resetPassword,
  signIn,
  verifyEmail,
  type AccountDeps,
  type RequestMeta,
} from '../../domain/accounts/accounts.service.js';
import { changeName, changePassword, confirmEmailChange, requestEmailChange, signOutEverywhere } from '../../domain/accounts/account-settings.service.js';
import { audit } from '../../domain/accounts/audit.js';
import { checkFormTimeToken, formTimeToken } from '../../domain/accounts/form-tokens.js';
import { can, requireCan, type Actor } from '../../domain/accounts/policy.js';
import { ValidationError } from '../../shared/errors.js';
import {
  renderAccountMessage,
  renderAccountSettings,
  renderArea,
  renderDashboard,
  renderForgot,
  renderLogin,
  renderRegister,
  renderReset,
  type PersonVM,
} from '../pages/account-pages.js';
import { HONEYPOT_FIELD } from '../pages/forms.js';
import type { LinkVM, PageMeta } from '../pages/view-models.js';
import { clearSessionCookie, endSession, pageGuard, rotateSession, startSession } from '../plugins/session.js';
import type { WebDeps } from './deps.js';

// Thin handlers for the account pages: read the form, call one service
// function, render or redirect (post/redirect/get). Pages are never cached.

const NOTICES: Record<string, string> = {
  reset: 'Your password was changed. Sign in with the new one.',
  signedout: 'You are signed out.',
  everywhere: 'You are signed out on every device.',
  name: 'Your name was saved.',
  password: 'Your password was changed. Other devices were signed out.',
  email: 'We sent a confirmation link to the new address. Your address changes when you open it.',
  verify: 'We sent a new confirmation link. It works for 48 hours.',
};

function notice(query: unknown, key: string): string | undefined {
  const v = query && typeof query === 'object' ? (query as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? NOTICES[v] : undefined;
}

function queryString(query: unknown, key: string): string {
  const v = query && typeof query === 'object' ? (query as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v.slice(0, 500) : '';
}

function bodyString(body: unknown, key: string): string {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}

const roleLabels: Record<Actor['role'], string> = { reader: 'Reader', author: 'Author', reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };

function person(actor: Actor): PersonVM {
  return { name: actor.name, email: actor.email, roleLabel: roleLabels[actor.role], verified: actor.verified };
}

function send(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? '' };
}

export function registerAccountRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, chrome, config } = web;
  const secure = config.siteUrl.startsWith('https:');
  const deps: AccountDeps = { ctx, mail: web.mail, siteUrl: config.siteUrl };
  const secret = web.secret;

  const meta = (title: string, path: string): PageMeta => ({ title, description: title, canonical: chrome.absolute(path), noindex: true });
  const base = async (reply: FastifyReply, title: string, path: string) => ({ site: await chrome.site(), meta: meta(title, path), csrf: reply.csrfToken() });

  // ---------- Sign in and out ----------

  async function loginPage(reply: FastifyReply, values: { email: string; remember: boolean; next: string }, errors: Record<string, string> = {}, status = 200, note?: string) {
    return send(reply, renderLogin({ ...(await base(reply, 'Sign in', '/login')), values, errors, ...(note ? { notice: note } : {}) }), status);
  }

  app.get('/login', async (request, reply) => {
    const next = safeNext(queryString(request.query, 'next'));
    if (request.actor) return reply.redirect(next, 303);
    return loginPage(reply, { email: '', remember: false, next }, {}, 200, notice(request.query, 'done'));
  });

  app.post('/login', async (request, reply) => {
    const form = parseForm(SignInForm, request.body);
    const next = safeNext(bodyString(request.body, 'next'));
    const remember = bodyString(request.body, 'remember') === 'on';
    const email = bodyString(request.body, 'email').trim().slice(0, 254);
    if (!form.ok) return loginPage(reply, { email, remember, next }, form.fields, 400);
    const result = await signIn(deps, form.data.email, form.data.password, requestMeta(request));
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
    return reply.redirect(next, 303);
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

  // ---------- Registration and verification ----------

  async function registerPage(reply: FastifyReply, values: { name: string; email: string }, errors: Record<string, string> = {}, status = 200) {
    const formToken = formTimeToken(secret, 'register', ctx.clock.now());
    return send(reply, renderRegister({ ...(await base(reply, 'Create an account', '/register')), values, errors, formToken }), status);
  }

  app.get('/register', async (request, reply) => {
    if (request.actor) return reply.redirect('/dashboard/', 303);
    return registerPage(reply, { name: '', email: '' });
  });

  app.post('/register', async (request, reply) => {
    const values = { name: bodyString(request.body, 'name').slice(0, 100), email: bodyString(request.body, 'email').trim().slice(0, 254) };
    // A filled honeypot is a bot: it gets the ordinary "check your inbox" answer and nothing happens.
    if (bodyString(request.body, HONEYPOT_FIELD) !== '') {
      request.log.info({ ip: request.ip }, 'registration honeypot filled');
      return reply.redirect('/register/sent', 303);
    }
    const timing = checkFormTimeToken(secret, 'register', bodyString(request.body, '_ft'), ctx.clock.now());
    if (timing === 'too-fast') {
      return registerPage(reply, values, { form: 'That was quicker than a person can fill in the form. Check your details and send it again.' }, 400);
    }
    if (timing !== 'ok') {
      return registerPage(reply, values, { form: 'This form was open for too long. Check your details and send it again.' }, 400);
    }
    const form = parseForm(RegisterForm, request.body);
    if (!form.ok) return registerPage(reply, values, form.fields, 400);
    try {
      await registerAccount(deps, form.data, requestMeta(request));
    } catch (err) {
      if (err instanceof ValidationError) return registerPage(reply, values, err.fields, 400);
      throw err;
    }
    return reply.redirect('/register/sent', 303);
  });

  app.get('/register/sent', async (_request, reply) =>
    send(
      reply,
      renderAccountMessage({
        ...(await base(reply, 'Check your inbox', '/register/sent')),
        heading: 'Check your inbox',
        paragraphs: [
          'We have sent a message to the address you gave. Open the link in it to confirm your address, then sign in.',
          'Nothing there after a few minutes? Look in your spam folder.',
        ],
        links: [{ name: 'Sign in', url: '/login' }],
      }),
    ),
  );

  app.get('/verify-email', async (request, reply) => {
    const user = await verifyEmail(deps, queryString(request.query, 'token'));
    const next: LinkVM = request.actor ? { name: 'Go to your dashboard', url: '/dashboard/' } : { name: 'Sign in', url: '/login' };
    if (!user) {
      return send(
        reply,
        renderAccountMessage({
          ...(await base(reply, 'Link expired', '/verify-email')),
          heading: 'This link has expired or was already used',
          paragraphs: ['Sign in and ask for a new confirmation link from your dashboard. If you have already confirmed your address, there is nothing more to do.'],
          links: [next],
        }),
        400,
      );
    }
    return send(
      reply,
      renderAccountMessage({
        ...(await base(reply, 'Email address confirmed', '/verify-email')),
        heading: 'Your email address is confirmed',
        paragraphs: ['Thank you. You can now submit your work.'],
        links: [next],
      }),
    );
  });

  app.get('/confirm-email', async (request, reply) => {
    await confirmEmailChange(deps, queryString(request.query, 'token'));
    return send(
      reply,
      renderAccountMessage({
        ...(await base(reply, 'Email address changed', '/confirm-email')),
        heading: 'Your new email address is confirmed',
        paragraphs: ['Use it to sign in from now on.'],
        links: [request.actor ? { name: 'Go to your dashboard', url: '/dashboard/' } : { name: 'Sign in', url: '/login' }],
      }),
    );
  });

  // ---------- Forgotten password ----------

  app.get('/forgot-password', async (_request, reply) => send(reply, renderForgot({ ...(await base(reply, 'Forgotten password', '/forgot-password')), values: { email: '' } })));

  app.post('/forgot-password', async (request, reply) => {
    const form = parseForm(ForgotForm, request.body);
    if (!form.ok) {
      const values = { email: bodyString(request.body, 'email').slice(0, 254) };
      return send(reply, renderForgot({ ...(await base(reply, 'Forgotten password', '/forgot-password')), values, errors: form.fields }), 400);
    }
    await requestPasswordReset(deps, form.data.email, requestMeta(request));
    return reply.redirect('/forgot-password/sent', 303);
  });

  app.get('/forgot-password/sent', async (_request, reply) =>
    send(
      reply,
      renderAccountMessage({
        ...(await base(reply, 'Check your inbox', '/forgot-password/sent')),
        heading: 'Check your inbox',
        paragraphs: [
          'If an account uses that address, we have sent it a link to choose a new password. The link works once, for one hour.',
          'Nothing there after a few minutes? Look in your spam folder, or check you used the address you registered with.',
        ],
        links: [{ name: 'Back to sign in', url: '/login' }],
      }),
    ),
  );

  async function deadLink(reply: FastifyReply) {
    return send(
      reply,
      renderAccountMessage({
        ...(await base(reply, 'Link expired', '/reset-password')),
        heading: 'This link has expired or was already used',
        paragraphs: ['Password links work once, for one hour. Ask for a new one.'],
        links: [{ name: 'Ask for a new link', url: '/forgot-password' }],
      }),
      400,
    );
  }

  app.get('/reset-password', async (request, reply) => {
    const token = queryString(request.query, 'token');
    if (!(await resetLinkIsLive(deps, token))) return deadLink(reply);
    return send(reply, renderReset({ ...(await base(reply, 'Choose a new password', '/reset-password')), token }));
  });

  app.post('/reset-password', async (request, reply) => {
    const form = parseForm(ResetForm, request.body);
    const token = bodyString(request.body, 'token').slice(0, 200);
    if (!form.ok) return send(reply, renderReset({ ...(await base(reply, 'Choose a new password', '/reset-password')), token, errors: form.fields }), 400);
    if (!(await resetLinkIsLive(deps, token))) return deadLink(reply);
    try {
      await resetPassword(deps, token, form.data.password, requestMeta(request));
    } catch (err) {
      if (err instanceof ValidationError) {
        return send(reply, renderReset({ ...(await base(reply, 'Choose a new password', '/reset-password')), token, errors: err.fields }), 400);
      }
      throw err;
    }
    await endSession(ctx, request, reply, secure);
    return reply.redirect('/login?done=reset', 303);
  });

  // ---------- Dashboard and account settings ----------

  for (const path of ['/dashboard', '/editor', '/admin']) app.get(path, async (_request, reply) => reply.redirect(`${path}/`, 301));

  app.get('/dashboard/', { preHandler: pageGuard('dashboard.view') }, async (request, reply) => {
    const actor = request.actor as Actor;
    const areas: LinkVM[] = [];
    if (can(actor, 'editor.desk')) areas.push({ name: 'Editorial desk', url: '/editor/' });
    if (can(actor, 'admin.view')) areas.push({ name: 'Administration', url: '/admin/' });
    return send(
      reply,
      renderDashboard({
        ...(await base(reply, 'Dashboard', '/dashboard/')),
        ...(notice(request.query, 'done') ? { notice: notice(request.query, 'done') as string } : {}),
        person: person(actor),
        areas,
        canSubmit: can(actor, 'submission.create'),
        canReview: can(actor, 'review.view_assigned'),
        ...(can(actor, 'profile.edit_own') ? { profileUrl: '/dashboard/profile' } : {}),
      }),
    );
  });

  async function settingsPage(request: FastifyRequest, reply: FastifyReply, form?: 'name' | 'password' | 'email', errors: Record<string, string> = {}, values?: { name: string; email: string }) {
    const actor = request.actor as Actor;
    const note = notice(request.query, 'done');
    return send(
      reply,
      renderAccountSettings({
        ...(await base(reply, 'Your account', '/dashboard/account')),
        ...(note && !form ? { notice: note } : {}),
        person: person(actor),
        values: values ?? { name: actor.name, email: '' },
        errors,
        ...(form ? { errorForm: form } : {}),
      }),
      form ? 400 : 200,
    );
  }

  const own = { preHandler: pageGuard('account.manage_own') };

  app.get('/dashboard/account', own, async (request, reply) => settingsPage(request, reply));

  app.post('/dashboard/account/name', own, async (request, reply) => {
    const form = parseForm(ChangeNameForm, request.body);
    const values = { name: bodyString(request.body, 'name').slice(0, 100), email: '' };
    if (!form.ok) return settingsPage(request, reply, 'name', form.fields, values);
    await changeName(deps, request.actor, form.data.name);
    return reply.redirect('/dashboard/account?done=name', 303);
  });

  app.post('/dashboard/account/password', own, async (request, reply) => {
    const form = parseForm(ChangePasswordForm, request.body);
    if (!form.ok) return settingsPage(request, reply, 'password', form.fields);
    try {
      await changePassword(
        deps,
        request.actor,
        { current: form.data.current, password: form.data.password, ...(request.authSession ? { keepSessionIdHash: request.authSession.idHash } : {}) },
        requestMeta(request),
      );
    } catch (err) {
      if (err instanceof ValidationError) return settingsPage(request, reply, 'password', err.fields);
      throw err;
    }
    // The other sessions are gone; this one gets a new id, so a copy of its old cookie is useless too.
    await rotateSession(ctx, request, reply, secure);
    return reply.redirect('/dashboard/account?done=password', 303);
  });

  app.post('/dashboard/account/email', own, async (request, reply) => {
    const form = parseForm(ChangeEmailForm, request.body);
    const values = { name: (request.actor as Actor).name, email: bodyString(request.body, 'email').slice(0, 254) };
    if (!form.ok) return settingsPage(request, reply, 'email', form.fields, values);
    try {
      await requestEmailChange(deps, request.actor, { email: form.data.email, current: form.data.email_current }, requestMeta(request));
    } catch (err) {
      if (err instanceof ValidationError) {
        const fields = err.fields.current ? { email_current: err.fields.current } : err.fields;
        return settingsPage(request, reply, 'email', fields, values);
      }
      throw err;
    }
    return reply.redirect('/dashboard/account?done=email', 303);
  });

  app.post('/dashboard/account/verify', own, async (request, reply) => {
    await resendVerification(deps, (request.actor as Actor).userId);
    return reply.redirect('/dashboard/?done=verify', 303);
  });

  // ---------- Staff areas (shells; their screens arrive with later work) ----------

  // The desk home (/editor/) lives in routes/editor/desk-home.routes.ts.

  app.get('/admin/', { preHandler: pageGuard('admin.view') }, async (request, reply) => {
    const actor = request.actor as Actor;
    requireCan(actor, 'admin.view');
    const links: LinkVM[] = [];
    if (can(actor, 'admin.users')) links.push({ name: 'Accounts and roles', url: '/admin/users' });
    if (can(actor, 'admin.outbox')) links.push({ name: 'Mail outbox', url: '/admin/outbox' });
    if (can(actor, 'admin.settings')) links.push({ name: 'Site settings', url: '/admin/settings' });
    if (can(actor, 'admin.audit')) links.push({ name: 'Audit log', url: '/admin/audit' });
    if (can(actor, 'admin.settings')) links.push({ name: 'Download a full export of the site', url: '/admin/export' });
    return send(
      reply,
      renderArea({
        ...(await base(reply, 'Administration', '/admin/')),
        heading: 'Administration',
        lede: 'Accounts, roles, outgoing mail and the settings of the site.',
        links,
      }),
    );
  });
}
