import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Equation from '$lib/components/Equation.svelte';
import type { GruGates, LstmGates, Trace } from '$lib/core/trace/types.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import '$lib/styles/theme.css';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';

const lstm = lstmJson as Trace;
const gru = gruJson as Trace;
const rnn = rnnJson as Trace;
const lstmStep = (t: number) => lstm.layers[0]!.steps[t]!;

/** A number as the equations write it: 3 decimals, TeX minus becomes a true minus in the MathML text. */
const three = (value: number) => value.toFixed(3);
const rowText = (row: Element | null | undefined) =>
  (row?.querySelector('math')?.textContent ?? '').replace(/\u2212/g, '-');

describe('Equation', () => {
  it("fills the LSTM equations with the unit's numbers at the step", async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length, step: 2 });
    const screen = await render(Equation, { trace: lstm, playback, unit: 3 });
    const rows = screen.container.querySelectorAll('button.row');
    expect(rows).toHaveLength(6);
    const step = lstmStep(2);
    expect(rowText(rows[0])).toContain(`=${three((step.gates as LstmGates).forget[3]!)}`);
    expect(rowText(rows[4])).toContain(`=${three(step.c![3]!)}`);
    expect(rowText(rows[5])).toContain(`=${three(step.h[3]!)}`);
    await expect
      .element(screen.getByText('Unit 3 at step 3 of 15', { exact: false }))
      .toBeVisible();
  });

  it('follows the shared cursor', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length });
    const screen = await render(Equation, { trace: lstm, playback });
    playback.seek(7);
    const c = three(lstmStep(7).c![0]!);
    await expect
      .poll(() => rowText(screen.container.querySelectorAll('button.row')[4]))
      .toContain(`=${c}`);
  });

  it('shows the GRU in the form and with the activations the layer uses', async () => {
    const screen = await render(Equation, { trace: gru });
    const rows = screen.container.querySelectorAll('button.row');
    expect(rows).toHaveLength(4);
    expect(rowText(rows[0])).toContain(
      `=${three((gru.layers[0]!.steps[0]!.gates as GruGates).update[0]!)}`
    );
    await expect.element(screen.getByText(/^tfjs form/)).toBeVisible();
    screen.unmount();
    const keras = structuredClone(gru);
    keras.layers[0]!.resetAfter = true;
    keras.layers[0]!.recurrentActivation = 'hardSigmoid';
    const again = await render(Equation, { trace: keras });
    await expect.element(again.getByText(/^Keras reset_after form/)).toBeVisible();
    expect(again.container.querySelector('.where math')?.textContent).toContain('0.2v+0.5');
  });

  it('writes the single SimpleRNN equation', async () => {
    const screen = await render(Equation, { trace: rnn, unit: 1 });
    const rows = screen.container.querySelectorAll('button.row');
    expect(rows).toHaveLength(1);
    expect(rowText(rows[0])).toContain(`=${three(rnn.layers[0]!.steps[0]!.h[1]!)}`);
  });

  it('moves between rows with the arrow keys, highlighting each row’s term', async () => {
    const screen = await render(Equation, { trace: lstm, picker: false });
    const rows = screen.container.querySelectorAll<HTMLButtonElement>('button.row');
    expect([...rows].filter((row) => row.tabIndex === 0)).toHaveLength(1);
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.element(rows[2]!).toHaveFocus();
    const equation = screen.container.querySelector('.equation')!;
    expect(equation.getAttribute('data-highlight')).toBe('candidate');
    await userEvent.keyboard('{End}');
    expect(equation.getAttribute('data-highlight')).toBe('hidden');
    await userEvent.keyboard('{Enter}');
    expect(rows[5]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('picks the unit from the toolbar', async () => {
    const screen = await render(Equation, { trace: lstm });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), '6');
    await expect.element(screen.getByText(/^Unit 6 at step 1/)).toBeVisible();
    expect(rowText(screen.container.querySelectorAll('button.row')[5])).toContain(
      `=${three(lstmStep(0).h[6]!)}`
    );
  });

  it('has a text alternative with every row', async () => {
    const screen = await render(Equation, { trace: lstm, unit: 0 });
    const caption = screen.container.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain('for unit 0 at step 1 (“I”)');
    expect(caption).toContain(
      `forget gate f = sigmoid(…) = ${three((lstmStep(0).gates as LstmGates).forget[0]!).replace('-', '\u2212')}`
    );
  });
});
