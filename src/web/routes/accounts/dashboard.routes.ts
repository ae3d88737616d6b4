import type { FastifyInstance } from 'fastify';
import { can, type Actor } from '../../../domain/accounts/policy.js';
import { authorSubmissionList } from '../../../domain/submissions/author-dashboard.js';
import { countOpenAssignments } from '../../../domain/submissions/reviews.service.js';
import { renderDashboard } from '../../pages/account-pages.js';
import type { LinkVM } from '../../pages/view-models.js';
import { pageGuard } from '../../plugins/session.js';
import { notice, person, send, type AccountRouteContext } from './shared.js';

// The signed-in person's home, /dashboard/, and the slash redirects of the three
// signed-in areas.

export function registerDashboardRoutes(app: FastifyInstance, a: AccountRouteContext): void {
  const { base } = a;

  for (const path of ['/dashboard', '/editor', '/admin']) app.get(path, async (_request, reply) => reply.redirect(`${path}/`, 301));

  app.get('/dashboard/', { preHandler: pageGuard('dashboard.view') }, async (request, reply) => {
    const actor = request.actor as Actor;
    const areas: LinkVM[] = [];
    if (can(actor, 'editor.desk')) areas.push({ name: 'Editorial desk', url: '/editor/' });
    if (can(actor, 'admin.view')) areas.push({ name: 'Administration', url: '/admin/' });
    // The author's own submissions (author-dashboard.ts), ?page= for older ones.
    const page = Math.min(10_000, Math.max(1, Math.floor(Number((request.query as Record<string, unknown> | undefined)?.page)) || 1));
    const submissions = can(actor, 'submission.view_own') ? await authorSubmissionList(a.web.ctx, actor, page) : undefined;
    return send(
      reply,
      renderDashboard({
        ...(await base(reply, 'Dashboard', '/dashboard/')),
        ...(notice(request.query, 'done') ? { notice: notice(request.query, 'done') as string } : {}),
        person: person(actor),
        areas,
        canSubmit: can(actor, 'submission.create'),
        ...(submissions ? { submissions } : {}),
        // Any account can be invited to review: the panel appears when something is waiting.
        openReviews: can(actor, 'review.view_assigned') ? await countOpenAssignments(a.web.ctx.db, actor.userId) : 0,
        ...(can(actor, 'profile.edit_own') ? { profileUrl: '/dashboard/profile' } : {}),
      }),
    );
  });
}
