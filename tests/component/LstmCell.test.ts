import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import LstmCell from '$lib/components/LstmCell.svelte';
import type { LstmGates, Trace } from '$lib/core/trace/types.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import '$lib/styles/theme.css';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';
import CellWithEquation from './CellWithEquation.svelte';
import { expectSvgSnapshot } from './svg-snapshot.js';

const lstm = lstmJson as Trace;
const bilstm = bilstmJson as Trace;
const gru = gruJson as Trace;
const gates = (t: number) => lstm.layers[0]!.steps[t]!.gates as LstmGates;

/** A mean as a whole percentage, worked out here independently of the geometry. */
const percentOf = (values: number[]) =>
  `${Math.round((100 * values.reduce((a, b) => a + b, 0)) / values.length)}%`;
/** A number as the diagram writes a unit's exact value: 4 decimals, a true minus sign. */
const exact = (value: number) => value.toFixed(4).replace('-', '\u2212');

describe('LstmCell', () => {
  it('shows how much the forget, input and output gates keep, write and read at the step', async () => {
    const screen = await render(LstmCell, { trace: lstm });
    const g = gates(0);
    await expect
      .element(screen.getByRole('button', { name: /^Forget gate f/ }))
      .toHaveAccessibleName(new RegExp(`keeps ${percentOf(g.forget)} of the cell state`));
    await expect
      .element(screen.getByRole('button', { name: /^Input gate i/ }))
      .toHaveAccessibleName(new RegExp(`writes ${percentOf(g.input)}`));
    await expect
      .element(screen.getByText(`reads ${percentOf(g.output)}`, { exact: true }))
      .toBeVisible();
  });

  it('follows the shared cursor', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length });
    const screen = await render(LstmCell, { trace: lstm, playback });
    playback.seek(4);
    await expect
      .element(screen.getByText(`keeps ${percentOf(gates(4).forget)}`, { exact: true }))
      .toBeInTheDocument();
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      `step 5 of 15 (“${lstm.tokens[4]!.text}”)`
    );
  });

  it('announces a deliberate step politely with the three figures', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length });
    const screen = await render(LstmCell, { trace: lstm, playback });
    const live = screen.container.querySelector<HTMLElement>('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    playback.seek(2);
    const g = gates(2);
    await expect
      .element(live)
      .toHaveTextContent(
        `Step 3 of 15. “${lstm.tokens[2]!.text}”: forget keeps ${percentOf(g.forget)}, input writes ${percentOf(g.input)}, output reads ${percentOf(g.output)}.`
      );
  });

  it("shows a focused unit's exact numbers, and the picker chooses the unit", async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length, step: 3 });
    const screen = await render(LstmCell, { trace: lstm, playback, unit: 2 });
    const step = lstm.layers[0]!.steps[3]!;
    await expect
      .element(screen.getByRole('button', { name: /^Forget gate f/ }))
      .toHaveAccessibleName(new RegExp(`Unit 2: f = ${exact(gates(3).forget[2]!)}`));
    await expect.element(screen.getByText(`= ${exact(step.c![2]!)}`)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), '5');
    await expect
      .element(screen.getByRole('button', { name: /^Output gate o/ }))
      .toHaveAccessibleName(new RegExp(`Unit 5: o = ${exact(gates(3).output[5]!)}`));
  });

  it('moves between parts with the arrow keys from one tab stop, and Enter pins a part', async () => {
    const screen = await render(LstmCell, { trace: lstm, picker: false });
    const parts = screen.container.querySelectorAll('g[role="button"]');
    expect([...parts].filter((part) => part.getAttribute('tabindex') === '0')).toHaveLength(1);
    (parts[0] as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const forget = screen.getByRole('button', { name: /^Forget gate f/ });
    await expect.element(forget).toHaveFocus();
    await expect.element(screen.getByText(/^Forget gate f: keeps/)).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect.element(forget).toHaveAttribute('aria-pressed', 'true');
  });

  it('highlights the term under the pointer in the equations, and back', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length });
    const screen = await render(CellWithEquation, { trace: lstm, playback, cell: 'lstm' });
    await userEvent.hover(screen.getByRole('button', { name: /^Forget gate f/ }));
    await expect.element(screen.getByTestId('highlight')).toHaveTextContent('forget');
    const forgetRow = screen.container.querySelector('.equation button.lit .name');
    expect(forgetRow?.textContent).toBe('forget gate');
    await userEvent.hover(screen.getByRole('button', { name: /^cell state after this step/ }));
    await expect.element(screen.getByTestId('highlight')).toHaveTextContent('cell');
    const lit = [...screen.container.querySelectorAll('g.part.lit')].map((g) =>
      g.getAttribute('aria-label')
    );
    expect(lit).toHaveLength(2);
    expect(lit.every((label) => label?.startsWith('cell state'))).toBe(true);
  });

  it('draws the backward half of a Bidirectional layer chosen by name', async () => {
    const playback = new PlaybackState({ count: bilstm.tokens.length, step: 6 });
    const screen = await render(LstmCell, {
      trace: bilstm,
      playback,
      name: bilstm.layers[1]!.name,
      direction: 'backward'
    });
    await expect.element(screen.getByRole('heading', { name: /backward, 6 units/ })).toBeVisible();
    await expect.element(screen.getByText('step 7 of 15, reading backward')).toBeInTheDocument();
  });

  it('says why when the layer is not an LSTM', async () => {
    const screen = await render(LstmCell, { trace: gru });
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/is a GRU layer/);
  });

  it('draws the same SVG for the same step, wide and on a phone', async () => {
    for (const [width, viewBox, name] of [
      [900, '0 0 700 392', 'LstmCell-step-4'],
      [360, '0 0 380 400', 'LstmCell-step-4-compact']
    ] as const) {
      await page.viewport(width, 900);
      const playback = new PlaybackState({ count: lstm.tokens.length, step: 3 });
      const screen = await render(LstmCell, { trace: lstm, playback, unit: 2 });
      const svg = () => screen.container.querySelector('svg[data-export]');
      await expect.poll(() => svg()?.getAttribute('viewBox')).toBe(viewBox);
      await expectSvgSnapshot(svg(), name);
      screen.unmount();
    }
  });
});
