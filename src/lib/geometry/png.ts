// A tiny PNG writer (RGB, 8 bits, uncompressed deflate) so a strip of unit colours can be one <image> instead of
// hundreds of <rect>s, and still be saved inside an exported SVG. Format: PNG spec (W3C, 2003), RFC 1950/1951.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Deflate's stored blocks hold at most 65 535 bytes each (RFC 1951, 3.2.4).
const STORED_BLOCK = 0xffff;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, the one PNG chunks carry) of some bytes. */
export function crc32(bytes: ArrayLike<number>): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // Sums up to 5552 bytes before taking the modulo, as zlib does (its NMAX keeps b within 32 bits).
  for (let from = 0; from < bytes.length; from += 5552) {
    const to = Math.min(bytes.length, from + 5552);
    for (let i = from; i < to; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** A zlib stream of stored (uncompressed) deflate blocks: valid everywhere, and fast to write for tiny images. */
export function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / STORED_BLOCK));
  const out = new Uint8Array(2 + blocks * 5 + raw.length + 4);
  out[0] = 0x78; // deflate, 32K window
  out[1] = 0x01; // fastest; (0x78 << 8 | 0x01) is a multiple of 31 as RFC 1950 asks
  let at = 2;
  for (let block = 0; block < blocks; block++) {
    const from = block * STORED_BLOCK;
    const length = Math.min(STORED_BLOCK, raw.length - from);
    out[at++] = block === blocks - 1 ? 1 : 0;
    out[at++] = length & 0xff;
    out[at++] = length >>> 8;
    out[at++] = ~length & 0xff;
    out[at++] = (~length >>> 8) & 0xff;
    out.set(raw.subarray(from, from + length), at);
    at += length;
  }
  out.set(uint32(adler32(raw)), at);
  return out;
}

// Writes one chunk (length, type, data, CRC of type + data) at `at`; returns where the next one starts.
function writeChunk(out: Uint8Array, at: number, type: string, data: Uint8Array): number {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(at, data.length);
  for (let i = 0; i < 4; i++) out[at + 4 + i] = type.charCodeAt(i);
  out.set(data, at + 8);
  view.setUint32(at + 8 + data.length, crc32(out.subarray(at + 4, at + 8 + data.length)));
  return at + 12 + data.length;
}

/** The bytes of a PNG image from RGB pixels (3 bytes each, row by row). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  if (rgb.length !== width * height * 3) {
    throw new Error(`Expected ${width}×${height}×3 bytes of RGB, got ${rgb.length}.`);
  }
  const stride = width * 3;
  const raw = new Uint8Array(height * (stride + 1));
  for (let row = 0; row < height; row++) {
    // Filter type 0 (none) in front of every scanline.
    raw.set(rgb.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  const header = Uint8Array.from([...uint32(width), ...uint32(height), 8, 2, 0, 0, 0]);
  const idat = zlibStored(raw);
  const out = new Uint8Array(SIGNATURE.length + 12 * 3 + header.length + idat.length);
  out.set(SIGNATURE);
  let at = writeChunk(out, SIGNATURE.length, 'IHDR', header);
  at = writeChunk(out, at, 'IDAT', idat);
  writeChunk(out, at, 'IEND', new Uint8Array(0));
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648, with padding) of some bytes. */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64[(triple >>> 18) & 63]! + BASE64[(triple >>> 12) & 63]!;
    out += b === undefined ? '=' : BASE64[(triple >>> 6) & 63]!;
    out += c === undefined ? '=' : BASE64[triple & 63]!;
  }
  return out;
}

/** A data: URL of a PNG image from RGB pixels. */
export function pngDataUrl(width: number, height: number, rgb: Uint8Array): string {
  return `data:image/png;base64,${base64(encodePng(width, height, rgb))}`;
}
