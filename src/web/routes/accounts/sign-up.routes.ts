import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RegisterForm, parseForm } from '../../../domain/accounts/accounts.schemas.js';
import { registerAccount } from '../../../domain/accounts/accounts.service.js';
import { checkFormTimeToken, formTimeToken, spendFormTimeToken } from '../../../domain/accounts/form-tokens.js';
import { ValidationError } from '../../../shared/errors.js';
import { renderAccountMessage, renderRegister } from '../../pages/account-pages.js';
import { HONEYPOT_FIELD } from '../../pages/forms.js';
import { preSessionCookieName } from '../../plugins/csrf.js';
import { bodyString, requestMeta, send, type AccountRouteContext } from './shared.js';

// Registration: /register and the "check your inbox" page after it.

export function registerSignUpRoutes(app: FastifyInstance, a: AccountRouteContext): void {
  const { deps, secure, base } = a;
  const { ctx, secret } = a.web;

  /**
   * Who the form token is bound to: the signed-in session, or the pre-session cookie
   * (set by csrfToken() when the form is shown, checked by the CSRF hook on the POST).
   */
  const binding = (request: FastifyRequest): string =>
    request.authSession ? `session:${request.authSession.idHash}` : `pre:${request.preSessionId ?? request.cookies[preSessionCookieName(secure)] ?? ''}`;

  async function registerPage(request: FastifyRequest, reply: FastifyReply, values: { name: string; email: string }, errors: Record<string, string> = {}, status = 200) {
    const frame = await base(reply, 'Create an account', '/register');
    const formToken = formTimeToken(secret, 'register', ctx.clock.now(), binding(request));
    return send(reply, renderRegister({ ...frame, values, errors, formToken }), status);
  }

  app.get('/register', async (request, reply) => {
    if (request.actor) return reply.redirect('/dashboard/', 303);
    return registerPage(request, reply, { name: '', email: '' });
  });

  app.post('/register', async (request, reply) => {
    const values = { name: bodyString(request.body, 'name').slice(0, 100), email: bodyString(request.body, 'email').trim().slice(0, 254) };
    // A filled honeypot is a bot: it gets the ordinary "check your inbox" answer and nothing happens.
    if (bodyString(request.body, HONEYPOT_FIELD) !== '') {
      request.log.info({ ip: request.ip }, 'registration honeypot filled');
      return reply.redirect('/register/sent', 303);
    }
    const formToken = bodyString(request.body, '_ft');
    const timing = checkFormTimeToken(secret, 'register', formToken, ctx.clock.now(), binding(request));
    if (timing === 'too-fast') {
      return registerPage(request, reply, values, { form: 'That was quicker than a person can fill in the form. Check your details and send it again.' }, 400);
    }
    if (timing === 'expired') {
      return registerPage(request, reply, values, { form: 'This form was open for too long. Check your details and send it again.' }, 400);
    }
    // A token from another browser (or none): this browser gets a form of its own.
    if (timing !== 'ok') {
      return registerPage(request, reply, values, { form: 'This form could not be checked. Check your details and send it again.' }, 400);
    }
    // Each form shown is good for one sign-up attempt: a second send of the same page
    // (a replay, or a double click) gets a fresh form to send again.
    if (!(await spendFormTimeToken(ctx.db, formToken))) {
      return registerPage(request, reply, values, { form: 'This form was already sent once. Check your details and send it again.' }, 400);
    }
    const form = parseForm(RegisterForm, request.body);
    if (!form.ok) return registerPage(request, reply, values, form.fields, 400);
    try {
      await registerAccount(deps, form.data, requestMeta(request));
    } catch (err) {
      if (err instanceof ValidationError) return registerPage(request, reply, values, err.fields, 400);
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
}
