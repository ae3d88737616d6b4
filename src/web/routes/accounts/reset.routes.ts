import type { FastifyInstance, FastifyReply } from 'fastify';
import { ForgotForm, ResetForm, parseForm } from '../../../domain/accounts/accounts.schemas.js';
import { requestPasswordReset, resetLinkIsLive, resetPassword } from '../../../domain/accounts/accounts.service.js';
import { ValidationError } from '../../../shared/errors.js';
import { renderAccountMessage, renderForgot, renderReset } from '../../pages/account-pages.js';
import { endSession } from '../../plugins/session.js';
import { bodyString, queryString, requestMeta, send, type AccountRouteContext } from './shared.js';

// A forgotten password: ask for a link (/forgot-password), then choose a new
// password with it (/reset-password).

export function registerResetRoutes(app: FastifyInstance, a: AccountRouteContext): void {
  const { deps, secure, base } = a;
  const { ctx } = a.web;

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
        paragraphs: ['Password links work once, for one hour, and stop working as soon as the password or the email address of the account changes. Ask for a new one.'],
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
}
