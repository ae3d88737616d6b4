import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  defaultVariantWidth,
  findMediaUrls,
  mediaUrl,
  parseMediaKey,
  parseMediaUrl,
  responsiveImage,
  variantWidths,
} from '../../../src/domain/media/media-urls.js';

const H16 = '0123456789abcdef';

describe('media URLs', () => {
  test('the widths that exist follow from the master width alone', () => {
    assert.deepEqual(variantWidths(1600), [480, 960, 1600]);
    assert.deepEqual(variantWidths(1200), [480, 960, 1200]);
    // A step within 15% of the master would be the same picture again.
    assert.deepEqual(variantWidths(1000), [480, 1000]);
    assert.deepEqual(variantWidths(500), [500]);
    assert.deepEqual(variantWidths(16), [16]);
    assert.equal(defaultVariantWidth(1600), 960);
    assert.equal(defaultVariantWidth(1000), 1000);
    assert.equal(defaultVariantWidth(300), 300);
  });

  test('a URL of ours parses back into its parts', () => {
    const url = mediaUrl(H16, 1600, 1067);
    assert.equal(url, `/media/i/${H16}-1600x1067/960.webp`);
    assert.deepEqual(parseMediaUrl(url), { hash: H16, width: 1600, height: 1067, variant: '960.webp', variantWidth: 960 });
    assert.deepEqual(parseMediaUrl(`/media/i/${H16}-500x400/500.webp`)?.variantWidth, 500);
  });

  test('anything we never generate is not ours', () => {
    const bad = [
      `/media/i/${H16}-1600x1067/700.webp`, // not a step of this image
      `/media/i/${H16}-1000x800/960.webp`, // 960 is not made for a 1000 px master
      `/media/i/${H16}-3200x2000/1600.webp`, // masters are at most 1600 wide
      `/media/i/${H16}-1600x9000/960.webp`, // or 4800 high
      `/media/i/${H16}-1600x1067/960.jpg`,
      `/media/i/${H16}-1600x1067/0960.webp`,
      `/media/i/${H16.toUpperCase()}-1600x1067/960.webp`,
      `/media/i/${H16}-1600x1067/960.webp?x=1`,
      `/media/i/${H16}-1600x1067/../960.webp`,
      `https://elsewhere.example/media/i/${H16}-1600x1067/960.webp`,
      `//elsewhere.example/media/i/${H16}-1600x1067/960.webp`,
      `/media/i/${H16.slice(1)}-1600x1067/960.webp`,
      `/media/i/${H16}-0x1067/960.webp`,
      '',
      'javascript:alert(1)',
    ];
    for (const url of bad) assert.equal(parseMediaUrl(url), undefined, url);
    assert.equal(parseMediaKey(`${H16}-1600x1067`, '%2e%2e'), undefined);
    assert.equal(parseMediaKey('x'.repeat(200), '960.webp'), undefined);
  });

  test('responsive markup: every stored width in srcset, the slot in sizes, the intrinsic size', () => {
    const image = responsiveImage(`/media/i/${H16}-1600x1067/960.webp`, 'body');
    assert.deepEqual(image, {
      src: `/media/i/${H16}-1600x1067/960.webp`,
      srcset: `/media/i/${H16}-1600x1067/480.webp 480w, /media/i/${H16}-1600x1067/960.webp 960w, /media/i/${H16}-1600x1067/1600.webp 1600w`,
      sizes: '(min-width: 42rem) 640px, 100vw',
      width: 1600,
      height: 1067,
    });
    // A small image is never announced wider than it is.
    assert.equal(responsiveImage(`/media/i/${H16}-300x200/300.webp`, 'cover')?.sizes, '(min-width: 48rem) 300px, 100vw');
    assert.equal(responsiveImage('https://example.org/photo.jpg', 'cover'), undefined);
  });

  test('every distinct image a text mentions, once each, in order', () => {
    const other = 'fedcba9876543210';
    const text = [
      `![one](/media/i/${H16}-1600x1067/960.webp) and again ![one](/media/i/${H16}-1600x1067/480.webp)`,
      `[a link](https://journal.example/media/i/${other}-800x600/800.webp)`,
      `not ours: /media/i/${H16}-1600x1067/123.webp and /media/avatars/1-${H16}.webp`,
    ].join('\n');
    assert.deepEqual(
      findMediaUrls(text).map((p) => `${p.hash}-${p.width}x${p.height}`),
      [`${H16}-1600x1067`, `${other}-800x600`],
    );
  });
});
