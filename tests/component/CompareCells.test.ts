import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import CompareCells from '$lib/components/CompareCells.svelte';
import type { Trace } from '$lib/core/trace/types.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import { expectSvgSnapshot } from './svg-snapshot.js';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';

const rnn = rnnJson as Trace;
const lstm = lstmJson as Trace;
const gru = gruJson as Trace;
const traces = [
  { label: 'memory-rnn', trace: rnn },
  { label: 'memory-lstm', trace: lstm },
  { label: 'memory-gru', trace: gru }
];
const labels = Array.from({ length: 12 }, (_, i) => `language ${i}`);
const share = (trace: Trace, step: number) =>
  (trace.influence[step]! / Math.max(...trace.influence)).toFixed(2);
const values = (container: HTMLElement) =>
  [...container.querySelectorAll('svg[data-export] text.value')].map((text) => text.textContent);
const caption = (container: HTMLElement) =>
  container.querySelector('figure.unrolled-figure > figcaption')!.textContent!;

describe('CompareCells', () => {
  it("draws every model's prediction and one influence bar per token", async () => {
    const screen = await render(CompareCells, { traces, labels });
    const svg = screen.container.querySelector('svg[data-export]')!;
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(3 * rnn.tokens.length);
    const top = lstm.output.indexOf(Math.max(...lstm.output));
    const readouts = [...svg.querySelectorAll('text.readout')].map((text) => text.textContent);
    expect(readouts[1]).toBe(`language ${top} ${(lstm.output[top]! * 100).toFixed(1)}%`);
    expect(svg.querySelectorAll('foreignObject > canvas')).toHaveLength(3);
  });

  it('moves every block with the shared cursor', async () => {
    const playback = new PlaybackState({ count: rnn.tokens.length });
    const screen = await render(CompareCells, { traces, labels, playback });
    expect(values(screen.container)).toEqual([share(rnn, 0), share(lstm, 0), share(gru, 0)]);
    playback.seek(3);
    await expect
      .poll(() => values(screen.container))
      .toEqual([share(rnn, 3), share(lstm, 3), share(gru, 3)]);
    expect(screen.container.querySelectorAll('rect.bar.current')).toHaveLength(3);
    expect(caption(screen.container)).toContain(
      `At step 4 of 15, "Ireland": memory-rnn influence ${share(rnn, 3)}`
    );
    await expect
      .element(screen.getByRole('button', { name: /^Ireland, token 4 of 15/ }))
      .toHaveAttribute('aria-current', 'step');
  });

  it('steps through the tokens from the keyboard', async () => {
    const playback = new PlaybackState({ count: rnn.tokens.length });
    const screen = await render(CompareCells, { traces, playback });
    await screen.getByRole('button', { name: /^lived, token 2 of 15/ }).click();
    expect(playback.step).toBe(1);
    await userEvent.keyboard('{ArrowRight}');
    expect(playback.step).toBe(2);
    await userEvent.keyboard('{End}');
    expect(playback.step).toBe(14);
    await expect.poll(() => values(screen.container)[2]).toBe(share(gru, 14));
    await screen.getByRole('button', { name: 'Step back' }).click();
    expect(playback.step).toBe(13);
  });

  it('shows an error instead of comparing traces of different sentences', async () => {
    const other = {
      ...gru,
      tokens: gru.tokens.map((t, i) => (i === 3 ? { ...t, text: 'France' } : t))
    };
    const screen = await render(CompareCells, {
      traces: [traces[0]!, { label: 'memory-gru', trace: other }]
    });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('token 4 is "Ireland" for "memory-rnn" but "France" for "memory-gru"');
    expect(screen.container.querySelector('svg[data-export]')).toBeNull();
  });

  it('draws the Ireland sentence at "Ireland" as before', async () => {
    const playback = new PlaybackState({ count: rnn.tokens.length, step: 3 });
    const screen = await render(CompareCells, { traces, labels, playback });
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]'),
      'CompareCells-ireland-step4'
    );
  });
});
