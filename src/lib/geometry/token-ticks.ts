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

/** A token's text for an axis: visible stand-ins for blanks, cut to `max` characters (graphemes) with an ellipsis. */
export function shortLabel(text: string, max = 12): string {
  const shown = displayText(text);
  const characters = Array.from(graphemes().segment(shown), (part) => part.segment);
  return characters.length <= max ? shown : `${characters.slice(0, max - 1).join('')}…`;
}

/** Length in characters of the longest of `labels` (0 for none), to size an axis of rotated labels. */
export function longestLabel(labels: readonly string[]): number {
  return labels.reduce((longest, label) => Math.max(longest, graphemeCount(label)), 0);
}

function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes().segment(text)) count++;
  return count;
}
