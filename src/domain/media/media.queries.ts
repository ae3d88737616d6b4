import type { Executor } from '../../db/database.js';
import type { ImageVariant, ProcessedImage } from './image-processing.js';

// SQL for uploads, their stored variants and where they are used. Rows stay in
// here; the service returns domain objects. An image is found by the 16 hex
// digits of its URL: a range over the unique `hash` index (the full 64 digits),
// which both engines answer from the index, then confirmed in code.

export interface MediaRecord {
  id: number;
  /** 64 hex digits */
  hash: string;
  sourceFormat: string;
  originalName: string;
  width: number;
  height: number;
  /** the uploaded file's size */
  bytes: number;
  alt: string;
  createdAt: string;
  uploadedBy: number | null;
}

interface MediaRow {
  id: number;
  hash: string;
  source_format: string;
  original_name: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  created_at: string;
  uploaded_by: number | null;
}

function toRecord(r: MediaRow): MediaRecord {
  return {
    id: r.id,
    hash: r.hash,
    sourceFormat: r.source_format,
    originalName: r.original_name,
    width: r.width,
    height: r.height,
    bytes: Number(r.bytes),
    alt: r.alt,
    createdAt: r.created_at,
    uploadedBy: r.uploaded_by,
  };
}

const MEDIA_COLUMNS = ['id', 'hash', 'source_format', 'original_name', 'width', 'height', 'bytes', 'alt', 'created_at', 'uploaded_by'] as const;

/** The hex digits after a prefix of hex digits: every hash starting with `prefix` sorts in [prefix, prefix + 'g'). */
const upperBound = (prefix: string) => `${prefix}g`;

