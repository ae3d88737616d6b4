import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CounterEntry, PageCache, StaticEntry } from './page-cache.js';
import { spliceGzip } from './gzip-splice.js';

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (q=0 means refused). */
export function preferredEncoding(header: string | string[] | undefined): Encoding {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const accepted = new Set<string>();
  for (const part of value.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

function notModified(request: FastifyRequest, entry: StaticEntry): boolean {
  const inm = request.headers['if-none-match'];
  if (inm) return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === entry.etag);
  const ims = request.headers['if-modified-since'];
  if (ims) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Date.parse(entry.lastModified) <= since;
  }
  return false;
}

export function sendStatic(request: FastifyRequest, reply: FastifyReply, entry: StaticEntry, cacheControl: string): FastifyReply {
  reply
    .header('cache-control', cacheControl)
    .header('etag', entry.etag)
    .header('last-modified', entry.lastModified)
    .header('vary', 'Accept-Encoding');
  if (notModified(request, entry)) return reply.code(304).send();
  reply.type(entry.contentType);
  const encoding = preferredEncoding(request.headers['accept-encoding']);
  if (encoding === 'identity') return reply.send(entry.identity);
  return reply.header('content-encoding', encoding).send(encoding === 'br' ? entry.br : entry.gzip);
}

/** A counter page: the cached halves around a fresh counter. */
export function sendCounter(
  request: FastifyRequest,
  reply: FastifyReply,
  entry: CounterEntry,
  middle: string,
  cacheControl: string,
): FastifyReply {
  reply.type(entry.contentType).header('cache-control', cacheControl).header('vary', 'Accept-Encoding');
  const middleBytes = Buffer.from(middle);
  if (preferredEncoding(request.headers['accept-encoding']) === 'identity') {
    return reply.send(Buffer.concat([entry.prefix, middleBytes, entry.suffix]));
  }
  return reply.header('content-encoding', 'gzip').send(spliceGzip(entry.gzip, middleBytes));
}

/**
 * Serves a public page from the cache, rendering and storing it on a miss.
 * Errors (404s included) propagate and are never cached.
 */
export async function serveCachedPage(
  cache: PageCache | undefined,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { key: string; ttlMs: number; cacheControl: string; contentType?: string },
  render: () => Promise<string>,
): Promise<FastifyReply> {
  const contentType = options.contentType ?? 'text/html; charset=utf-8';
  if (!cache) return reply.type(contentType).header('cache-control', options.cacheControl).send(await render());
  let entry = cache.get(options.key);
  if (!entry || entry.kind !== 'static') {
    const generation = cache.generation;
    const fresh = cache.staticEntry(contentType, await render(), options.ttlMs);
    cache.set(options.key, fresh, generation);
    entry = fresh;
  }
  return sendStatic(request, reply, entry, options.cacheControl);
}
