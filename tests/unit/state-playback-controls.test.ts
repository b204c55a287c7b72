import { describe, expect, it } from 'vitest';
import { PlaybackControlsView } from '../../src/lib/state/playback-controls.svelte.js';
import { PlaybackState } from '../../src/lib/state/playback.svelte.js';

const tokens = [{ text: 'I' }, { text: 'lived' }, { text: ' ' }, { text: 'in' }];

function view(options: ConstructorParameters<typeof PlaybackState>[0], withTokens = true) {
  const playback = new PlaybackState(options);
  return {
    playback,
    controls: new PlaybackControlsView(
      () => ({ tokens: withTokens ? tokens : undefined }),
      playback
    )
  };
}

describe('PlaybackControlsView', () => {
  it('marks the ends: nothing before the first step, nothing after the last', () => {
    const { playback, controls } = view({ count: 4 });
    expect([controls.atStart, controls.atEnd, controls.last]).toEqual([true, false, 3]);
    playback.seek(3);
    expect([controls.atStart, controls.atEnd]).toEqual([false, true]);
  });

  it('shows the position and the token, and names the scrubber value', () => {
    const { playback, controls } = view({ count: 4, step: 2 });
    expect([controls.position, controls.current]).toEqual(['3 / 4', '␣']);
    expect(controls.valueText).toBe('Step 3 of 4: "␣"');
    playback.setCount(0);
    expect([controls.position, controls.valueText]).toEqual(['–', 'No steps']);
  });

  // That playback frames stay silent needs the browser's reactivity: the component test checks it.
  it('reads a deliberate move with its token', () => {
    const { controls } = view({ count: 4 });
    expect(controls.message).toBe('');
    controls.act('next');
    expect(controls.message).toBe('Step 2 of 4: “lived”.');
    controls.act('first');
    expect(controls.message).toBe('Step 1 of 4: “I”.');
  });

  it('reads the bare announcement without tokens', () => {
    const { controls } = view({ count: 4 }, false);
    controls.act('last');
    expect(controls.message).toBe('Step 4 of 4.');
  });

  it('moves the cursor for each action', () => {
    const { playback, controls } = view({ count: 4, step: 1 });
    const steps = (['next', 'previous', 'last', 'first'] as const).map((action) => {
      controls.act(action);
      return playback.step;
    });
    expect(steps).toEqual([2, 1, 3, 0]);
  });

  it('does not play with at most one step', () => {
    const { playback, controls } = view({ count: 1 });
    expect(controls.canPlay).toBe(false);
    controls.act('toggle');
    expect(playback.playing).toBe(false);
  });
});
