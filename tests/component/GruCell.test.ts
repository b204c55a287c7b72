import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import GruCell from '$lib/components/GruCell.svelte';
import type { GruGates, Trace } from '$lib/core/trace/types.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import '$lib/styles/theme.css';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';
import CellWithEquation from './CellWithEquation.svelte';
import { expectSvgSnapshot } from './svg-snapshot.js';

const gru = gruJson as Trace;
const lstm = lstmJson as Trace;
const gates = (t: number) => gru.layers[0]!.steps[t]!.gates as GruGates;

/** A mean as a whole percentage, worked out here independently of the geometry. */
const percentOf = (values: number[]) =>
  `${Math.round((100 * values.reduce((a, b) => a + b, 0)) / values.length)}%`;
/** A number as the diagram writes a unit's exact value: 4 decimals, a true minus sign. */
const exact = (value: number) => value.toFixed(4).replace('-', '\u2212');

/** The fixture with its GRU marked as the Keras reset_after form (the numbers are not redrawn, only the form named). */
function asKeras(trace: Trace): Trace {
  const copy = structuredClone(trace);
  copy.layers[0]!.resetAfter = true;
  return copy;
}

describe('GruCell', () => {
  it('shows how much of the old state the update gate keeps and the reset gate lets through', async () => {
    const screen = await render(GruCell, { trace: gru });
    const g = gates(0);
    await expect
      .element(screen.getByRole('button', { name: /^Update gate z/ }))
      .toHaveAccessibleName(new RegExp(`keeps ${percentOf(g.update)} of the old state`));
    await expect
      .element(screen.getByRole('button', { name: /^Reset gate r/ }))
      .toHaveAccessibleName(new RegExp(`lets ${percentOf(g.reset)} of the old state`));
  });

  it('follows the shared cursor', async () => {
    const playback = new PlaybackState({ count: gru.tokens.length });
    const screen = await render(GruCell, { trace: gru, playback });
    playback.seek(6);
    await expect
      .element(screen.getByText(`keeps ${percentOf(gates(6).update)}`, { exact: true }))
      .toBeInTheDocument();
    await expect.element(screen.getByText(/^step 7 of 15/)).toBeInTheDocument();
  });

  it("shows a focused unit's exact numbers", async () => {
    const playback = new PlaybackState({ count: gru.tokens.length, step: 2 });
    const screen = await render(GruCell, { trace: gru, playback, unit: 4 });
    await expect
      .element(screen.getByRole('button', { name: /^Update gate z/ }))
      .toHaveAccessibleName(new RegExp(`Unit 4: z = ${exact(gates(2).update[4]!)}`));
    await expect
      .element(screen.getByText(exact(gates(2).candidate[4]!), { exact: true }))
      .toBeInTheDocument();
  });

  it('says which form the layer computes', async () => {
    const tfjs = await render(GruCell, { trace: gru });
    await expect.element(tfjs.getByText('tfjs form: r before ·U')).toBeInTheDocument();
    tfjs.unmount();
    const keras = await render(GruCell, { trace: asKeras(gru) });
    await expect.element(keras.getByText('Keras reset_after form: r after ·U')).toBeInTheDocument();
    expect(keras.container.querySelector('figcaption')?.textContent).toContain(
      'Keras reset_after form'
    );
  });

  it('moves between parts with the arrow keys and End, sharing the highlight with the equations', async () => {
    const playback = new PlaybackState({ count: gru.tokens.length });
    const screen = await render(CellWithEquation, { trace: gru, playback, cell: 'gru' });
    const first = screen.container.querySelector<SVGGElement>('g[role="button"][tabindex="0"]')!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(screen.getByRole('button', { name: /^Reset gate r/ })).toHaveFocus();
    await expect.element(screen.getByTestId('highlight')).toHaveTextContent('reset');
    await userEvent.keyboard('{End}');
    await expect.element(screen.getByRole('button', { name: /^hidden state after/ })).toHaveFocus();
    await expect.element(screen.getByTestId('highlight')).toHaveTextContent('hidden');
    expect(screen.container.querySelectorAll('g.part.lit')).toHaveLength(2);
  });

  it('says why when the layer is not a GRU', async () => {
    const screen = await render(GruCell, { trace: lstm });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(/is an LSTM layer; this view draws GRU layers/);
  });

  it('draws the same SVG for the same step, wide and on a phone', async () => {
    for (const [width, viewBox, name] of [
      [900, '0 0 700 392', 'GruCell-step-4'],
      [360, '0 0 380 396', 'GruCell-step-4-compact']
    ] as const) {
      await page.viewport(width, 900);
      const playback = new PlaybackState({ count: gru.tokens.length, step: 3 });
      const screen = await render(GruCell, { trace: gru, playback, unit: 1 });
      const svg = () => screen.container.querySelector('svg[data-export]');
      await expect.poll(() => svg()?.getAttribute('viewBox')).toBe(viewBox);
      await expectSvgSnapshot(svg(), name);
      screen.unmount();
    }
  });
});
