import type { FastifyInstance } from 'fastify';
import { can, requireCan, type Actor } from '../../../domain/accounts/policy.js';
import { renderArea } from '../../pages/account-pages.js';
import type { LinkVM } from '../../pages/view-models.js';
import { pageGuard } from '../../plugins/session.js';
import { send, type AccountRouteContext } from './shared.js';

// The administration home, /admin/: links to what this admin may open. The desk
// home (/editor/) lives in routes/editor/desk-home.routes.ts.

export function registerAdminHomeRoutes(app: FastifyInstance, a: AccountRouteContext): void {
  const { base } = a;

  app.get('/admin/', { preHandler: pageGuard('admin.view') }, async (request, reply) => {
    const actor = request.actor as Actor;
    requireCan(actor, 'admin.view');
    const links: LinkVM[] = [];
    if (can(actor, 'admin.users')) links.push({ name: 'Accounts and roles', url: '/admin/users' });
    if (can(actor, 'admin.outbox')) links.push({ name: 'Mail outbox', url: '/admin/outbox' });
    if (can(actor, 'admin.settings')) links.push({ name: 'Site settings', url: '/admin/settings' });
    if (can(actor, 'admin.settings')) links.push({ name: 'Reminder settings', url: '/admin/settings/reminders' });
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
