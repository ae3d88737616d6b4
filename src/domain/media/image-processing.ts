import { createHash } from 'node:crypto';
import type { Metadata, Sharp } from 'sharp';
import { ValidationError } from '../../shared/errors.js';
import { MEDIA_MAX_HEIGHT, MEDIA_MAX_WIDTH, variantName, variantWidths } from './media-urls.js';

// The image work of an upload, with no database in sight: identify the file by
// its content (what libvips can decode, never its name or declared type), refuse
// what we do not serve, and re-encode it to the WebP widths of media-urls.ts.
// Re-encoding is the point: EXIF (camera, GPS position), comments, ICC quirks and
// trailing bytes do not survive it.
//
// AVIF is not made. Measured on a 2000 px photo (2 cores, sharp 0.35): the three
// WebP widths took about 0.45 s; AVIF at sharp's default effort about 10 s (over
// twenty times as long), and even at effort 2 about 1 s more per upload, for files
// about a third smaller, plus <picture> markup and twice the rows to store.

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;
/** A small file can still decode to an enormous bitmap (a "decompression bomb"); 50 MP admits phone cameras. */
export const MEDIA_MAX_PIXELS = 50_000_000;
export const MEDIA_MIN_SIDE = 16;
export const MEDIA_FORMATS = ['jpeg', 'png', 'webp', 'gif'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];
const WEBP_QUALITY = 80;

const ACCEPTED = 'Choose a JPEG, PNG, WebP or GIF image.';
export const MEDIA_TOO_LARGE = 'The file is larger than 10 MB. Choose a smaller image, or export it at a lower quality.';

/** Why an upload was refused, in words for the person who uploaded it (by the form field `file`, or `alt`). */
export class MediaError extends ValidationError {
  constructor(message: string, field: 'file' | 'alt' = 'file') {
    super(message, { [field]: message });
    this.name = 'MediaError';
  }
}

// libvips is loaded on the first upload, not at startup (as for avatars).
let sharpModule: Promise<typeof import('sharp')> | undefined;
async function loadSharp(): Promise<typeof import('sharp')['default']> {
  sharpModule ??= import('sharp');
  return (await sharpModule).default;
}

function isAccepted(format: string | undefined): format is MediaFormat {
  return (MEDIA_FORMATS as readonly string[]).includes(format ?? '');
}

/** SVG is text: libvips may fail on a broken one, but it must still be refused as SVG, with the reason. */
function looksLikeSvg(input: Buffer): boolean {
  const head = input.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || (head.startsWith('<!doctype svg'));
}

const FORMAT_NAMES: Record<string, string> = { heif: 'HEIC/AVIF', tiff: 'TIFF', pdf: 'PDF', jp2k: 'JPEG 2000', jxl: 'JPEG XL', raw: 'raw' };

export interface InspectedImage {
  format: MediaFormat;
  width: number;
  height: number;
}

/** Checks the bytes; returns what the file really is, or throws MediaError with a message for the form. */
export async function inspectImage(input: Buffer): Promise<InspectedImage> {
  if (input.length === 0) throw new MediaError(`The file is empty. ${ACCEPTED}`);
  if (input.length > MEDIA_MAX_BYTES) throw new MediaError(MEDIA_TOO_LARGE);
  const svgMessage = 'SVG images are not accepted: they can carry scripts. Export the drawing as PNG instead.';
  if (looksLikeSvg(input)) throw new MediaError(svgMessage);
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    // metadata() reads the header only: a bomb is measured here, before any pixel is decoded.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaError(`That file is not an image we can read. ${ACCEPTED}`);
  }
  if (meta.format === 'svg') throw new MediaError(svgMessage);
  if (!isAccepted(meta.format)) {
    const name = FORMAT_NAMES[meta.format ?? ''] ?? (meta.format ? meta.format.toUpperCase() : 'That');
    throw new MediaError(`${name} images are not accepted. ${ACCEPTED}`);
  }
  // For an animated GIF or WebP, the height of the first frame.
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width * height > MEDIA_MAX_PIXELS || width > 100_000 || height > 100_000) {
    throw new MediaError(`The image is ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels, more than the 50 megapixels we accept. Scale it down first.`);
  }
  if (width < MEDIA_MIN_SIDE || height < MEDIA_MIN_SIDE) {
    throw new MediaError(`The image is too small (${width} × ${height} pixels). Choose one at least ${MEDIA_MIN_SIDE} × ${MEDIA_MIN_SIDE} pixels.`);
  }
  return { format: meta.format, width, height };
}

export interface ImageVariant {
  /** e.g. "960.webp" */
  name: string;
  contentType: 'image/webp';
  width: number;
  height: number;
  data: Buffer;
}

export interface ProcessedImage {
  /** SHA-256 of the uploaded bytes, 64 hex digits: the same file is the same media row */
  hash: string;
  sourceFormat: MediaFormat;
  /** the master (largest variant) size, as in the URL */
  width: number;
  height: number;
  /** smallest first; the last is the master */
  variants: ImageVariant[];
}

export function contentHash(input: Buffer): string {
  return createHash('sha256').update(input).digest('hex');
}

/** Validates and converts an upload in memory; nothing is written anywhere. */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  const inspected = await inspectImage(input);
  const sharp = await loadSharp();
  let master: { data: Buffer; info: { width: number; height: number; channels: number } };
  try {
    // Decoded once: orientation applied (before the metadata goes), the first frame of an
    // animation only, scaled into the largest variant, 8 bits per channel in sRGB.
    const pipeline: Sharp = sharp(input, { limitInputPixels: MEDIA_MAX_PIXELS, animated: false, failOn: 'error' })
      .rotate()
      .resize({ width: MEDIA_MAX_WIDTH, height: MEDIA_MAX_HEIGHT, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb');
    master = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  } catch {
    throw new MediaError('That image is damaged or incomplete. Try saving it again, or choose another.');
  }
  const { width, height, channels } = master.info;
  const raw = { width, height, channels: channels as 1 | 2 | 3 | 4 };
  // Every variant from the decoded master; sharp runs them on the libuv pool side by side.
  const variants = await Promise.all(
    variantWidths(width).map(async (w): Promise<ImageVariant> => {
      const out = await sharp(master.data, { raw })
        .resize({ width: w })
        .webp({ quality: WEBP_QUALITY, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      return { name: variantName(w), contentType: 'image/webp', width: out.info.width, height: out.info.height, data: out.data };
    }),
  );
  return { hash: contentHash(input), sourceFormat: inspected.format, width, height, variants };
}
