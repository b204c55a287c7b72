// The start every figure's view class shares: it reads the component's props through a getter, so the view follows
// them, and (for figures on a cursor) the shared playback cursor. The base constructor stores both before a
// subclass's fields are initialised, so a subclass's $derived fields may read them directly.
import type { PlaybackState } from './playback.svelte.js';

/** A view over a component's props. */
export abstract class PropsView<P> {
  readonly #input: () => P;

  /** `input` reads the component's props (so the view follows them). */
  constructor(input: () => P) {
    this.#input = input;
  }

  /** The component's props as they are now. */
  protected get props(): P {
    return this.#input();
  }
}

/** A view over a component's props and the playback cursor it follows. */
export abstract class CursorView<P> extends PropsView<P> {
  /** The cursor the figure follows. */
  readonly playback: PlaybackState;

  /** `input` reads the component's props; `playback` is the cursor. */
  constructor(input: () => P, playback: PlaybackState) {
    super(input);
    this.playback = playback;
  }

  /** The cursor's step as it is now. */
  protected get step(): number {
    return this.playback.step;
  }
}
