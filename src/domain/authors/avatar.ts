import { createHash } from 'node:crypto';
import type { Metadata } from 'sharp';

// libvips is loaded on the first upload, not at startup: most processes never resize a
// photo, and the library costs several megabytes of memory and startup time.
let sharpModule: Promise<typeof import('sharp')> | undefined;
async function loadSharp(): Promise<typeof import('sharp')['default']> {
  sharpModule ??= import('sharp');
  return (await sharpModule).default;
}
import { ValidationError } from '../../shared/errors.js';

// Author photos: the upload is identified by its content (what libvips can
// decode), never by its name or declared type, then re-encoded as a square
// webp without metadata. Re-encoding is the point: whatever else the file
// carried (EXIF location, comments, trailing bytes) does not survive it.

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_SIZE = 400;
export const AVATAR_FORMATS = ['jpeg', 'png', 'webp', 'gif'] as const;
export type AvatarFormat = (typeof AVATAR_FORMATS)[number];

// A small file can still decode to an enormous bitmap ("decompression bomb").
const MAX_INPUT_PIXELS = 40_000_000;
const MIN_SIDE = 32;

export interface ProcessedAvatar {
  /** 400×400 webp, metadata stripped */
  data: Buffer;
  /** the first 16 hex digits of the SHA-256 of `data`: the file name changes with the picture */
  hash: string;
  /** what the upload really was */
  sourceFormat: AvatarFormat;
}

/** Why a photo was refused, in words for the person who uploaded it. */
export class AvatarError extends ValidationError {
  constructor(message: string) {
    super(message, { avatar: message });
    this.name = 'AvatarError';
  }
}

function isAllowed(format: string | undefined): format is AvatarFormat {
  return (AVATAR_FORMATS as readonly string[]).includes(format ?? '');
}

/** Checks the bytes and returns the format, or throws AvatarError with a message for the form. */
export async function inspectAvatar(input: Buffer): Promise<AvatarFormat> {
  if (input.length === 0) throw new AvatarError('The photo file is empty. Choose a JPEG, PNG, WebP or GIF image.');
  if (input.length > AVATAR_MAX_BYTES) throw new AvatarError('The photo is larger than 2 MB. Choose a smaller image.');
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new AvatarError('That file is not an image we can read. Choose a JPEG, PNG, WebP or GIF image.');
  }
  if (!isAllowed(meta.format)) {
    throw new AvatarError('That image format is not accepted. Choose a JPEG, PNG, WebP or GIF image.');
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > MAX_INPUT_PIXELS) throw new AvatarError('The photo has too many pixels. Choose an image under 40 megapixels.');
  if (width < MIN_SIDE || height < MIN_SIDE) throw new AvatarError(`The photo is too small. Choose an image at least ${MIN_SIDE}×${MIN_SIDE} pixels.`);
  return meta.format;
}

/** Validates and converts an upload; nothing touches the disk here. */
export async function processAvatar(input: Buffer): Promise<ProcessedAvatar> {
  const sourceFormat = await inspectAvatar(input);
  const sharp = await loadSharp();
  let data: Buffer;
  try {
    // rotate() applies the EXIF orientation before the metadata is dropped (sharp keeps none by default);
    // only the first frame of an animation is used.
    data = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw new AvatarError('That image is damaged or incomplete. Try saving it again, or choose another.');
  }
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 16);
  return { data, hash, sourceFormat };
}

/** `<authorId>-<hash>.webp` */
export function avatarFileName(authorId: number, hash: string): string {
  return `${authorId}-${hash}.webp`;
}

export const AVATAR_FILE_PATTERN = /^[1-9][0-9]{0,9}-[0-9a-f]{16}\.webp$/;
