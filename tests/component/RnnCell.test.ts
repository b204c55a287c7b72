import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import RnnCell from '$lib/components/RnnCell.svelte';
import type { Trace } from '$lib/core/trace/types.js';
import { formatValue } from '$lib/geometry/unit-strip.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import { expectSvgSnapshot } from './svg-snapshot.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';

const rnn = rnnJson as Trace;
const bilstm = bilstmJson as Trace;
const steps = rnn.layers[0]!.steps;
const numbers = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text.number')].map((node) => node.textContent);

describe('RnnCell', () => {
  it('writes the trace’s x_t, h_{t−1} and h_t at the step', async () => {
    const playback = new PlaybackState({ count: 15, step: 3 });
    const screen = await render(RnnCell, { trace: rnn, playback });
    const shown = numbers(screen.container);
    expect(shown).toContain(`0: ${formatValue(steps[3]!.h[0]!)}`);
    expect(shown).toContain(`0: ${formatValue(steps[2]!.h[0]!)}`);
    expect(shown).toContain(`0: ${formatValue(steps[3]!.x![0]!)}`);
    expect(screen.container.querySelectorAll('svg foreignObject > canvas')).toHaveLength(3);
  });

  it('follows the cursor', async () => {
    const playback = new PlaybackState({ count: 15, step: 3 });
    const screen = await render(RnnCell, { trace: rnn, playback });
    playback.seek(9);
    await expect
      .poll(() => numbers(screen.container))
      .toContain(`1: ${formatValue(steps[9]!.h[1]!)}`);
    const caption = screen.container.querySelector('figcaption')!;
    expect(caption.textContent).toContain(`Token 10 of 15, "${rnn.tokens[9]!.text}"`);
  });

  it('starts from the initial state at the first token', async () => {
    const screen = await render(RnnCell, {
      trace: rnn,
      playback: new PlaybackState({ count: 15 })
    });
    await expect
      .element(screen.getByText('initial state (zeros)', { exact: true }))
      .toBeInTheDocument();
  });

  it('says x is not recorded, and reads h from the right going backward', async () => {
    const back = bilstm.layers[1]!;
    const screen = await render(RnnCell, {
      trace: bilstm,
      name: back.name,
      direction: 'backward',
      playback: new PlaybackState({ count: 15, step: 4 })
    });
    await expect
      .element(screen.getByText('not recorded in this trace', { exact: true }))
      .toBeInTheDocument();
    expect(numbers(screen.container)).toContain(`0: ${formatValue(back.steps[5]!.h[0]!)}`);
    expect(screen.container.querySelector('svg .sub')?.textContent).toBe('t+1');
  });

  it('shows an error for a layer the trace does not have', async () => {
    const screen = await render(RnnCell, { trace: rnn, layer: 4 });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/No layer 4/);
  });

  it('draws the same SVG for the same step', async () => {
    const screen = await render(RnnCell, {
      trace: rnn,
      playback: new PlaybackState({ count: 15, step: 3 })
    });
    await expectSvgSnapshot(screen.container.querySelector('svg[data-export]'), 'RnnCell-step-4');
  });
});
