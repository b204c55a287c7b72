// A number in chapter prose that names where it came from: the page prints it in a span carrying its source, and the
// prose test (tests/prose) recomputes the source from the shipped files and compares it with the printed text.
import { formatNorm } from '$lib/geometry/format-norm.js';

/** How a figure is printed. `pctN` is a share as a percentage with N decimals (no % sign); `text` a string as is. */
export type FigureFormat =
  | 'int'
  | 'locale'
  | 'fixed1'
  | 'fixed2'
  | 'fixed3'
  | 'fixed4'
  | 'pct0'
  | 'pct1'
  | 'pct2'
  | 'points'
  | 'norm'
  | 'text';

/** One printed figure: its text and the source it names (see figure-sources.ts for the grammar). */
export interface Figure {
  text: string;
  source: string;
  format: FigureFormat;
}

/** A sentence as pieces: plain text, or a figure that names its source. */
export type Piece = string | Figure;

/** Typographic minus: the prose writes −0.97, not -0.97. */
const minus = (text: string) => text.replace(/^-/, '−');

/** The printed text of a value in a format, e.g. (0.9887, 'fixed3') → "0.989", (0.562, 'pct0') → "56". */
export function formatFigure(value: number | string, format: FigureFormat): string {
  if (typeof value === 'string' || format === 'text') return String(value);
  switch (format) {
    case 'int':
      return minus(String(Math.round(value)));
    case 'locale':
      return minus(value.toLocaleString('en-US'));
    case 'fixed1':
    case 'fixed2':
    case 'fixed3':
    case 'fixed4':
      return minus(value.toFixed(Number(format.slice(5))));
    case 'pct0':
    case 'pct1':
    case 'pct2': {
      const digits = Number(format.slice(3));
      return minus(digits === 0 ? String(Math.round(value * 100)) : (value * 100).toFixed(digits));
    }
    case 'points':
      return minus(String(Math.round(value * 100)));
    case 'norm':
      return formatNorm(value);
  }
}

/** A figure: `value` printed in `format`, naming `source`. */
export function fig(value: number | string, source: string, format: FigureFormat = 'int'): Figure {
  return { text: formatFigure(value, format), source, format };
}

/** The pieces as plain text (for titles, attributes and tests). */
export function plainText(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('');
}
