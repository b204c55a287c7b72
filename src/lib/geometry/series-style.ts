// How lines of several series tell apart: a colour-blind-safe colour, a dash pattern and a marker shape each,
// so that colour is never the only cue.
import { rgb } from 'd3-color';
import { schemeTableau10 } from 'd3-scale-chromatic';

/** The look of one series in a line chart. */
export interface SeriesStyle {
  /** Stroke colour. */
  colour: string;
  /** SVG stroke-dasharray ('' for solid). */
  dash: string;
  /** Point marker shape. */
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}

function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two CSS colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// The default theme's light and dark backgrounds (theme.css): a line must stand out on both.
const BACKGROUNDS = ['#ffffff', '#14161b'];

/** Tableau 10 colours with at least 3:1 contrast (WCAG non-text) on both default theme backgrounds. */
export const SERIES_COLOURS: readonly string[] = schemeTableau10.filter((colour) =>
  BACKGROUNDS.every((background) => contrastRatio(colour, background) >= 3)
);

const DASHES = ['', '7 4', '2 3', '9 3 2 3'];
const MARKERS: SeriesStyle['marker'][] = ['circle', 'square', 'triangle', 'diamond'];

/** The style of the i-th series; colour, dash and marker cycle independently, so neighbours differ in all three. */
export function seriesStyle(index: number): SeriesStyle {
  const i = Math.max(0, Math.floor(index));
  return {
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
    dash: DASHES[i % DASHES.length]!,
    marker: MARKERS[i % MARKERS.length]!
  };
}

/** SVG path data for a marker of `size` centred at (x, y). */
export function markerPath(marker: SeriesStyle['marker'], x: number, y: number, size = 4): string {
  const s = size;
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (marker) {
    case 'square':
      return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - s * 1.2)}L${f(x + s * 1.1)},${f(y + s * 0.9)}L${f(x - s * 1.1)},${f(y + s * 0.9)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - s * 1.3)}L${f(x + s * 1.1)},${f(y)}L${f(x)},${f(y + s * 1.3)}L${f(x - s * 1.1)},${f(y)}Z`;
    default:
      return `M${f(x - s)},${f(y)}a${f(s)},${f(s)} 0 1,0 ${f(2 * s)},0a${f(s)},${f(s)} 0 1,0 ${f(-2 * s)},0`;
  }
}
