// A vector of unit values drawn as one small picture: each unit one pixel, coloured by a scale, stretched by the view.
import { color } from 'd3-color';
import { format } from 'd3-format';
import type { ColourScale } from './colour.js';

/**
 * A picture as RGB bytes, row by row, painted straight onto a canvas by the views: no image URL, so a page whose
 * Content-Security-Policy allows neither data: nor blob: images still shows it.
 */
export interface Pixels {
  /** Columns. */
  width: number;
  /** Rows. */
  height: number;
  /** 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
}

/** A scale sampled into a table of RGB bytes, so thousands of values are coloured without parsing a CSS colour each. */
export interface ColourLookup {
  /** RGB bytes, 3 per level, from -maxAbs (first) to +maxAbs (last). */
  rgb: Uint8Array;
  /** Number of levels (odd, so that 0 has a level of its own). */
  levels: number;
  /** The value of the last level; values beyond ±maxAbs take the end colours. */
  maxAbs: number;
}

/** Samples a symmetric scale at `levels` evenly spaced values in [-maxAbs, maxAbs]. */
export function colourLookup(scale: ColourScale, maxAbs: number, levels = 255): ColourLookup {
  const extent = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  const count = levels % 2 === 1 ? levels : levels + 1;
  const rgb = new Uint8Array(count * 3);
  for (let level = 0; level < count; level++) {
    const value = -extent + (2 * extent * level) / (count - 1);
    const parsed = color(scale(value))?.rgb();
    rgb[level * 3] = parsed ? Math.round(parsed.r) : 0;
    rgb[level * 3 + 1] = parsed ? Math.round(parsed.g) : 0;
    rgb[level * 3 + 2] = parsed ? Math.round(parsed.b) : 0;
  }
  return { rgb, levels: count, maxAbs: extent };
}

/** The level of a value in a lookup (nearest, clamped to the ends). */
export function levelOf(lookup: ColourLookup, value: number): number {
  const t = (value + lookup.maxAbs) / (2 * lookup.maxAbs);
  const level = Math.round(t * (lookup.levels - 1));
  return Math.min(lookup.levels - 1, Math.max(0, Number.isFinite(level) ? level : 0));
}

/** The RGB bytes of a vector, one pixel per unit. */
export function stripPixels(values: ArrayLike<number>, lookup: ColourLookup): Uint8Array {
  const pixels = new Uint8Array(values.length * 3);
  const { rgb } = lookup;
  for (let i = 0; i < values.length; i++) {
    // Byte by byte: a subarray per unit would make tens of thousands of short-lived views.
    const at = levelOf(lookup, values[i]!) * 3;
    pixels[i * 3] = rgb[at]!;
    pixels[i * 3 + 1] = rgb[at + 1]!;
    pixels[i * 3 + 2] = rgb[at + 2]!;
  }
  return pixels;
}

/** A vector as a 1-pixel-thick picture: units left to right, or top to bottom when vertical. */
export function stripImage(
  values: ArrayLike<number>,
  lookup: ColourLookup,
  orientation: 'horizontal' | 'vertical' = 'horizontal'
): Pixels {
  const length = Math.max(1, values.length);
  const rgb = values.length > 0 ? stripPixels(values, lookup) : new Uint8Array(3);
  return orientation === 'horizontal'
    ? { width: length, height: 1, rgb }
    : { width: 1, height: length, rgb };
}

/** How a strip should be scaled: crisp blocks when each unit gets at least a pixel, smooth averaging when squeezed. */
export function stripRendering(units: number, lengthPx: number): 'pixelated' | 'auto' {
  return units <= lengthPx ? 'pixelated' : 'auto';
}

const twoDecimals = format('.2f');

/** A unit value as shown in figures: 2 decimals, a true minus sign, no "-0.00". */
export function formatValue(value: number): string {
  return twoDecimals(value);
}

/** The first `count` values formatted, with "…" when there are more. */
export function leadingValues(values: ArrayLike<number>, count: number): string {
  const shown = Array.from({ length: Math.min(count, values.length) }, (_, i) =>
    formatValue(values[i]!)
  );
  return values.length > count ? `${shown.join(' ')} …` : shown.join(' ');
}
