import type { FastifyInstance } from 'fastify';

// In CDN mode a shared cache sits in front of every answer, and one without
// Cache-Control is cached by its own heuristics (some keep a 301 for hours, some keep
// a 302 they should not). Every redirect therefore says how long it may be kept:
//  - 301 and 308 from a GET are canonical addresses (a trailing slash, a moved article),
//    the same for everyone: shared like a page, for CDN_MAX_AGE;
//  - every other redirect (303 after a form, the way to /login for an anonymous visitor
//    of a desk page, `next` after sign-in) depends on who asks: never stored.
// A route that sets its own Cache-Control (the redirects table's answers) keeps it.

export function redirectCacheControl(cdnMaxAge: number): { permanent: string; other: string } {
  return { permanent: `public, max-age=0, s-maxage=${cdnMaxAge}`, other: 'no-store' };
}

export function registerRedirectCacheControl(app: FastifyInstance, cdnMaxAge: number): void {
  const policy = redirectCacheControl(cdnMaxAge);
  app.addHook('onSend', (request, reply, payload, done) => {
    const status = reply.statusCode;
    if (status >= 300 && status < 400 && status !== 304 && !reply.hasHeader('cache-control')) {
      const shared = (status === 301 || status === 308) && (request.method === 'GET' || request.method === 'HEAD');
      reply.header('cache-control', shared ? policy.permanent : policy.other);
    }
    done(null, payload);
  });
}
