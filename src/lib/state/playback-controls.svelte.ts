// What the playback controls show and do, derived from their tokens and the playback cursor: which moves go nowhere,
// the texts shown and announced, and what each key and button does.
import { untrack } from 'svelte';
import {
  liveMessage,
  playbackKeyAction,
  positionText,
  scrubberText,
  tokenName,
  type ControlKind,
  type PlaybackAction
} from '../geometry/layout/playback-controls.js';
import { CursorView } from './figure-view.js';

/** The props the controls' view depends on. */
export interface PlaybackControlsInput {
  tokens?: readonly { text: string }[];
}

/** The kind of control an event came from: the scrubber and the speed list handle some keys themselves. */
export function controlKind(target: EventTarget | null): ControlKind {
  if (target instanceof HTMLInputElement && target.type === 'range') return 'scrubber';
  if (target instanceof HTMLSelectElement) return 'select';
  if (target instanceof HTMLButtonElement) return 'button';
  return 'other';
}

/** The playback controls' derived state and handlers; the cursor itself is `playback`. */
export class PlaybackControlsView extends CursorView<PlaybackControlsInput> {
  /** The last step's index (0 with no steps). */
  readonly last = $derived(Math.max(0, this.playback.count - 1));
  /** Stepping back or to the first step goes nowhere. */
  readonly atStart = $derived(this.playback.step <= 0);
  /** Stepping forward or to the last step goes nowhere. */
  readonly atEnd = $derived(this.playback.step >= this.last);
  /** There is something to play through. */
  readonly canPlay = $derived(this.playback.count > 1);
  /** The current token's text as shown, or ''. */
  readonly current = $derived(tokenName(this.props.tokens, this.playback.step));
  /** The visible position, e.g. '4 / 15'. */
  readonly position = $derived(positionText(this.playback.step, this.playback.count));
  /** The scrubber's value text. */
  readonly valueText = $derived(
    scrubberText(this.playback.step, this.playback.count, this.props.tokens)
  );
  /** What the polite live region reads. */
  readonly message = $derived.by(() => {
    const announcement = this.playback.announcement;
    // Reads the token only when the announcement changes, so playback frames stay silent.
    return untrack(() =>
      liveMessage(announcement, tokenName(this.props.tokens, this.playback.step))
    );
  });

  /** Makes a move; play does nothing when there is at most one step. */
  act(action: PlaybackAction): void {
    const playback = this.playback;
    switch (action) {
      case 'toggle':
        if (this.canPlay) playback.toggle();
        return;
      case 'previous':
        return playback.previous();
      case 'next':
        return playback.next();
      case 'first':
        return playback.first();
      case 'last':
        return playback.last();
    }
  }

  /** Handlers to spread on each control: Space, arrows, Home and End move the cursor. */
  readonly keys = {
    onkeydown: (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = playbackKeyAction(event.key, controlKind(event.target));
      if (!action) return;
      event.preventDefault();
      this.act(action);
    },
    // A button fires its click on Space's keyup; the keydown already toggled.
    onkeyup: (event: KeyboardEvent): void => {
      if (event.key === ' ' && controlKind(event.target) === 'button') event.preventDefault();
    }
  };
}
