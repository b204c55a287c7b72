import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import InfluenceBar from '$lib/components/InfluenceBar.svelte';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import type { Trace } from '$lib/core/trace/types.js';
import { expectSvgSnapshot } from './svg-snapshot.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';

const rnn = rnnJson as Trace;
const largest = Math.max(...rnn.influence);
const strongest = rnn.influence.indexOf(largest);

describe('InfluenceBar', () => {
  it('draws one bar per token and ranks the most influential token first', async () => {
    const screen = await render(InfluenceBar, { trace: rnn });
    expect(screen.container.querySelectorAll('rect.bar')).toHaveLength(rnn.tokens.length);
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      `Most influential: 1. "${rnn.tokens[strongest]!.text}" (step ${strongest + 1}): 1.00`
    );
  });

  it('marks the current token and follows the shared cursor', async () => {
    const playback = new PlaybackState({ count: rnn.tokens.length });
    const screen = await render(InfluenceBar, { trace: rnn, playback });
    playback.seek(3);
    const share = (rnn.influence[3]! / largest).toFixed(2);
    await expect.element(screen.getByText(share, { exact: true })).toBeInTheDocument();
    const bars = screen.container.querySelectorAll('rect.bar');
    expect(bars[3]?.classList.contains('current')).toBe(true);
    expect(screen.container.querySelectorAll('rect.bar.current')).toHaveLength(1);
    expect(screen.container.querySelector('text.current')?.textContent).toBe('Ireland');
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      `Current step 4 "Ireland": ${share}.`
    );
  });

  it('gives the raw numbers in its table', async () => {
    const screen = await render(InfluenceBar, { trace: rnn });
    await screen.getByText('Show the numbers').click();
    await expect
      .element(screen.getByRole('cell', { name: String(rnn.influence[strongest]), exact: true }))
      .toBeInTheDocument();
  });

  it('says so when every influence is 0', async () => {
    const flat = { ...(bilstmJson as Trace) };
    flat.influence = flat.influence.map(() => 0);
    const screen = await render(InfluenceBar, { trace: flat });
    await expect.element(screen.getByText(/Every token's influence is 0/).first()).toBeVisible();
  });

  it('draws the plain RNN on the Ireland sentence as before', async () => {
    const playback = new PlaybackState({ count: rnn.tokens.length, step: 3 });
    const screen = await render(InfluenceBar, { trace: rnn, playback });
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]'),
      'InfluenceBar-rnn-step4'
    );
  });
});
