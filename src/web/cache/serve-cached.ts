import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CounterEntry, PageCache, StaticEntry } from './page-cache.js';
import { spliceGzip } from './gzip-splice.js';

export type Encoding = 'br' | 'gzip' | 'identity';

/** What a counter page (cached gzipped only) can be sent as, besides identity. */
export const GZIP_ONLY: readonly Encoding[] = ['gzip'];

/** The q-value the Accept-Encoding header gives each coding (`*` included), lower-cased. */
function acceptedCodings(value: string): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of value.toLowerCase().split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim();
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(weight) ? weight : 0);
  }
  return q;
}

/** One site sees few distinct Accept-Encoding values: the verdicts are remembered. */
const verdicts = new Map<string, Encoding>();

/**
 * The coding to send, of those `offered` (in the server's order of preference): the one
 * the client weights highest, a coding it lists with q=0 never, one it does not list only
 * through `*`. None acceptable (or no header): identity, which is always sent rather than
 * a 406 — a page in plain bytes is readable by every client.
 */
export function preferredEncoding(header: string | string[] | undefined, offered: readonly Encoding[] = ['br', 'gzip']): Encoding {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const memoKey = `${offered.join(',')}|${value}`;
  const known = verdicts.get(memoKey);
  if (known) return known;
  const q = acceptedCodings(value);
  const star = q.get('*');
  let best: Encoding = 'identity';
  let bestQ = 0;
  for (const coding of offered) {
    const weight = q.get(coding) ?? star ?? 0;
    if (weight > bestQ) {
      best = coding;
      bestQ = weight;
    }
  }
  if (verdicts.size >= 200) verdicts.clear();
  verdicts.set(memoKey, best);
  return best;
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
  // Counter pages are kept gzipped only: a client that does not take gzip (one that takes
  // only br, say) gets identity.
  if (preferredEncoding(request.headers['accept-encoding'], GZIP_ONLY) === 'identity') {
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
