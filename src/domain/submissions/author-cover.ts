import type { Executor } from '../../db/database.js';
import { storeImage } from '../media/media.service.js';
import { findMediaById } from '../media/media.queries.js';
import { mediaUrl } from '../media/media-urls.js';

// The optional cover picture of a submission: stored in the media library like any
// upload (sizes made once, deduplicated by content), referred to by its id. An id sent
// back by the form is trusted only if it names an image that exists.

export interface CoverRef {
  id: number;
  url: string;
  alt: string;
}

export async function coverRef(db: Executor, id: number | null): Promise<CoverRef | undefined> {
  if (id === null || !Number.isSafeInteger(id)) return undefined;
  const m = await findMediaById(db, id);
  return m ? { id: m.id, url: mediaUrl(m.hash.slice(0, 16), m.width, m.height), alt: m.alt } : undefined;
}

/** Stores an uploaded cover; MediaError (fields.file) when it is not a usable image. */
export async function storeCover(db: Executor, upload: { data: Buffer; filename: string }, alt: string, uploadedBy: number, now: string): Promise<CoverRef> {
  const stored = await storeImage(db, { data: upload.data, originalName: upload.filename, uploadedBy, now, alt });
  return { id: stored.id, url: stored.url, alt: stored.alt };
}
