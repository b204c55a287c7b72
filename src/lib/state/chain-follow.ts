// How UnrolledChain's scroller follows the cursor: where it is (or is gliding to), whether it has been placed yet,
// and the scrollTo call chainScroll asks for. Plain state, not runes: none of it is drawn.
import { chainScroll, type ChainScrollInput } from '../geometry/layout/chain-scroll.js';

/** Where a scrollTo goes and how. */
export interface ScrollTarget {
  left: number;
  behavior: ScrollBehavior;
}

/** The scroller's position as the chain knows it, kept from scroll events so a move never reads layout. */
export class ChainFollow {
  #from = 0;
  #placed = false;
  #gliding = false;
  // While a glide of ours runs, the position is where it is going, not where it has got to: otherwise a fast
  // playback would find the cell not yet in view on every frame of the glide and start it again. Only where
  // `scrollend` says when the glide is over; elsewhere every scroll event moves the position, as before.
  readonly #ends: boolean;

  constructor(ends = typeof window !== 'undefined' && 'onscrollend' in window) {
    this.#ends = ends;
  }

  /** A new scroller, at the position the browser gave it. */
  reset(left: number): void {
    this.#from = left;
  }

  /** The scrollTo to make for the cursor's cell, or undefined when the scroller can stay. */
  move(input: Omit<ChainScrollInput, 'from' | 'placed'>): ScrollTarget | undefined {
    const { left, glide } = chainScroll({ ...input, from: this.#from, placed: this.#placed });
    this.#placed = true;
    if (Math.abs(left - this.#from) < 1) return undefined;
    this.#gliding = glide && this.#ends;
    if (this.#gliding) this.#from = left;
    return { left, behavior: glide ? 'smooth' : 'instant' };
  }

  /** A scroll event: the reader's own scrolling, or a jump of ours landing. */
  scrolled(left: number): void {
    if (!this.#gliding) this.#from = left;
  }

  /** A scrollend event: whatever moved the scroller has stopped. */
  ended(left: number): void {
    this.#gliding = false;
    this.#from = left;
  }
}
