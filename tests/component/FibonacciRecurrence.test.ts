import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import FibonacciRecurrence from '$lib/components/FibonacciRecurrence.svelte';
import type { Trace } from '$lib/core/trace/types.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import fibonacci from '../fixtures/traces/fibonacci-30.json';
import lstm from '../fixtures/traces/untrained-lstm-ireland.json';
import { expectSvgSnapshot } from './svg-snapshot.js';

const trace = fibonacci as Trace;

describe('FibonacciRecurrence', () => {
  it('shows the first sum from the network’s state', async () => {
    const screen = await render(FibonacciRecurrence, { trace });
    await expect.element(screen.getByText('F(2) = 0 + 0 = 1')).toBeInTheDocument();
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      'F(2) = F(1) + F(0) = 0 + 0 = 1'
    );
  });

  it('follows the cursor to F(30) = 832,040', async () => {
    const playback = new PlaybackState({ count: 30 });
    const screen = await render(FibonacciRecurrence, { trace, playback });
    playback.seek(28);
    await expect
      .element(screen.getByText('F(30) = 514,229 + 317,811 = 832,040'))
      .toBeInTheDocument();
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      "The network's hidden state goes from (514229, 317811) to (832040, 514229)"
    );
    await expectSvgSnapshot(screen.container.querySelector('svg'), 'FibonacciRecurrence-step-29');
  });

  it('lists every number so far in its data table', async () => {
    const playback = new PlaybackState({ count: 30 });
    playback.seek(8);
    const screen = await render(FibonacciRecurrence, { trace, playback });
    await screen.getByText('Show the numbers').click();
    const rows = [...screen.container.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows).toEqual(['11', '21', '32', '43', '55', '68', '713', '821', '934', '1055']);
  });

  it('says so when given another kind of trace', async () => {
    const screen = await render(FibonacciRecurrence, { trace: lstm as Trace });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(/needs the trace of a 2-unit SimpleRNN/);
  });
});
