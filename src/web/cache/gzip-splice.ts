import { constants, crc32, deflateRawSync } from 'node:zlib';

// A page whose only changing part is a short counter can still be served from a
// gzip body compressed once: the fixed prefix ends with a full flush (byte-aligned,
// no references past it), the counter goes in as a stored block, and the suffix
// is compressed on its own, so it never refers back into the counter. The gzip
// trailer (CRC-32 and length) is the only thing computed per request.

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);

export interface SplicedGzip {
  head: Buffer;
  tail: Buffer;
  prefixCrc: number;
  prefixLength: number;
  suffix: Buffer;
}

export function prepareSplice(prefix: Buffer, suffix: Buffer, level = 9): SplicedGzip {
  const head = Buffer.concat([GZIP_HEADER, deflateRawSync(prefix, { level, finishFlush: constants.Z_FULL_FLUSH })]);
  const tail = deflateRawSync(suffix, { level });
  return { head, tail, prefixCrc: crc32(prefix), prefixLength: prefix.length, suffix };
}

function storedBlock(data: Buffer): Buffer {
  if (data.length > 0xffff) throw new RangeError('spliced part too large for one stored block');
  const block = Buffer.alloc(5 + data.length);
  block[0] = 0x00; // BFINAL=0, BTYPE=00 (stored); the flush left us byte-aligned
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/** The complete gzip body of prefix + middle + suffix. */
export function spliceGzip(parts: SplicedGzip, middle: Buffer): Buffer {
  const crc = crc32(parts.suffix, crc32(middle, parts.prefixCrc));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((parts.prefixLength + middle.length + parts.suffix.length) >>> 0, 4);
  return Buffer.concat([parts.head, storedBlock(middle), parts.tail, trailer]);
}
