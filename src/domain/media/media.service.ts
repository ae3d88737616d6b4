import type { Executor } from '../../db/database.js';
import { can, requireCan, type Actor } from '../accounts/policy.js';
import type { DomainContext } from '../context.js';
import { contentHash, MediaError, MEDIA_MAX_BYTES, MEDIA_TOO_LARGE, processImage } from './image-processing.js';
import {
  countMedia,
  findMediaByHash,
  findMediaById,
  findMediaByPrefix,
  findMediaIdsByKeys,
  findVariant,
  insertMedia,
  insertVariants,
  listMedia,
  mediaUsage,
  replaceArticleMedia,
  setAltIfEmpty,
  type MediaListRow,
  type MediaRecord,
  type MediaUse,
} from './media.queries.js';
import { findMediaUrls, mediaUrl, parseMediaUrl, type MediaUrlParts } from './media-urls.js';

// Uploads stored in the database, so every app instance serves every image. The
// original is never kept: only WebP variants re-encoded without metadata. The
// same file uploaded twice is the same row (by the SHA-256 of its bytes).

export { MediaError, MEDIA_MAX_BYTES, MEDIA_TOO_LARGE, parseMediaUrl };

export interface StoredMedia {
  id: number;
  /** 64 hex digits; URLs carry the first 16 */
  hash: string;
  width: number;
  height: number;
  /** URL for Markdown bodies and covers, e.g. /media/i/<hash16>-<W>x<H>/960.webp */
  url: string;
  alt: string;
}

export interface StoreImageInput {
  data: Buffer;
  originalName: string;
  uploadedBy: number | null;
  now: string;
  alt?: string;
}

export const ALT_MAX = 300;
const NAME_MAX = 200;

function toStored(m: MediaRecord, alt?: string): StoredMedia {
  return { id: m.id, hash: m.hash, width: m.width, height: m.height, url: mediaUrl(m.hash.slice(0, 16), m.width, m.height), alt: alt ?? m.alt };
}

/** A file name as shown in the list: no path, no control characters, a sane length. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, NAME_MAX);
}

function cleanAlt(alt: string | undefined): string {
  const text = (alt ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > ALT_MAX) throw new MediaError(`Keep the description to ${ALT_MAX} characters or fewer.`, 'alt');
  return text;
}

/** Runs `work` in a transaction of its own, or in the caller's. */
async function atomically<T>(db: Executor, work: (tx: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Checks, converts and stores an image; the same bytes again give the same row.
 * Throws MediaError (fields.file, or fields.alt) for anything refused, having written nothing.
 */
export async function storeImage(db: Executor, input: StoreImageInput): Promise<StoredMedia> {
  const alt = cleanAlt(input.alt);
  // Before hashing ten megabytes and more: the limit holds for every caller, not only the upload form.
  if (input.data.length > MEDIA_MAX_BYTES) throw new MediaError(MEDIA_TOO_LARGE);
  const hash = contentHash(input.data);
  const known = await findMediaByHash(db, hash);
  if (known) {
    if (alt) await setAltIfEmpty(db, known.id, alt);
    return toStored(known, alt || known.alt);
  }
  // The expensive part runs before any transaction is open.
  const image = await processImage(input.data);
  await atomically(db, async (tx) => {
    const clash = (await findMediaByPrefix(tx, hash.slice(0, 16))).find((m) => m.hash !== hash);
    if (clash && clash.width === image.width && clash.height === image.height) {
      // Two different files whose URLs would be the same: astronomically rare, but never serve the wrong one.
      throw new MediaError('This image cannot be stored under a unique address. Save it again (for example at another quality) and retry.');
    }
    const id = await insertMedia(tx, { image, originalName: cleanName(input.originalName), bytes: input.data.length, alt, uploadedBy: input.uploadedBy, now: input.now });
    // undefined: another upload of the same file finished first, and its row is the answer.
    if (id !== undefined) await insertVariants(tx, id, image.variants);
  });
  const stored = await findMediaByHash(db, hash);
  if (!stored) throw new Error('media row vanished after insert');
  return toStored(stored, alt || stored.alt);
}

/** storeImage behind the policy: authors, editors and admins may upload. */
export async function uploadImage(ctx: DomainContext, actor: Actor | null | undefined, input: Omit<StoreImageInput, 'uploadedBy' | 'now'>): Promise<StoredMedia> {
  requireCan(actor, 'media.upload');
  return storeImage(ctx.db, { ...input, uploadedBy: actor.userId, now: ctx.clock.now().toISOString() });
}

/** The Markdown an editor pastes into a body. */
export function markdownFor(media: Pick<StoredMedia, 'url' | 'alt'>): string {
  const alt = media.alt.replace(/[[\]\\]/g, (c) => `\\${c}`);
  return `![${alt}](${media.url})`;
}

/**
 * Rewrites the article's article_media rows from the images its body and cover use.
 * Runs inside the article save's transaction (pass it as `db`); URLs of images that do not exist are ignored.
 */
export async function syncArticleMedia(db: Executor, articleId: number, bodyMarkdown: string, coverUrl: string | null): Promise<void> {
  const keys = findMediaUrls(`${bodyMarkdown}\n${coverUrl ?? ''}`);
  const ids = await findMediaIdsByKeys(db, keys);
  await replaceArticleMedia(db, articleId, ids);
}

/** One stored variant's bytes and type, by the parts of its URL (the public media route). */
export function readMediaVariant(db: Executor, parts: MediaUrlParts): Promise<{ data: Buffer; contentType: string } | undefined> {
  return findVariant(db, parts);
}

/** The upload one of our URLs points at, e.g. to set articles.cover_media_id. */
export async function findMediaByUrl(db: Executor, url: string): Promise<StoredMedia | undefined> {
  const parts = parseMediaUrl(url);
  if (!parts) return undefined;
  const match = (await findMediaByPrefix(db, parts.hash)).find((m) => m.width === parts.width && m.height === parts.height);
  return match ? toStored(match) : undefined;
}

/** One upload by id, if the actor may see it: their own, or any for the desk (ids in addresses are guessable). */
export async function findUploadFor(ctx: DomainContext, actor: Actor | null | undefined, id: number): Promise<StoredMedia & { originalName: string } | undefined> {
  requireCan(actor, 'media.upload');
  const m = await findMediaById(ctx.db, id);
  if (!m || (!can(actor, 'desk.media') && m.uploadedBy !== actor.userId)) return undefined;
  return { ...toStored(m), originalName: m.originalName };
}

export interface MediaListItem extends MediaListRow {
  url: string;
  uses: MediaUse[];
}

export interface MediaListPage {
  total: number;
  items: MediaListItem[];
  /** false: the list holds only the actor's own uploads */
  all: boolean;
}

/** Editors and admins see every upload; authors their own. */
export async function listMediaFor(ctx: DomainContext, actor: Actor | null | undefined, page: { limit: number; offset: number }): Promise<MediaListPage> {
  requireCan(actor, 'media.upload');
  const all = can(actor, 'desk.media');
  const filter = all ? {} : { uploadedBy: actor.userId };
  const [total, rows] = await Promise.all([countMedia(ctx.db, filter), listMedia(ctx.db, { ...filter, ...page })]);
  const uses = await mediaUsage(ctx.db, rows.map((r) => r.id));
  return {
    total,
    all,
    items: rows.map((r) => ({ ...r, url: mediaUrl(r.hash.slice(0, 16), r.width, r.height), uses: uses.filter((u) => u.mediaId === r.id) })),
  };
}
