import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { signedScale } from '$lib/geometry/colour.js';
import { base64, crc32, encodePng, pngDataUrl, zlibStored } from '$lib/geometry/png.js';
import {
  colourLookup,
  formatValue,
  leadingValues,
  levelOf,
  stripImage,
  stripPixels,
  stripRendering
} from '$lib/geometry/unit-strip.js';

/** The chunks of a PNG file: type and data. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array; crc: number }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({
      type,
      data: png.subarray(at + 8, at + 8 + length),
      crc: view.getUint32(at + 8 + length)
    });
    at += 12 + length;
  }
  return out;
}

describe('png', () => {
  it('crc32("123456789") is the standard check value 0xCBF43926', () => {
    expect(crc32([...'123456789'].map((c) => c.charCodeAt(0)))).toBe(0xcbf43926);
  });

  it('base64(bytes) matches Node for every padding length', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'ünïcødé']) {
      const bytes = new TextEncoder().encode(text);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('zlibStored(raw) inflates back to raw, across several stored blocks', () => {
    const raw = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 251);
    expect(Buffer.from(inflateSync(zlibStored(raw)))).toEqual(Buffer.from(raw));
  });

  it('encodePng(2, 1, rgb) holds the pixels behind filter bytes, with valid chunk CRCs', () => {
    const rgb = Uint8Array.from([255, 0, 0, 0, 0, 255]);
    const png = encodePng(2, 1, rgb);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found = chunks(png);
    expect(found.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const chunk of found) {
      const typed = [...chunk.type].map((c) => c.charCodeAt(0));
      expect(chunk.crc).toBe(crc32([...typed, ...chunk.data]));
    }
    // IEND's CRC is the same in every PNG file.
    expect(found[2]?.crc).toBe(0xae426082);
    const header = new DataView(found[0]!.data.buffer, found[0]!.data.byteOffset);
    expect([
      header.getUint32(0),
      header.getUint32(4),
      found[0]!.data[8],
      found[0]!.data[9]
    ]).toEqual([2, 1, 8, 2]);
    expect([...inflateSync(found[1]!.data)]).toEqual([0, 255, 0, 0, 0, 0, 255]);
  });

  it('encodePng(w, h, rgb) refuses a buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/2×2×3/);
  });

  it('pngDataUrl(...) is a base64 data URL of the PNG', () => {
    const url = pngDataUrl(1, 1, Uint8Array.from([1, 2, 3]));
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const bytes = Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
    expect([...bytes]).toEqual([...encodePng(1, 1, Uint8Array.from([1, 2, 3]))]);
  });
});

describe('unit strips', () => {
  const lookup = colourLookup(signedScale(2), 2);

  const rgbOf = (css: string) => css.match(/\d+/g)!.map(Number);

  it('colourLookup(scale, 2) holds the scale’s own colours at 0 and at the ends', () => {
    expect(lookup.levels % 2).toBe(1);
    const middle = levelOf(lookup, 0) * 3;
    expect([...lookup.rgb.subarray(middle, middle + 3)]).toEqual(rgbOf(signedScale(2)(0)));
    expect([...lookup.rgb.subarray(0, 3)]).toEqual(rgbOf(signedScale(2)(-2)));
    const last = (lookup.levels - 1) * 3;
    expect([...lookup.rgb.subarray(last, last + 3)]).toEqual(rgbOf(signedScale(2)(2)));
  });

  it('levelOf(lookup, v) clamps beyond ±maxAbs and survives NaN', () => {
    expect(levelOf(lookup, -99)).toBe(0);
    expect(levelOf(lookup, 99)).toBe(lookup.levels - 1);
    expect(levelOf(lookup, Number.NaN)).toBe(0);
  });

  it('stripPixels(values, lookup) gives 3 bytes per unit, coloured by level', () => {
    const pixels = stripPixels([-2, 0, 2], lookup);
    expect(pixels).toHaveLength(9);
    expect([...pixels.subarray(3, 6)]).toEqual(rgbOf(signedScale(2)(0)));
    expect([...pixels.subarray(0, 3)]).not.toEqual([...pixels.subarray(6, 9)]);
  });

  it('stripImage(values, lookup, orientation) is units × 1 or 1 × units', () => {
    const size = (url: string) => {
      const png = Buffer.from(url.split(',')[1]!, 'base64');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(stripImage([0.1, 0.2, 0.3], lookup))).toEqual([3, 1]);
    expect(size(stripImage([0.1, 0.2, 0.3], lookup, 'vertical'))).toEqual([1, 3]);
    expect(size(stripImage([], lookup))).toEqual([1, 1]);
  });

  it('stripRendering(units, px) is crisp when each unit gets a pixel, smooth when squeezed', () => {
    expect(stripRendering(8, 48)).toBe('pixelated');
    expect(stripRendering(128, 48)).toBe('auto');
  });

  it('formatValue(v) rounds to 2 decimals with a true minus and no negative zero', () => {
    expect(formatValue(-0.286229)).toBe('−0.29');
    expect(formatValue(0.046036)).toBe('0.05');
    expect(formatValue(-0.001)).toBe('0.00');
  });

  it('leadingValues(values, n) writes the first n and marks the rest', () => {
    expect(leadingValues([0.5, -0.25, 1], 2)).toBe('0.50 −0.25 …');
    expect(leadingValues([0.5], 2)).toBe('0.50');
  });
});
