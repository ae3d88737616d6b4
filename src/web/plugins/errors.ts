import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../db/database.js';
import { OUTAGE_RETRY_AFTER_S, databaseOutage } from '../../db/unavailable.js';
import { feedForPath } from '../../domain/imports/wordpress/wp-feeds.js';
import { findRedirect } from '../../domain/redirects/redirects.queries.js';
import { registerWpQueryRedirect } from './wp-query-redirect.js';
import { AppError } from '../../shared/errors.js';
import { renderMessage } from '../pages/message-page.js';
import { encodeLocation } from '../safe-redirect.js';
import type { SiteChrome } from '../view/site.js';

const titles: Record<number, string> = {
  400: 'That request could not be read',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Page not found',
  405: 'Method not allowed',
  413: 'Too large',
  415: 'Unsupported format',
  429: 'Too many requests',
};

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

async function send(
  chrome: SiteChrome,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
  errorId?: string,
): Promise<FastifyReply> {
  const heading = status >= 500 ? 'Something went wrong' : (titles[status] ?? 'Request refused');
  reply.code(status).header('cache-control', 'no-store');
  if (!wantsHtml(request)) return reply.send({ error: heading, message, ...(errorId ? { errorId } : {}) });
  let site;
  try {
    site = await chrome.site();
  } catch {
    // The database may be what failed: fall back to a bare page rather than a second error.
    return reply.type('text/plain; charset=utf-8').send(`${heading}. ${message}${errorId ? ` (error ${errorId})` : ''}`);
  }
  return reply.type('text/html; charset=utf-8').send(
    renderMessage({
      site,
      meta: { title: heading, description: message, canonical: chrome.absolute(request.url.split('?')[0] ?? '/'), noindex: true },
      heading,
      message,
      ...(errorId ? { errorId } : {}),
    }),
  );
}

const OUTAGE_HEADING = 'Temporarily unavailable';
const OUTAGE_MESSAGE = 'The site cannot reach its database just now. Nothing is wrong with this address: please try again in a minute.';
/** A page of its own: the site's name and chrome come from the database that is away. */
const OUTAGE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${OUTAGE_HEADING}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>${OUTAGE_HEADING}</h1><p>${OUTAGE_MESSAGE}</p></main>
</body>
</html>
`;

/**
 * The database is away (stopped, restarting, unreachable): a 503 that says so and when to
 * come back, logged as a warning without an error id, since there is no bug to report.
 */
function sendOutage(request: FastifyRequest, reply: FastifyReply, reason: string): FastifyReply {
  request.log.warn({ reason }, 'database unavailable');
  reply.code(503).header('cache-control', 'no-store').header('retry-after', String(OUTAGE_RETRY_AFTER_S));
  if (!wantsHtml(request)) return reply.send({ error: OUTAGE_HEADING, message: OUTAGE_MESSAGE });
  return reply.type('text/html; charset=utf-8').send(OUTAGE_PAGE);
}

/** What shared caches may keep a redirect answer for: long enough to spare the database, short enough to undo. */
const REDIRECT_CACHE_CONTROL = 'public, max-age=300';

/**
 * A GET or HEAD that would be a 404 is looked up in the redirects table (changed
 * slugs, merged authors, renamed sections, hand-made entries). Only 404s pay for
 * the lookup; pages that exist never touch the table. The query string is kept.
 */
async function redirectInstead(db: Executor | undefined, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (!db || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
  const at = request.url.indexOf('?');
  const path = at === -1 ? request.url : request.url.slice(0, at);
  const query = at === -1 ? '' : request.url.slice(at);
  let found;
  try {
    found = await findRedirect(db, path);
    // Old WordPress feed addresses (/feed/rss2/, /category/x/feed/ of a renamed section, a post's feed).
    const feed = found ? undefined : await feedForPath(db, path);
    if (feed) found = { to: feed, statusCode: 301 };
  } catch (err) {
    request.log.error({ err }, 'redirect lookup failed');
    return undefined;
  }
  if (!found) return undefined;
  const strip = (p: string) => (p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p);
  // Never answer a path with itself, whatever the table holds.
  if (strip(found.to) === strip(path)) return undefined;
  // Stored paths may hold any letters (/中/): the header gets them percent-encoded.
  return reply.code(found.statusCode).header('location', encodeLocation(`${found.to}${query}`)).header('cache-control', REDIRECT_CACHE_CONTROL).send();
}

/** One place that turns errors into answers: 4xx explain themselves; 5xx are logged with an id, never a stack. */
export function registerErrorHandling(app: FastifyInstance, chrome: SiteChrome, db?: Executor): void {
  // Imported WordPress ID links (/?p=123): query strings the redirects table cannot hold.
  if (db) registerWpQueryRedirect(app, db);
  app.setNotFoundHandler(
    async (request, reply) =>
      (await redirectInstead(db, request, reply)) ??
      send(chrome, request, reply, 404, 'There is no page at this address. It may have moved, or the link may be mistyped.'),
  );
  app.setErrorHandler(async (error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError && error.statusCode === 404) {
      const redirected = await redirectInstead(db, request, reply);
      if (redirected) return redirected;
    }
    // A page that needs an account sends a browser to sign in, and back afterwards.
    if (error instanceof AppError && error.statusCode === 401 && request.method === 'GET' && wantsHtml(request)) {
      return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    }
    if (error instanceof AppError) return send(chrome, request, reply, error.statusCode, error.publicMessage);
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const message =
        status === 413
          ? 'The upload or form was larger than we accept.'
          : status === 429
            ? 'You are doing that too often. Wait a minute and try again.'
            : 'The request was malformed. Check the address or form and try again.';
      return send(chrome, request, reply, status, message);
    }
    const outage = databaseOutage(error);
    if (outage) return sendOutage(request, reply, outage);
    const errorId = randomUUID().slice(0, 8);
    request.log.error({ err: error, errorId }, 'request failed');
    return send(chrome, request, reply, 500, 'The error has been logged. If it keeps happening, quote this reference.', errorId);
  });
}
