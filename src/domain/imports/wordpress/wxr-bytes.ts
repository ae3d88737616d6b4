// Byte-level helpers of the WXR reader: UTF-8 validity across chunk boundaries and the
// encoding an XML declaration names (only UTF-8, or pure ASCII under another name, is read).
import { isUtf8 } from 'node:buffer';

/** The first byte offset at which `buf` stops being valid UTF-8 (only called once it is known not to be). */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > buf.length || !isUtf8(buf.subarray(i, i + len))) return i;
    i += len;
  }
  return buf.length;
}

/** Bytes at the end of `buf` that begin a UTF-8 sequence the next chunk completes. */
export function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}

export const DECLARED_ENCODING = /^\uFEFF?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;
export const UTF8_NAMES = new Set(['utf-8', 'utf8']);
export const SLICE = 65_536;
