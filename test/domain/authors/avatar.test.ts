import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { AVATAR_FILE_PATTERN, AVATAR_MAX_BYTES, AvatarError, avatarFileName, inspectAvatar, processAvatar } from '../../../src/domain/authors/avatar.js';

// Fixtures are drawn here with sharp, not stored: a few coloured rectangles in each format.

function canvas(width: number, height: number, colour = { r: 170, g: 40, b: 40 }) {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

describe('avatar processing', () => {
  test('jpeg, png, webp and gif are accepted by their content and become a 400×400 webp', async () => {
    const inputs: Array<[string, Buffer]> = [
      ['jpeg', await canvas(640, 480).jpeg().toBuffer()],
      ['png', await canvas(300, 900).png().toBuffer()],
      ['webp', await canvas(500, 500).webp().toBuffer()],
      ['gif', await canvas(120, 80).gif().toBuffer()],
    ];
    for (const [format, input] of inputs) {
      const out = await processAvatar(input);
      assert.equal(out.sourceFormat, format);
      const meta = await sharp(out.data).metadata();
      assert.equal(meta.format, 'webp', format);
      assert.equal(meta.width, 400);
      assert.equal(meta.height, 400);
      assert.match(out.hash, /^[0-9a-f]{16}$/);
    }
  });

  test('EXIF and other metadata do not survive; the orientation is applied first', async () => {
    // 600×300 stored, orientation 6 ("rotate 90° to display"), with a camera and GPS-like comment.
    const input = await canvas(600, 300)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'Examplecam', ImageDescription: 'taken at 51.5N 0.1W' } })
      .toBuffer();
    const before = await sharp(input).metadata();
    assert.ok(before.exif, 'the fixture carries EXIF');
    assert.equal(before.orientation, 6);
    const out = await processAvatar(input);
    const meta = await sharp(out.data).metadata();
    assert.equal(meta.exif, undefined);
    assert.equal(meta.icc, undefined);
    assert.equal(meta.xmp, undefined);
    assert.equal(meta.orientation, undefined);
    assert.equal(out.data.includes(Buffer.from('Examplecam')), false);
  });

  test('the declared name or type is irrelevant: text, SVG, TIFF and truncated images are refused with a message', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>');
    const tiff = await canvas(100, 100).tiff().toBuffer();
    const png = await canvas(200, 200).png().toBuffer();
    const cases: Array<[string, Buffer, RegExp]> = [
      ['empty', Buffer.alloc(0), /empty/],
      ['text', Buffer.from('GIF89a but really just text pretending'), /not an image we can read|damaged/],
      ['svg', svg, /format is not accepted/],
      ['tiff', tiff, /format is not accepted/],
      ['truncated png', png.subarray(0, 60), /not an image we can read|damaged/],
    ];
    for (const [label, input, message] of cases) {
      await assert.rejects(processAvatar(input), (err: unknown) => {
        assert.ok(err instanceof AvatarError, label);
        assert.match(err.message, message, label);
        assert.equal(err.fields.avatar, err.message);
        return true;
      });
    }
  });

  test('size limits: over 2 MB, too small, too many pixels', async () => {
    await assert.rejects(processAvatar(Buffer.alloc(AVATAR_MAX_BYTES + 1, 1)), /larger than 2 MB/);
    await assert.rejects(inspectAvatar(await canvas(20, 20).png().toBuffer()), /too small/);
    // 9000×9000 of one colour compresses to a few kilobytes: the decompression bomb case.
    const bomb = await canvas(9000, 9000).png({ compressionLevel: 9 }).toBuffer();
    assert.ok(bomb.length < AVATAR_MAX_BYTES);
    await assert.rejects(inspectAvatar(bomb), /too many pixels|not an image we can read/);
  });

  test('file names are <authorId>-<hash>.webp and nothing else matches the pattern', () => {
    const name = avatarFileName(42, '0123456789abcdef');
    assert.equal(name, '42-0123456789abcdef.webp');
    assert.match(name, AVATAR_FILE_PATTERN);
    for (const bad of ['../42-0123456789abcdef.webp', '42-0123456789abcdef.webp.html', '0-0123456789abcdef.webp', '42-0123456789ABCDEF.webp', '42-xyz.webp']) {
      assert.doesNotMatch(bad, AVATAR_FILE_PATTERN, bad);
    }
  });
});
