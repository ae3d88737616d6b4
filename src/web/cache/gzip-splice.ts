import { constants, crc32, deflateRawSync } from 'node:zlib';

// A page whose only changing part is a short counter can still be served from a
// gzip body compressed once: the fixed prefix ends with a full flush (byte-aligned,
// no references past it), the counter goes in as a stored block, and the suffix
// is compressed on its own, so it never refers back into the counter. The gzip
// trailer (CRC-32 and length) is the only thing computed per request, and even the
// suffix's share of the CRC is worked out once (see crcShift).

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);

export interface SplicedGzip {
  head: Buffer;
  tail: Buffer;
  prefixCrc: number;
  prefixLength: number;
  suffixLength: number;
  suffixCrc: number;
  /** the CRC-32 operator "append suffixLength zero bytes", as 32 columns over GF(2) */
  shift: Uint32Array;
}

function gf2Times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i]!;
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(matrix, matrix[n]!);
}

/** crc32(A + zeros(length)) from crc32(A): zlib's crc32_combine with a zero second part. */
function appendZeros(crc: number, length: number): number {
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let len = length;
  while (len > 0) {
    gf2Square(even, odd);
    if (len & 1) crc = gf2Times(even, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
    gf2Square(odd, even);
    if (len & 1) crc = gf2Times(odd, crc);
    len = Math.floor(len / 2);
  }
  return crc >>> 0;
}

/** The linear map crc(A) → crc(A + zeros(length)), one column per bit. */
function crcShift(length: number): Uint32Array {
  const m = new Uint32Array(32);
  for (let i = 0; i < 32; i++) m[i] = appendZeros((1 << i) >>> 0, length);
  return m;
}

export function prepareSplice(prefix: Buffer, suffix: Buffer, level = 9): SplicedGzip {
  const head = Buffer.concat([GZIP_HEADER, deflateRawSync(prefix, { level, finishFlush: constants.Z_FULL_FLUSH })]);
  const tail = deflateRawSync(suffix, { level });
  return {
    head,
    tail,
    prefixCrc: crc32(prefix),
    prefixLength: prefix.length,
    suffixLength: suffix.length,
    suffixCrc: crc32(suffix),
    shift: crcShift(suffix.length),
  };
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
  return Buffer.concat(splicedGzipParts(parts, middle));
}

/** The same body as pieces, for a socket that writes them in one go without copying. */
export function splicedGzipParts(parts: SplicedGzip, middle: Buffer): Buffer[] {
  // crc(P+M+S) = shift_|S|(crc(P+M)) xor crc(S): CRC-32 is affine, so the suffix is never reread.
  const crc = (gf2Times(parts.shift, crc32(middle, parts.prefixCrc)) ^ parts.suffixCrc) >>> 0;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((parts.prefixLength + middle.length + parts.suffixLength) >>> 0, 4);
  return [parts.head, storedBlock(middle), parts.tail, trailer];
}
