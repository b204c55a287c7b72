// Where UnrolledChain's scroller goes as the cursor moves: keep the current cell and a neighbour on each side in
// view (centred the first time), gliding for a short move and jumping for the first placement or a long jump.
// While playing it scrolls further ahead than it must, so a fast playback scrolls once every few steps rather than
// on every step (each scroll makes the browser lay the page out there and then).
import { scrollToShow } from './unrolled-chain.js';

/** How many seconds of playback the scroller leaves room for ahead of the cursor when it has to move. */
export const PLAY_LEAD_SECONDS = 0.5;

/** What the scroller knows at a move. */
export interface ChainScrollInput {
  /** Left edge and width of the current cell, and the distance between cells. */
  cellX: number;
  cellWidth: number;
  pitch: number;
  /** The scroller's scroll position and visible width now. */
  from: number;
  view: number;
  /** False until the chain has been placed once (then the cell is centred). */
  placed: boolean;
  /** No gliding (reduced motion). */
  instant: boolean;
  /** Width of the whole chain, to keep the position within what the scroller can reach. @default unbounded */
  extent?: number;
  /** Extra room (px) to leave ahead of the cell when a move has to scroll, e.g. from playLead. @default 0 */
  lead?: number;
}

/** The room to leave ahead of the cursor while playing at `speed` steps per second, in px; 0 when paused. */
export function playLead(playing: boolean, speed: number, pitch: number): number {
  return playing ? Math.max(0, speed) * PLAY_LEAD_SECONDS * pitch : 0;
}

/** The scroll position to go to and whether to glide there (smooth) rather than jump. */
export function chainScroll(input: ChainScrollInput): { left: number; glide: boolean } {
  const {
    cellX,
    cellWidth,
    pitch,
    from,
    view,
    placed,
    instant,
    lead = 0,
    extent = Infinity
  } = input;
  const margin = Math.max(0, placed ? Math.min(pitch, (view - cellWidth) / 2 - 1) : view);
  let left = scrollToShow(cellX, cellWidth, from, view, margin);
  if (placed && lead > 0 && left !== from) {
    // Never so far that the cell loses its margin on the side it came from.
    const extra = Math.min(lead, Math.max(0, view - cellWidth - 2 * margin));
    left = left > from ? left + extra : left - extra;
  }
  left = Math.max(0, Math.min(left, extent - view));
  return { left, glide: placed && !instant && Math.abs(left - from) <= view };
}
