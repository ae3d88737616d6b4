import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { prepareSplice, spliceGzip } from '../../../src/web/cache/gzip-splice.js';

test('a spliced gzip body decompresses to prefix + middle + suffix, for any middle', () => {
  const prefix = Buffer.from('<html><body><p>Repeated text. '.repeat(200));
  const suffix = Buffer.from('Repeated text again and <p>more</p></body></html>'.repeat(200));
  const parts = prepareSplice(prefix, suffix);
  for (const middle of ['', 'Visited 1 time, 1 visit today', 'Visited 1,265,000 times, 42 visits today', 'x'.repeat(60000)]) {
    const out = gunzipSync(spliceGzip(parts, Buffer.from(middle)));
    assert.equal(out.toString(), prefix.toString() + middle + suffix.toString());
  }
});

test('the suffix never refers back into the middle, even when they share text', () => {
  const prefix = Buffer.from('abc');
  const suffix = Buffer.from('COUNTER COUNTER COUNTER');
  const parts = prepareSplice(prefix, suffix);
  assert.equal(gunzipSync(spliceGzip(parts, Buffer.from('COUNTER'))).toString(), 'abcCOUNTERCOUNTER COUNTER COUNTER');
  assert.equal(gunzipSync(spliceGzip(parts, Buffer.from('zzzzzzz'))).toString(), 'abczzzzzzzCOUNTER COUNTER COUNTER');
});

test('compression still pays: the spliced body is far smaller than the page', () => {
  const prefix = Buffer.from('<p>Footnotes and long-form text about river basins. </p>'.repeat(400));
  const parts = prepareSplice(prefix, prefix);
  const body = spliceGzip(parts, Buffer.from('Visited 12 times'));
  assert.ok(body.length < prefix.length / 10);
});
