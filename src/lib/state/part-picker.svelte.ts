// Pointing at, focusing and pinning the parts of a figure: one tab stop that arrow keys move (a roving tab index),
// a part the pointer or focus shows, and a part a click or Enter pins so that it stays shown when the pointer leaves.
import { indexForKey } from './step-keys.js';

/** The roving focus and the pinned part of a row of parts; `highlight` reports what should be shown. */
export class PartPicker<T> {
  /** The pinned part, if any. */
  pinned: T | undefined = $state();
  /** The index of the part that holds the tab stop (may exceed the count; see tabStop). */
  active = $state(0);
  #highlight: (part: T | undefined) => void;

  /** `highlight` is called with the part to show (the pinned one, or none, when the pointer leaves). */
  constructor(highlight: (part: T | undefined) => void) {
    this.#highlight = highlight;
  }

  /** The index that takes the tab stop among `count` parts. */
  tabStop(count: number): number {
    return Math.min(this.active, Math.max(0, count - 1));
  }

  /** Shows a part the pointer or focus is on. */
  show(part: T): void {
    this.#highlight(part);
  }

  /** Back to the pinned part (or none) when the pointer or focus leaves. */
  leave(): void {
    this.#highlight(this.pinned);
  }

  /** Pins a part, or unpins it when it is already pinned. */
  pin(part: T): void {
    this.pinned = this.pinned === part ? undefined : part;
    this.#highlight(this.pinned ?? part);
  }

  /** Focus came to the part at `index`. */
  focus(index: number, part: T): void {
    this.active = index;
    this.show(part);
  }

  /** Handles a key on the part at `index` of `count`; returns the index to move focus to, if any. */
  key(event: KeyboardEvent, index: number, count: number, part: T): number | undefined {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pin(part);
      return undefined;
    }
    return this.move(event, index, count);
  }

  /** Handles an arrow, Home or End key only (for native buttons, whose Enter and Space already click). */
  move(event: KeyboardEvent, index: number, count: number): number | undefined {
    const next = indexForKey(event.key, index, count);
    if (next === undefined) return undefined;
    event.preventDefault();
    this.active = next;
    return next;
  }
}
