import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ChangeEmailForm, ChangeNameForm, ChangePasswordForm, parseForm } from '../../../domain/accounts/accounts.schemas.js';
import { resendVerification } from '../../../domain/accounts/accounts.service.js';
import { changeName, changePassword, requestEmailChange } from '../../../domain/accounts/account-settings.service.js';
import type { Actor } from '../../../domain/accounts/policy.js';
import { ValidationError } from '../../../shared/errors.js';
import { renderAccountSettings } from '../../pages/account-pages.js';
import { pageGuard, rotateSession } from '../../plugins/session.js';
import { bodyString, notice, person, requestMeta, send, type AccountRouteContext } from './shared.js';

// What a signed-in person changes about their own account: /dashboard/account
// (name, password, email address) and a fresh verification link.

export function registerAccountSettingsRoutes(app: FastifyInstance, a: AccountRouteContext): void {
  const { deps, secure, base } = a;
  const { ctx } = a.web;

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
}
