// The media URL scheme. Every URL says what it points at, so the pure Markdown
// pipeline and the page templates can add srcset, sizes, width and height to an
// image of ours without asking the database:
//
//   /media/i/{hash16}-{W}x{H}/{width}.webp
//
// hash16 is the start of the SHA-256 of the uploaded file, W×H the size of the
// largest stored variant, and the widths that exist follow from W alone (see
// variantWidths). A URL never changes its bytes, so it may be cached for a year.

/** The widths made at upload; an image narrower than a step gets its own width instead. */
export const MEDIA_WIDTHS = [480, 960, 1600] as const;
/** The largest stored variant: wider uploads are scaled down to this. */
export const MEDIA_MAX_WIDTH = 1600;
/** Tall images (infographics, scans) are scaled to fit this height; WebP cannot exceed 16383 px. */
export const MEDIA_MAX_HEIGHT = 4800;
/** A step smaller than this share of W would look the same as W itself, so it is not made. */
const STEP_RATIO = 0.85;
/** The variant a Markdown body or a cover refers to; the browser picks from srcset anyway. */
const DEFAULT_WIDTH = 960;

export const MEDIA_PATH_PREFIX = '/media/i/';
export const MEDIA_KEY_PATTERN = /^([0-9a-f]{16})-([1-9][0-9]{0,4})x([1-9][0-9]{0,4})$/;
export const MEDIA_FILE_PATTERN = /^([1-9][0-9]{0,4})\.webp$/;
const URL_PATTERN = /^\/media\/i\/([0-9a-f]{16}-[1-9][0-9]{0,4}x[1-9][0-9]{0,4})\/([1-9][0-9]{0,4}\.webp)$/;
/** Our URLs anywhere in a text (Markdown, an absolute URL): for "where is this image used". */
const URL_IN_TEXT = /\/media\/i\/[0-9a-f]{16}-[1-9][0-9]{0,4}x[1-9][0-9]{0,4}\/[1-9][0-9]{0,4}\.webp/g;

export interface MediaUrlParts {
  /** the 16 hex digits in the URL */
  hash: string;
  /** the stored master size */
  width: number;
  height: number;
  /** the variant's name, e.g. "960.webp" */
  variant: string;
  /** the variant's width */
  variantWidth: number;
}

/** The widths stored for an image whose master is W pixels wide, smallest first; the last is W. */
export function variantWidths(masterWidth: number): number[] {
  const steps = MEDIA_WIDTHS.filter((w) => w <= masterWidth * STEP_RATIO);
  return [...steps, masterWidth];
}

export function variantName(width: number): string {
  return `${width}.webp`;
}

export function defaultVariantWidth(masterWidth: number): number {
  return variantWidths(masterWidth).find((w) => w >= DEFAULT_WIDTH) ?? masterWidth;
}

export function mediaKey(hash16: string, width: number, height: number): string {
  return `${hash16}-${width}x${height}`;
}

export function mediaUrl(hash16: string, width: number, height: number, variantWidth = defaultVariantWidth(width)): string {
  return `${MEDIA_PATH_PREFIX}${mediaKey(hash16, width, height)}/${variantName(variantWidth)}`;
}

/** The parts of one key and file name (the two path segments after /media/i/), or undefined if we never make such a name. */
export function parseMediaKey(key: string, file: string): MediaUrlParts | undefined {
  const k = MEDIA_KEY_PATTERN.exec(key);
  const f = MEDIA_FILE_PATTERN.exec(file);
  if (!k || !f) return undefined;
  const width = Number(k[2]);
  const height = Number(k[3]);
  const variantWidth = Number(f[1]);
  if (width > MEDIA_MAX_WIDTH || height > MEDIA_MAX_HEIGHT) return undefined;
  if (!variantWidths(width).includes(variantWidth)) return undefined;
  return { hash: k[1] as string, width, height, variant: file, variantWidth };
}

/** `/media/i/{hash16}-{W}x{H}/{width}.webp` → its parts; anything else (other hosts, queries, odd widths) → undefined. */
export function parseMediaUrl(url: string): MediaUrlParts | undefined {
  const m = URL_PATTERN.exec(url);
  if (!m) return undefined;
  return parseMediaKey(m[1] as string, m[2] as string);
}

/** Every distinct image of ours a text refers to, in order of first mention. */
export function findMediaUrls(text: string): MediaUrlParts[] {
  const seen = new Set<string>();
  const found: MediaUrlParts[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const parts = parseMediaUrl(match[0]);
    if (!parts) continue;
    const key = mediaKey(parts.hash, parts.width, parts.height);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(parts);
  }
  return found;
}

/** Where an image is shown, for `sizes`: the reading column, or the wider article header. */
export type ImageSlot = 'body' | 'cover';

// The CSS widths of the slots (site.css): the reading column is at most ~40rem,
// the article (and its cover) at most 46rem; below that both take the viewport.
const SLOT_PX: Record<ImageSlot, { px: number; breakpoint: string }> = {
  body: { px: 640, breakpoint: '42rem' },
  cover: { px: 736, breakpoint: '48rem' },
};

export interface ResponsiveImage {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
}

/** srcset, sizes and the intrinsic size of one of our images, for an `<img>`; undefined for any other URL. */
export function responsiveImage(url: string, slot: ImageSlot): ResponsiveImage | undefined {
  const parts = parseMediaUrl(url);
  if (!parts) return undefined;
  const { hash, width, height } = parts;
  const srcset = variantWidths(width)
    .map((w) => `${mediaUrl(hash, width, height, w)} ${w}w`)
    .join(', ');
  const { px, breakpoint } = SLOT_PX[slot];
  // An image narrower than the slot is shown at its own width, never stretched (img { max-width: 100% }).
  const shown = Math.min(px, width);
  return { src: url, srcset, sizes: `(min-width: ${breakpoint}) ${shown}px, 100vw`, width, height };
}