export async function findMediaByHash(db: Executor, hash: string): Promise<MediaRecord | undefined> {
  const row = await db.selectFrom('media').select(MEDIA_COLUMNS).where('hash', '=', hash).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function findMediaById(db: Executor, id: number): Promise<MediaRecord | undefined> {
  const row = await db.selectFrom('media').select(MEDIA_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Rows whose hash starts with these 16 digits (normally one). */
export async function findMediaByPrefix(db: Executor, hash16: string): Promise<MediaRecord[]> {
  const rows = await db
    .selectFrom('media')
    .select(MEDIA_COLUMNS)
    .where('hash', '>=', hash16)
    .where('hash', '<', upperBound(hash16))
    .orderBy('id')
    .execute();
  return rows.filter((r) => r.hash.startsWith(hash16)).map(toRecord);
}

/** The ids of the images named by (hash16, W, H) keys; keys that match nothing are left out. */
export async function findMediaIdsByKeys(db: Executor, keys: ReadonlyArray<{ hash: string; width: number; height: number }>): Promise<number[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('media')
    .select(['id', 'hash', 'width', 'height'])
    .where((eb) =>
      eb.or(
        keys.map((k) =>
          eb.and([eb('hash', '>=', k.hash), eb('hash', '<', upperBound(k.hash)), eb('width', '=', k.width), eb('height', '=', k.height)]),
        ),
      ),
    )
    .execute();
  const wanted = new Set(keys.map((k) => `${k.hash}-${k.width}x${k.height}`));
  return [...new Set(rows.filter((r) => wanted.has(`${r.hash.slice(0, 16)}-${r.width}x${r.height}`)).map((r) => r.id))];
}

export interface NewMedia {
  image: ProcessedImage;
  originalName: string;
  bytes: number;
  alt: string;
  uploadedBy: number | null;
  now: string;
}

/** Inserts the row; undefined when a row with the same hash is already there (a concurrent upload won). */
export async function insertMedia(db: Executor, m: NewMedia): Promise<number | undefined> {
  const row = await db
    .insertInto('media')
    .values({
      hash: m.image.hash,
      kind: 'image',
      original_name: m.originalName,
      source_format: m.image.sourceFormat,
      width: m.image.width,
      height: m.image.height,
      bytes: m.bytes,
      alt: m.alt,
      created_at: m.now,
      uploaded_by: m.uploadedBy,
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function insertVariants(db: Executor, mediaId: number, variants: readonly ImageVariant[]): Promise<void> {
  await db
    .insertInto('media_variants')
    .values(variants.map((v) => ({ media_id: mediaId, name: v.name, content_type: v.contentType, width: v.width, height: v.height, bytes: v.data.length, data: v.data })))
    .execute();
}

export async function setAltIfEmpty(db: Executor, mediaId: number, alt: string): Promise<void> {
  await db.updateTable('media').set({ alt }).where('id', '=', mediaId).where('alt', '=', '').execute();
}

/** One stored variant's bytes, by the parts of its URL. */
export async function findVariant(
  db: Executor,
  key: { hash: string; width: number; height: number; variant: string },
): Promise<{ data: Buffer; contentType: string } | undefined> {
  const rows = await db
    .selectFrom('media_variants')
    .innerJoin('media', 'media.id', 'media_variants.media_id')
    .select(['media.hash', 'media_variants.data', 'media_variants.content_type'])
    .where('media.hash', '>=', key.hash)
    .where('media.hash', '<', upperBound(key.hash))
    .where('media.width', '=', key.width)
    .where('media.height', '=', key.height)
    .where('media_variants.name', '=', key.variant)
    .orderBy('media.id')
    .execute();
  const row = rows.find((r) => r.hash.startsWith(key.hash));
  return row ? { data: Buffer.from(row.data), contentType: row.content_type } : undefined;
}

export interface MediaListRow extends MediaRecord {
  uploaderName: string | null;
  /** bytes of every stored variant together */
  storedBytes: number;
}

export async function countMedia(db: Executor, filter: { uploadedBy?: number }): Promise<number> {
  let q = db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.uploadedBy !== undefined) q = q.where('uploaded_by', '=', filter.uploadedBy);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest first. */
export async function listMedia(db: Executor, filter: { uploadedBy?: number; limit: number; offset: number }): Promise<MediaListRow[]> {
  let q = db
    .selectFrom('media')
    .leftJoin('users', 'users.id', 'media.uploaded_by')
    .select(MEDIA_COLUMNS.map((c) => `media.${c}` as const))
    .select('users.name as uploader_name')
    .select((eb) =>
      eb
        .selectFrom('media_variants')
        .select((v) => v.fn.coalesce(v.fn.sum<number>('media_variants.bytes'), v.lit(0)).as('s'))
        .whereRef('media_variants.media_id', '=', 'media.id')
        .as('stored_bytes'),
    );
  if (filter.uploadedBy !== undefined) q = q.where('media.uploaded_by', '=', filter.uploadedBy);
  const rows = await q.orderBy('media.id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return rows.map((r) => ({ ...toRecord(r), uploaderName: r.uploader_name, storedBytes: Number(r.stored_bytes ?? 0) }));
}

export interface MediaUse {
  mediaId: number;
  kind: 'article' | 'author';
  id: number;
  title: string;
  /** the article's status; for an author, the profile's slug */
  status: string;
}

/** Articles (and author photos) that use these images, for the media list. */
export async function mediaUsage(db: Executor, mediaIds: readonly number[]): Promise<MediaUse[]> {
  if (mediaIds.length === 0) return [];
  const ids = [...mediaIds];
  const [articles, authors] = await Promise.all([
    db
      .selectFrom('article_media')
      .innerJoin('articles', 'articles.id', 'article_media.article_id')
      .select(['article_media.media_id', 'articles.id', 'articles.title', 'articles.status'])
      .where('article_media.media_id', 'in', ids)
      .orderBy('articles.id', 'desc')
      .execute(),
    db.selectFrom('authors').select(['photo_media_id', 'id', 'name', 'slug']).where('photo_media_id', 'in', ids).orderBy('id').execute(),
  ]);
  return [
    ...articles.map((a) => ({ mediaId: a.media_id, kind: 'article' as const, id: a.id, title: a.title, status: a.status })),
    ...authors.map((a) => ({ mediaId: a.photo_media_id as number, kind: 'author' as const, id: a.id, title: a.name, status: a.slug })),
  ];
}

/** Replaces the article's rows in article_media with exactly these images. */
export async function replaceArticleMedia(db: Executor, articleId: number, mediaIds: readonly number[]): Promise<void> {
  await db.deleteFrom('article_media').where('article_id', '=', articleId).execute();
  if (mediaIds.length === 0) return;
  await db
    .insertInto('article_media')
    .values([...new Set(mediaIds)].map((media_id) => ({ article_id: articleId, media_id })))
    .execute();
}
