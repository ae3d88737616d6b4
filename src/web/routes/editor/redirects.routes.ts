import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addManualRedirect, removeRedirect } from '../../../domain/redirects/redirect-desk.service.js';
import { listRedirects, type RedirectSource } from '../../../domain/redirects/redirects.queries.js';
import { NotFoundError, ValidationError } from '../../../shared/errors.js';
import { renderRedirects } from '../../pages/editor/redirects-page.js';
import { pageGuard } from '../../plugins/session.js';
import { paginate } from '../../view/cards.js';
import { parsePage } from '../../view/query.js';
import type { WebDeps } from '../deps.js';
import { dayLabel, DESK_PER_PAGE, deskChrome, formValues, idParam, queryText, savedNotice, sendDesk } from './desk-common.js';

// /editor/redirects/: the list, a hand-made redirect, removing one.

const SOURCE_LABELS: Record<RedirectSource, string> = {
  manual: 'Added by hand',
  slug: 'Article address changed',
  author: 'Author profile renamed or merged',
  category: 'Section renamed',
  tag: 'Tag renamed or merged',
  import: 'Imported permalink',
};

const SAVED = { added: 'The redirect was added.', removed: 'The redirect was removed.' };

export function registerRedirectDeskRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx } = web;
  const guard = { preHandler: pageGuard('desk.redirects') };

  async function listPage(request: FastifyRequest, reply: FastifyReply, errors: Record<string, string> = {}, values = { from: '', to: '' }) {
    const page = parsePage(request.query);
    const q = queryText(request.query, 'q');
    const { total, items } = await listRedirects(ctx.db, { ...(q ? { q } : {}), limit: DESK_PER_PAGE, offset: (page - 1) * DESK_PER_PAGE });
    if (page > 1 && items.length === 0) throw new NotFoundError('page');
    const notice = savedNotice(request, SAVED);
    return sendDesk(
      reply,
      renderRedirects({
        ...(await deskChrome(web, 'Redirects', '/editor/redirects/')),
        csrf: reply.csrfToken(),
        ...(notice ? { notice } : {}),
        errors,
        values,
        q,
        total,
        items: items.map((r) => ({ id: r.id, from: r.from, to: r.to, statusCode: r.statusCode, sourceLabel: SOURCE_LABELS[r.source] ?? r.source, createdAt: r.createdAt, createdLabel: dayLabel(r.createdAt) })),
        pagination: paginate('/editor/redirects/', page, total, DESK_PER_PAGE, q ? { q } : {}),
      }),
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/editor/redirects/', guard, async (request, reply) => listPage(request, reply));

  app.post('/editor/redirects/', guard, async (request, reply) => {
    const values = formValues(request.body, 600);
    const typed = { from: values.from ?? '', to: values.to ?? '' };
    try {
      await addManualRedirect(ctx, request.actor, typed);
    } catch (err) {
      if (err instanceof ValidationError) return listPage(request, reply, err.fields, typed);
      throw err;
    }
    return reply.redirect('/editor/redirects/?saved=added', 303);
  });

  app.post('/editor/redirects/:id/delete', guard, async (request, reply) => {
    await removeRedirect(ctx, request.actor, idParam(request, 'redirect'));
    return reply.redirect('/editor/redirects/?saved=removed', 303);
  });
}
