import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors.js';
import { renderMessage } from '../pages/message-page.js';
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

/** One place that turns errors into answers: 4xx explain themselves; 5xx are logged with an id, never a stack. */
export function registerErrorHandling(app: FastifyInstance, chrome: SiteChrome): void {
  app.setNotFoundHandler((request, reply) =>
    send(chrome, request, reply, 404, 'There is no page at this address. It may have moved, or the link may be mistyped.'),
  );
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
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
    const errorId = randomUUID().slice(0, 8);
    request.log.error({ err: error, errorId }, 'request failed');
    return send(chrome, request, reply, 500, 'The error has been logged. If it keeps happening, quote this reference.', errorId);
  });
}
