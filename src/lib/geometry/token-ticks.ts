// Token labels along a step axis: which steps get one when there is no room for all, and how long they may be.
import { displayText } from './token-strip.js';

/** Steps that get a label when each step is `spacing` wide and a label needs `room`: every k-th from 0. */
export function thinnedTicks(count: number, spacing: number, room: number): number[] {
  if (count <= 0) return [];
  const every = spacing >= room ? 1 : Math.ceil(room / Math.max(spacing, 1e-9));
  const ticks: number[] = [];
  for (let t = 0; t < count; t += every) ticks.push(t);
  return ticks;
}

// Made on first use: building a Segmenter costs a phone ~100 ms, too much to spend while a page starts.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter =>
  (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

// Printable ASCII and Latin letters up to U+02FF: no character there joins its neighbour into one grapheme (combining
// marks start at U+0300), so such text needs no Segmenter, whose first use costs a page's start-up 10–15 ms.
const ONE_GRAPHEME_EACH = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

/** The graphemes (user-perceived characters) of `text`. */
function graphemesOf(text: string): string[] {
  if (ONE_GRAPHEME_EACH.test(text)) return text.split('');
  return Array.from(graphemes().segment(text), (part) => part.segment);
}

/** A token's text for an axis: visible stand-ins for blanks, cut to `max` characters (graphemes) with an ellipsis. */
export function shortLabel(text: string, max = 12): string {
  const shown = displayText(text);
  const characters = graphemesOf(shown);
  return characters.length <= max ? shown : `${characters.slice(0, max - 1).join('')}…`;
}

/** Length in characters of the longest of `labels` (0 for none), to size an axis of rotated labels. */
export function longestLabel(labels: readonly string[]): number {
  return labels.reduce((longest, label) => Math.max(longest, graphemeCount(label)), 0);
}

function graphemeCount(text: string): number {
  if (ONE_GRAPHEME_EACH.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes().segment(text)) count++;
  return count;
}
