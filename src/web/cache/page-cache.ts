import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { prepareSplice, type SplicedGzip } from './gzip-splice.js';

/** A page compressed once: identity, gzip and brotli bodies, with a strong validator. */
export interface StaticEntry {
  kind: 'static';
  contentType: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
  lastModified: string;
  expiresAt: number;
}

/** A page with one live part (the visit counter) spliced in per request. */
export interface CounterEntry {
  kind: 'counter';
  contentType: string;
  prefix: Buffer;
  suffix: Buffer;
  gzip: SplicedGzip;
  articleId: number;
  expiresAt: number;
}

export type CacheEntry = StaticEntry | CounterEntry;

export interface PageCacheOptions {
  /** upper bound on the bytes held (identity + compressed) */
  maxBytes?: number;
  now?: () => number;
}

function sizeOf(e: CacheEntry): number {
  return e.kind === 'static'
    ? e.identity.length + e.gzip.length + e.br.length
    : e.prefix.length + e.suffix.length + e.gzip.head.length + e.gzip.tail.length;
}

/**
 * Rendered public pages in memory, least recently used evicted first. Every
 * content change clears it: publishing is rare next to reading, and a byline,
 * a title or a section name can appear on almost any page.
 */
export class PageCache {
  private entries = new Map<string, CacheEntry>();
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly now: () => number;
  /** bumped by every invalidation, so a render that started before it is not stored */
  generation = 0;
  hits = 0;
  misses = 0;

  constructor(options: PageCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  get(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= this.now()) {
      if (entry) this.delete(key);
      this.misses++;
      return undefined;
    }
    // Re-insert to mark as recently used (Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry;
  }

  set(key: string, entry: CacheEntry, generation: number): void {
    if (generation !== this.generation) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += sizeOf(entry);
    for (const [oldest, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(e);
    }
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(e);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  get size(): number {
    return this.entries.size;
  }

  staticEntry(contentType: string, body: string | Buffer, ttlMs: number, lastModified = new Date(this.now())): StaticEntry {
    const identity = Buffer.isBuffer(body) ? body : Buffer.from(body);
    return {
      kind: 'static',
      contentType,
      identity,
      gzip: gzipSync(identity, { level: 9 }),
      br: brotliCompressSync(identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
      }),
      etag: `"${createHash('sha1').update(identity).digest('base64url')}"`,
      lastModified: lastModified.toUTCString(),
      expiresAt: this.now() + ttlMs,
    };
  }

  counterEntry(contentType: string, prefix: string, suffix: string, articleId: number, ttlMs: number): CounterEntry {
    const p = Buffer.from(prefix);
    const s = Buffer.from(suffix);
    return { kind: 'counter', contentType, prefix: p, suffix: s, gzip: prepareSplice(p, s), articleId, expiresAt: this.now() + ttlMs };
  }
}
