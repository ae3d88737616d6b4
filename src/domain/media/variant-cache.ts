// A small in-process cache of hot image variants, bounded by bytes, so a popular
// image is not read from the database on every request. Safe with several app
// instances: a URL's bytes never change (the name carries the content hash), so
// there is nothing to invalidate, only something to evict.

export interface CachedVariant {
  data: Buffer;
  contentType: string;
}

export class VariantCache {
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  private readonly entries = new Map<string, CachedVariant>();
  private bytes = 0;

  constructor(
    readonly maxBytes = 32 * 1024 * 1024,
    /** a variant larger than this is served but not kept: it would push out many small ones */
    readonly maxEntryBytes = 2 * 1024 * 1024,
  ) {}

  get(key: string): CachedVariant | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedVariant): void {
    const size = value.data.length;
    if (size > this.maxEntryBytes || size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.data.length;
    }
    this.entries.set(key, value);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.data.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}
