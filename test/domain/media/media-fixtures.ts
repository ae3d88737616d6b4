import { crc32 } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

// Images for the media tests, made here with sharp: no binary fixtures in the repository.

/** A photo-like picture: a soft gradient with grain, so the encoders have real work to do. */
export async function photo(width: number, height: number, seed = 1): Promise<Sharp> {
  const grain = await sharp({ create: { width, height, channels: 3, background: { r: 90 + seed, g: 120, b: 150 }, noise: { type: 'gaussian', mean: 110 + seed, sigma: 40 } } })
    .blur(1.2)
    .raw()
    .toBuffer();
  return sharp(grain, { raw: { width, height, channels: 3 } });
}

export const EXIF_ARTIST = 'Hidden Photographer';
export const EXIF_DESCRIPTION = 'Taken at 51.5074 N, 0.1278 W';

/** A JPEG carrying EXIF (artist, copyright, a description with a position) and an orientation tag. */
export async function jpegWithExif(width = 1200, height = 800, orientation?: number): Promise<Buffer> {
  return (await photo(width, height))
    .jpeg({ quality: 90 })
    .withMetadata({
      ...(orientation ? { orientation } : {}),
      exif: { IFD0: { Artist: EXIF_ARTIST, Copyright: 'All rights reserved by the tests', ImageDescription: EXIF_DESCRIPTION } },
    })
    .toBuffer();
}

export async function pngWithAlpha(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } }).png().toBuffer();
}

export async function webp(width = 900, height = 600, seed = 2): Promise<Buffer> {
  return (await photo(width, height, seed)).webp({ quality: 85 }).toBuffer();
}

export async function gif(width = 320, height = 240): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 160, b: 90 } } }).gif().toBuffer();
}

export async function tiff(width = 200, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 1, g: 2, b: 3 } } }).tiff().toBuffer();
}

export const svg = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><script>alert(1)</script><rect width="200" height="200" fill="red"/></svg>',
);

export const textPretendingToBeJpeg = Buffer.from('These are meeting notes, saved with a .jpg name by mistake.\n'.repeat(20));

/**
 * A decompression bomb: a real, tiny PNG whose header claims 60,000 × 60,000 pixels (3.6 gigapixels).
 * The IHDR chunk is rewritten with its CRC, so decoders believe the header.
 */
export async function pngBomb(side = 60_000): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 64, height: 64, channels: 3, background: '#000' } }).png().toBuffer());
  // signature (8) | length (4) | "IHDR" (4) | width (4) | height (4) | ... | crc over type+data
  png.writeUInt32BE(side, 16);
  png.writeUInt32BE(side, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}
