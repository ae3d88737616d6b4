import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { requireCan } from '../../domain/accounts/policy.js';
import { exportSite } from '../../domain/backup/export.service.js';
import { pageGuard } from '../plugins/session.js';
import type { WebDeps } from './deps.js';

// GET /admin/export: the same archive as `masthead export`, streamed as a download.
// Admins only (it holds every account, with password hashes); never cached anywhere.

export function registerAdminExportRoutes(app: FastifyInstance, web: WebDeps): void {
  const { ctx, config } = web;
  app.get('/admin/export', { preHandler: pageGuard('admin.settings') }, async (request, reply) => {
    requireCan(request.actor, 'admin.settings');
    const stamp = ctx.clock.now().toISOString().slice(0, 10);
    const out = new PassThrough();
    exportSite({ db: ctx.db, dialect: ctx.dialect, clock: ctx.clock, mediaDir: config.mediaDir }, out).catch((err: unknown) => {
      // The headers are gone by now: log it and cut the download short, so it is visibly incomplete.
      request.log.error({ err }, 'site export failed');
      out.destroy(err as Error);
    });
    return reply
      .type('application/gzip')
      .header('content-disposition', `attachment; filename="masthead-export-${stamp}.tar.gz"`)
      .header('cache-control', 'no-store')
      .send(out);
  });
}
