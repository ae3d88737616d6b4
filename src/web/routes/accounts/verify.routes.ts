import type { FastifyInstance } from 'fastify';
import { verifyEmail } from '../../../domain/accounts/accounts.service.js';
import { confirmEmailChange } from '../../../domain/accounts/account-settings.service.js';
import { renderAccountMessage } from '../../pages/account-pages.js';
import type { LinkVM } from '../../pages/view-models.js';
import { queryString, send, type AccountRouteContext } from './shared.js';

// Links from mail that confirm an address: /verify-email (a new account) and
// /confirm-email (a change of address).

export function registerVerifyRoutes(app: FastifyInstance, a: AccountRouteContext): void {
  const { deps, base } = a;

  app.get('/verify-email', async (request, reply) => {
    const user = await verifyEmail(deps, queryString(request.query, 'token'));
    const next: LinkVM = request.actor ? { name: 'Go to your dashboard', url: '/dashboard/' } : { name: 'Sign in', url: '/login' };
    if (!user) {
      return send(
        reply,
        renderAccountMessage({
          ...(await base(reply, 'Link expired', '/verify-email')),
          heading: 'This link has expired or was already used',
          paragraphs: ['Confirmation links stop working after 48 hours, once used, and when the password or the email address of the account changes. Sign in and ask for a new one from your dashboard. If you have already confirmed your address, there is nothing more to do.'],
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
}
