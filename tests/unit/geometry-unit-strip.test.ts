import { describe, expect, it } from 'vitest';
import { signedScale } from '$lib/geometry/colour.js';
import {
  colourLookup,
  formatValue,
  leadingValues,
  levelOf,
  stripImage,
  stripPixels,
  stripRendering
} from '$lib/geometry/unit-strip.js';

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
    const size = ({ width, height, rgb }: { width: number; height: number; rgb: Uint8Array }) => {
      expect(rgb).toHaveLength(width * height * 3);
      return [width, height];
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
