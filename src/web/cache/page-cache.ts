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
  /** upper bound on the bytes held (identity + compressed) by pages outside a separate budget */
  maxBytes?: number;
  /**
   * Key prefixes with a byte budget of their own: their pages evict only each other. For
   * pages anyone can mint without end, such as search results (one per query), which
   * would otherwise push the article pages out.
   */
  separateBudgets?: Record<string, number>;
  now?: () => number;
}

function sizeOf(e: CacheEntry): number {
  return e.kind === 'static'
    ? e.identity.length + e.gzip.length + e.br.length
    : e.prefix.length + e.suffix.length + e.gzip.head.length + e.gzip.tail.length;
}

/** Search results get 8 MB of their own (a results page is some 10–30 kB in all encodings). */
export const DEFAULT_SEPARATE_BUDGETS: Record<string, number> = { 'search:': 8 * 1024 * 1024 };

/** One least-recently-used area with its byte budget. */
class Area {
  readonly entries = new Map<string, CacheEntry>();
  bytes = 0;
  constructor(readonly maxBytes: number) {}

  touch(key: string, entry: CacheEntry): void {
    // Re-insert to mark as recently used (Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  set(key: string, entry: CacheEntry): void {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += sizeOf(entry);
    for (const [oldest, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(e);
    }
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(e);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * Rendered public pages in memory, least recently used evicted first. Every
 * content change clears it: publishing is rare next to reading, and a byline,
 * a title or a section name can appear on almost any page.
 */
export class PageCache {
  private readonly main: Area;
  private readonly separate: Array<[string, Area]>;
  private readonly now: () => number;
  /** bumped by every invalidation, so a render that started before it is not stored */
  generation = 0;
  hits = 0;
  misses = 0;

  constructor(options: PageCacheOptions = {}) {
    this.main = new Area(options.maxBytes ?? 128 * 1024 * 1024);
    this.separate = Object.entries(options.separateBudgets ?? DEFAULT_SEPARATE_BUDGETS).map(([prefix, bytes]) => [prefix, new Area(bytes)]);
    this.now = options.now ?? Date.now;
  }

  private area(key: string): Area {
    for (const [prefix, area] of this.separate) if (key.startsWith(prefix)) return area;
    return this.main;
  }

  get(key: string): CacheEntry | undefined {
    const area = this.area(key);
    const entry = area.entries.get(key);
    if (!entry || entry.expiresAt <= this.now()) {
      if (entry) area.delete(key);
      this.misses++;
      return undefined;
    }
    area.touch(key, entry);
    this.hits++;
    return entry;
  }

  set(key: string, entry: CacheEntry, generation: number): void {
    if (generation !== this.generation) return;
    this.area(key).set(key, entry);
  }

  /** whether a page is held, without counting a hit or refreshing its place */
  has(key: string): boolean {
    return this.area(key).entries.has(key);
  }

  clear(): void {
    this.main.clear();
    for (const [, area] of this.separate) area.clear();
    this.generation++;
  }

  get size(): number {
    let n = this.main.entries.size;
    for (const [, area] of this.separate) n += area.entries.size;
    return n;
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
