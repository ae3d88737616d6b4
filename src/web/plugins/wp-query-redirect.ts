import type { FastifyInstance } from 'fastify';
import type { Executor } from '../../db/database.js';
import { articleSlugForWpId } from '../../domain/imports/wordpress/wp-import.queries.js';
import { wpQueryId } from '../../domain/imports/wordpress/wp-permalinks.js';

// WordPress's ID links (`/?p=123`, `/?page_id=45`, `/index.php?p=123`) carry the post in
// the query string, which the redirects table does not store: the import map answers
// them. Only a GET or HEAD of the home page or /index.php with `p` or `page_id` in its
// query pays for a lookup; every other request is one string comparison.

export function registerWpQueryRedirect(app: FastifyInstance, db: Executor): void {
  app.addHook('onRequest', async (request, reply) => {
    const url = request.url;
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (!(url.startsWith('/?') || url.startsWith('/index.php?'))) return;
    const wanted = wpQueryId(url.slice(url.indexOf('?')));
    if (!wanted) return;
    let slug: string | undefined;
    try {
      slug = await articleSlugForWpId(db, wanted.kind === 'page' ? ['page', 'post'] : ['post', 'page'], wanted.wpId);
    } catch (err) {
      request.log.error({ err }, 'WordPress ID lookup failed');
      return;
    }
    if (!slug) return;
    return reply.code(301).header('location', `/${slug}/`).header('cache-control', 'public, max-age=300').send();
  });
}
