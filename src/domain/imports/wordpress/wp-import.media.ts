import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Executor } from '../../../db/database.js';
import { MediaError } from '../../media/image-processing.js';
import { storeImage, type StoredMedia } from '../../media/media.service.js';
import { uploadsPathOf } from './wp-import.plan.js';

// Images of the old site, copied from its wp-content/uploads folder (never fetched):
// each file is stored once, by path, inside the import's transaction, so a failed
// import leaves no media rows behind. A missing or unreadable file is the caller's
// warning, never a failure.

export type MediaLookup = { media: StoredMedia } | { missing: string };

export class UploadsFolder {
  private readonly byPath = new Map<string, MediaLookup>();
  readonly mediaIds = new Set<number>();

  constructor(
    private readonly dir: string | undefined,
    private readonly now: string,
  ) {}

  /** The stored image for an uploads URL, or why there is none. */
  async get(tx: Executor, url: string, alt: string): Promise<MediaLookup> {
    const rel = uploadsPathOf(url);
    if (!rel) return { missing: `${url} is not under /wp-content/uploads/: left as it was` };
    if (!this.dir) return { missing: `${rel} not copied: run the import with --uploads DIR (the site's wp-content/uploads)` };
    const known = this.byPath.get(rel);
    if (known) return known;
    const found = await this.store(tx, rel, alt);
    this.byPath.set(rel, found);
    return found;
  }

  private async store(tx: Executor, rel: string, alt: string): Promise<MediaLookup> {
    const root = resolve(this.dir as string);
    // WordPress links resized copies (photo-300x200.jpg); the original is the better source when the copy is gone.
    const candidates = [rel, rel.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')];
    for (const candidate of candidates) {
      const file = resolve(join(root, candidate));
      if (!file.startsWith(root + sep)) continue;
      let data: Buffer;
      try {
        data = await readFile(file);
      } catch {
        continue;
      }
      try {
        const media = await storeImage(tx, { data, originalName: candidate, uploadedBy: null, now: this.now, alt: alt.slice(0, 300) });
        this.mediaIds.add(media.id);
        return { media };
      } catch (err) {
        if (err instanceof MediaError) return { missing: `${rel} could not be stored (${err.message})` };
        throw err;
      }
    }
    return { missing: `${rel} is not in the uploads folder: copy it there and import again, or replace the image in the editor` };
  }
}
