import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { inspectImage, MediaError, MEDIA_MAX_BYTES, processImage } from '../../../src/domain/media/image-processing.js';
import { EXIF_ARTIST, gif, jpegWithExif, photo, pngBomb, pngWithAlpha, svg, textPretendingToBeJpeg, tiff, webp } from './media-fixtures.js';

async function refused(data: Buffer, message: RegExp): Promise<void> {
  await assert.rejects(processImage(data), (err: unknown) => {
    assert.ok(err instanceof MediaError, `a MediaError, not ${String(err)}`);
    assert.match(err.message, message);
    assert.equal(err.fields.file, err.message, 'the message is for the file field');
    assert.equal(err.statusCode, 400);
    return true;
  });
}

describe('image processing', () => {
  test('a JPEG with EXIF comes out as WebP widths without any metadata, turned upright', async () => {
    const input = await jpegWithExif(2400, 1600, 6);
    const before = await sharp(input).metadata();
    assert.ok(before.exif && before.exif.length > 100, 'the fixture does carry EXIF');
    assert.ok(input.includes(Buffer.from(EXIF_ARTIST)), 'the fixture carries the artist name');

    const image = await processImage(input);
    assert.equal(image.sourceFormat, 'jpeg');
    assert.match(image.hash, /^[0-9a-f]{64}$/);
    // Orientation 6: a 2400×1600 sensor image is shown 1600×2400, then fits within 1600 wide.
    assert.deepEqual([image.width, image.height], [1600, 2400]);
    assert.deepEqual(image.variants.map((v) => [v.name, v.width, v.height]), [
      ['480.webp', 480, 720],
      ['960.webp', 960, 1440],
      ['1600.webp', 1600, 2400],
    ]);
    for (const v of image.variants) {
      const meta = await sharp(v.data).metadata();
      assert.equal(meta.format, 'webp');
      assert.deepEqual([meta.width, meta.height], [v.width, v.height]);
      assert.equal(meta.exif, undefined, `${v.name} has no EXIF`);
      assert.equal(meta.xmp, undefined, `${v.name} has no XMP`);
      assert.equal(meta.orientation, undefined, `${v.name} needs no orientation tag`);
      assert.ok(!v.data.includes(Buffer.from(EXIF_ARTIST)), `${v.name} does not mention the artist`);
    }
  });

  test('PNG (with transparency), WebP and GIF are accepted; small images are not enlarged', async () => {
    const png = await processImage(await pngWithAlpha(640, 480));
    assert.deepEqual([png.sourceFormat, png.width, png.height, png.variants.map((v) => v.name)], ['png', 640, 480, ['480.webp', '640.webp']]);
    assert.equal((await sharp(png.variants[0]?.data).metadata()).hasAlpha, true, 'transparency survives');
    const w = await processImage(await webp(900, 600));
    assert.deepEqual([w.sourceFormat, w.width, w.height], ['webp', 900, 600]);
    const g = await processImage(await gif(320, 240));
    assert.deepEqual([g.sourceFormat, g.width, g.height, g.variants.length], ['gif', 320, 240, 1]);
  });

  test('a very tall image is scaled to fit the height limit', async () => {
    const tall = await sharp({ create: { width: 1000, height: 12_000, channels: 3, background: '#336699' } }).png().toBuffer();
    const image = await processImage(tall);
    assert.deepEqual([image.width, image.height], [400, 4800]);
  });

  test('the same bytes give the same hash; different bytes a different one', async () => {
    const a = await webp(300, 200, 5);
    const b = await webp(300, 200, 6);
    assert.equal((await processImage(a)).hash, (await processImage(Buffer.from(a))).hash);
    assert.notEqual((await processImage(a)).hash, (await processImage(b)).hash);
  });

  test('what is not a JPEG, PNG, WebP or GIF is refused by its content, whatever its name', async () => {
    await refused(svg, /SVG images are not accepted/);
    await refused(Buffer.from(`\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>`), /SVG images are not accepted/);
    await refused(textPretendingToBeJpeg, /not an image we can read/);
    await refused(await tiff(), /TIFF images are not accepted\. Choose a JPEG, PNG, WebP or GIF image\./);
    await refused(Buffer.alloc(0), /The file is empty/);
    await refused(Buffer.alloc(MEDIA_MAX_BYTES + 1, 0xff), /larger than 10 MB/);
  });

  test('a decompression bomb is refused from its header, before decoding', async () => {
    const bomb = await pngBomb();
    assert.ok(bomb.length < 1000, 'a tiny file');
    const started = performance.now();
    await refused(bomb, /60,000 × 60,000 pixels, more than the 50 megapixels we accept/);
    assert.ok(performance.now() - started < 1000, 'refused without decoding 3.6 gigapixels');
    await assert.rejects(inspectImage(await pngBomb(8000)), /more than the 50 megapixels/);
  });

  test('a truncated JPEG is refused as damaged, and a tiny image as too small', async () => {
    const whole = await jpegWithExif(800, 600);
    await refused(whole.subarray(0, Math.floor(whole.length / 2)), /damaged or incomplete|not an image we can read/);
    await refused(await gif(8, 8), /too small \(8 × 8 pixels\)/);
  });

  test('a 2000 px photo: the WebP widths take well under the time of an upload', async (t) => {
    const input = await (await photo(2000, 1333)).jpeg({ quality: 88 }).toBuffer();
    const started = performance.now();
    const image = await processImage(input);
    const ms = performance.now() - started;
    t.diagnostic(`processImage(2000×1333 JPEG, ${Math.round(input.length / 1024)} KB) → ${image.variants.map((v) => `${v.name} ${Math.round(v.data.length / 1024)} KB`).join(', ')} in ${Math.round(ms)} ms`);
    assert.deepEqual(image.variants.map((v) => v.width), [480, 960, 1600]);
  });
});
