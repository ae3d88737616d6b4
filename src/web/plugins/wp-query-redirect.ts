import type { FastifyInstance } from 'fastify';
import type { Executor } from '../../db/database.js';
import { articleSlugForWpId } from '../../domain/imports/wordpress/wp-import.queries.js';
import { feedForQuery } from '../../domain/imports/wordpress/wp-feeds.js';
import { wpQueryId } from '../../domain/imports/wordpress/wp-permalinks.js';

// WordPress's ID links (`/?p=123`, `/?page_id=45`, `/index.php?p=123`) carry the post in
// the query string, which the redirects table does not store: the import map answers
// them, and `?feed=` asks for a feed (wp-feeds.ts). Only a GET or HEAD of the home page or /index.php with `p` or `page_id` in its
// query (or `feed`) pays for a lookup; every other request is one string comparison.

export function registerWpQueryRedirect(app: FastifyInstance, db: Executor): void {
  app.addHook('onRequest', async (request, reply) => {
    const url = request.url;
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (!(url.startsWith('/?') || url.startsWith('/index.php?'))) return;
    const query = url.slice(url.indexOf('?'));
    // Old feed links (/?feed=rss2, /?cat=3&feed=rss2): the matching feed here.
    if (/(?:^\?|&)feed=/.test(query)) {
      let feed: string | undefined;
      try {
        feed = await feedForQuery(db, query);
      } catch (err) {
        request.log.error({ err }, 'WordPress feed lookup failed');
        return;
      }
      if (feed) return reply.code(301).header('location', feed).header('cache-control', 'public, max-age=300').send();
    }
    const wanted = wpQueryId(query);
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
