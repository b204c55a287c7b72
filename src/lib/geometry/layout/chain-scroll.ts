// Where UnrolledChain's scroller goes as the cursor moves: keep the current cell and a neighbour on each side in
// view (centred the first time), gliding for a short move and jumping for the first placement or a long jump.
import { scrollToShow } from './unrolled-chain.js';

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
}

/** The scroll position to go to and whether to glide there (smooth) rather than jump. */
export function chainScroll(input: ChainScrollInput): { left: number; glide: boolean } {
  const { cellX, cellWidth, pitch, from, view, placed, instant } = input;
  const margin = placed ? Math.min(pitch, (view - cellWidth) / 2 - 1) : view;
  const left = scrollToShow(cellX, cellWidth, from, view, Math.max(0, margin));
  return { left, glide: placed && !instant && Math.abs(left - from) <= view };
}
