// Colour scales for states and gates: colour-blind-safe schemes from ColorBrewer and viridis, via d3.
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolateCividis, interpolatePuOr, interpolateViridis } from 'd3-scale-chromatic';
import { color } from 'd3-color';

/** A value → CSS colour function. */
export type ColourScale = (value: number) => string;

/** Signed values (h, c, candidate): orange for negative, white at 0, purple for positive (PuOr, colour-blind safe), symmetric around 0. */
export function signedScale(maxAbs: number): ColourScale {
  const extent = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  // d3's PuOr runs purple (0) → orange (1); flipped, positive values get the darker purple end.
  const scale = scaleDiverging((t: number) => interpolatePuOr(1 - t))
    .domain([-extent, 0, extent])
    .clamp(true);
  return (value) => scale(value);
}

/** Gate activations in [0, 1]: viridis (perceptually uniform, colour-blind safe), dark = closed, bright = open. */
export function gateScale(): ColourScale {
  const scale = scaleSequential(interpolateViridis).domain([0, 1]).clamp(true);
  return (value) => scale(value);
}

/** The largest absolute value in a list of number arrays (for a symmetric signed scale). */
export function maxAbsOf(rows: Iterable<ArrayLike<number>>): number {
  let max = 0;
  for (const row of rows)
    for (let i = 0; i < row.length; i++) max = Math.max(max, Math.abs(row[i]!));
  return max;
}

/** Black or white, whichever reads better on a background colour (WCAG relative luminance). */
export function textOn(background: string): '#000' | '#fff' {
  const rgb = color(background)?.rgb();
  if (!rgb) return '#000';
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(rgb.r) + 0.7152 * channel(rgb.g) + 0.0722 * channel(rgb.b);
  // Contrast with black vs white: (L + 0.05) / 0.05 vs 1.05 / (L + 0.05).
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

/** Evenly spaced stops of a scale between lo and hi, for a gradient legend. */
export function legendStops(
  scale: ColourScale,
  lo: number,
  hi: number,
  count = 9
): { offset: number; colour: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const t = i / (count - 1);
    return { offset: t, colour: scale(lo + t * (hi - lo)) };
  });
}

/** Accuracies in [0, 1]: cividis (made for colour-vision deficiency), dark = wrong, bright = right. */
export function accuracyScale(): ColourScale {
  const scale = scaleSequential(interpolateCividis).domain([0, 1]).clamp(true);
  return (value) => scale(value);
}
