import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TrustProxy } from '../../config.js';
import type { VisitRecorder } from '../../domain/views/visit-recorder.js';
import { viewsCounterHtml } from '../pages/article-page.js';
import { visitInput } from '../visit-input.js';
import { splicedGzipParts } from './gzip-splice.js';
import type { CounterEntry, PageCache } from './page-cache.js';
import { GZIP_ONLY, preferredEncoding } from './serve-cached.js';

// The most requested answer of all — an article page already in the page cache — is sent
// straight from node:http, in front of the framework: a router, hooks and a reply object
// would cost more than everything the page itself needs (about a third of the request).
// Only a GET for a canonical article URL whose page is cached, with its counter, takes
// this path; anything else (a miss, HEAD, odd characters, CDN mode) goes to Fastify, which
// renders and caches the page. What a public page needs from the framework is done here
// the same way: the security headers (the very same set), the client address (the same
// function), the visit (the same recorder), gzip or identity (the same negotiation).
// Session and CSRF hooks do not matter: article pages are the same for everyone and
// nothing is changed by a GET. A new global hook that must see every page view has to
// be mirrored here; the fast-path tests compare both paths header for header.

const ARTICLE_URL = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:\?|$)/;

export interface FastPathDeps {
  pageCache: PageCache;
  visits: VisitRecorder;
  trustProxy: TrustProxy;
  securityHeaders: Record<string, string>;
}

export interface FastPath {
  /** answers the request and returns true, or returns false and leaves it untouched */
  handle(req: IncomingMessage, res: ServerResponse, fallback: (req: IncomingMessage, res: ServerResponse) => void): boolean;
  /** answers sent by this path (for tests and diagnostics) */
  readonly served: number;
}

export function createFastPath(deps: FastPathDeps): FastPath {
  const fixed = Object.entries(deps.securityHeaders).flat();
  let served = 0;

  function send(req: IncomingMessage, res: ServerResponse, entry: CounterEntry, counterHtml: string): void {
    const middle = Buffer.from(counterHtml);
    const gzip = preferredEncoding(req.headers['accept-encoding'], GZIP_ONLY) === 'gzip';
    const parts = gzip ? splicedGzipParts(entry.gzip, middle) : [entry.prefix, middle, entry.suffix];
    let length = 0;
    for (const part of parts) length += part.length;
    const headers = [...fixed, 'content-type', entry.contentType, 'cache-control', 'no-cache', 'vary', 'Accept-Encoding'];
    if (gzip) headers.push('content-encoding', 'gzip');
    headers.push('content-length', String(length));
    res.writeHead(200, headers);
    // Corked, the header and the pieces leave in one write, and no body is copied.
    res.cork();
    for (let i = 0; i < parts.length - 1; i++) res.write(parts[i]);
    res.end(parts[parts.length - 1]);
    served++;
  }

  return {
    get served() {
      return served;
    },
    handle(req, res, fallback) {
      if (req.method !== 'GET') return false;
      const match = ARTICLE_URL.exec(req.url ?? '');
      if (!match) return false;
      const entry = deps.pageCache.get(`article:${match[1]}`);
      if (entry?.kind !== 'counter') return false;
      deps.visits.record(visitInput(req, deps.trustProxy, entry.articleId)).then(
        (totals) => send(req, res, entry, viewsCounterHtml(totals)),
        // Nothing has been written: the framework answers instead (and reports the error).
        () => fallback(req, res),
      );
      return true;
    },
  };
}
