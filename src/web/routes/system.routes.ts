import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { OUTAGE_RETRY_AFTER_S, databaseOutage } from '../../db/unavailable.js';
import { NotFoundError } from '../../shared/errors.js';
import { sectionGuidelines } from '../../domain/submissions/author-guidelines.js';
import { renderSubmitInfo } from '../pages/submit-info-page.js';
import type { WebDeps } from './deps.js';

export function registerSystemRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { ctx, chrome, theme } = deps;

  // Hashed file names change with their content, so browsers may keep them forever.
  app.get<{ Params: { file: string } }>('/static/:file', async (request, reply) => {
    const asset = theme.files.get(`/static/${request.params.file}`);
    if (!asset) throw new NotFoundError('file');
    return reply
      .type(asset.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(asset.body);
  });

  app.get('/healthz', async (_req, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: ctx.dialect });
    } catch (err) {
      // Say what is wrong (a code such as ECONNREFUSED or 57P01, never a host or a password).
      const outage = databaseOutage(err);
      const problem = outage ? `cannot reach the database (${outage})` : 'the database did not answer a trivial query';
      return reply
        .code(503)
        .header('cache-control', 'no-store')
        .header('retry-after', String(OUTAGE_RETRY_AFTER_S))
        .send({ status: 'unavailable', database: ctx.dialect, problem });
    }
  });

  app.get('/submit/', async (_req, reply) => {
    const site = await chrome.site();
    const html = renderSubmitInfo({
      site,
      sections: await sectionGuidelines(ctx.db),
      meta: {
        title: 'Write for us',
        description: `How to submit commentary and research to ${site.name}.`,
        canonical: chrome.absolute('/submit/'),
      },
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });
  app.get('/submit', async (_req, reply) => reply.redirect('/submit/', 301));
}
