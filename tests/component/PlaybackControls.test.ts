import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import PlaybackControls from '$lib/components/PlaybackControls.svelte';
import type { Trace } from '$lib/core/trace/types.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const tokens = (lstmJson as Trace).tokens;
const at = (step: number) => new PlaybackState({ count: tokens.length, step });
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!;

describe('PlaybackControls', () => {
  it('names the step and its token on the scrubber', async () => {
    const screen = await render(PlaybackControls, { playback: at(3), tokens });
    const scrubber = screen.getByRole('slider', { name: 'Step' });
    await expect.element(scrubber).toHaveAttribute('aria-valuetext', 'Step 4 of 15: "Ireland"');
    await expect.element(scrubber).toHaveValue('3');
  });

  it('steps with the buttons and announces each move with the token', async () => {
    const playback = at(3);
    const screen = await render(PlaybackControls, { playback, tokens });
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(playback.step).toBe(4);
    expect(live(screen.container).textContent).toBe(`Step 5 of 15: “${tokens[4]!.text}”.`);
    await userEvent.click(screen.getByRole('button', { name: 'Last step' }));
    expect(playback.step).toBe(14);
    await userEvent.click(screen.getByRole('button', { name: 'Step back' }));
    await userEvent.click(screen.getByRole('button', { name: 'First step' }));
    expect(playback.step).toBe(0);
    expect(live(screen.container).textContent).toBe('Step 1 of 15: “I”.');
  });

  it('moves with ←, →, Home and End while a button has the focus', async () => {
    const playback = at(5);
    const screen = await render(PlaybackControls, { playback, tokens });
    screen.getByRole('button', { name: 'Step back' }).element().focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(playback.step).toBe(7);
    await userEvent.keyboard('{ArrowLeft}');
    expect(playback.step).toBe(6);
    await userEvent.keyboard('{End}');
    expect(playback.step).toBe(14);
    await userEvent.keyboard('{Home}');
    expect(playback.step).toBe(0);
  });

  it('toggles play exactly once per Space, on a button as on the scrubber', async () => {
    const playback = at(0);
    const screen = await render(PlaybackControls, { playback, tokens });
    screen.getByRole('button', { name: 'Step forward' }).element().focus();
    await userEvent.keyboard(' ');
    expect(playback.playing).toBe(true);
    await expect.element(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(playback.playing).toBe(false);
    screen.getByRole('slider', { name: 'Step' }).element().focus();
    await userEvent.keyboard(' ');
    expect(playback.playing).toBe(true);
    playback.pause();
  });

  it('moves one step per arrow on the scrubber (the range input’s own move, not twice)', async () => {
    const playback = at(2);
    const screen = await render(PlaybackControls, { playback, tokens });
    screen.getByRole('slider', { name: 'Step' }).element().focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(playback.step).toBe(3);
    await userEvent.keyboard('{End}');
    expect(playback.step).toBe(14);
  });

  it('stays silent while playing and speaks again on pause', async () => {
    const playback = at(0);
    playback.speed = 8;
    const screen = await render(PlaybackControls, { playback, tokens });
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    const before = live(screen.container).textContent;
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await expect.poll(() => playback.step, { timeout: 3000 }).toBeGreaterThanOrEqual(4);
    expect(live(screen.container).textContent).toBe(before);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const step = playback.step;
    expect(live(screen.container).textContent).toBe(
      `Step ${step + 1} of 15: “${tokens[step]!.text}”.`
    );
  });

  it('sets the speed from the list', async () => {
    const playback = at(0);
    const screen = await render(PlaybackControls, { playback, tokens });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '8 steps/s');
    expect(playback.speed).toBe(8);
  });

  it('marks the moves that go nowhere as unavailable, keeping them focusable', async () => {
    const screen = await render(PlaybackControls, { playback: at(0), tokens });
    await expect
      .element(screen.getByRole('button', { name: 'Step back' }))
      .toHaveAttribute('aria-disabled', 'true');
    await expect
      .element(screen.getByRole('button', { name: 'Step forward' }))
      .toHaveAttribute('aria-disabled', 'false');
  });

  it('sets the count of a cursor from its tokens', async () => {
    const playback = new PlaybackState({ count: 3 });
    await render(PlaybackControls, { playback, tokens });
    expect(playback.count).toBe(15);
  });
});
