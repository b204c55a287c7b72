import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import WhatIf from '$lib/components/WhatIf.svelte';
import { MEMORY_LABELS } from '$lib/core/corpus/memory-vocabulary.js';
import type { Trace } from '$lib/core/trace/types.js';
import { WhatIfState } from '$lib/state/what-if.svelte.js';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';

const lstm = lstmJson as Trace;
const labels = [...MEMORY_LABELS];
const target = (trace: Trace) => ({
  layer: trace.layers[0]!.name,
  cell: trace.layers[0]!.cell,
  units: trace.layers[0]!.units,
  tokens: trace.tokens
});
const rotated = [...lstm.output.slice(1), lstm.output[0]!];

describe('WhatIf', () => {
  it('builds the intervention the controls show: a clamped gate on one unit over a range of steps', async () => {
    const whatIf = new WhatIfState(target(lstm));
    const screen = await render(WhatIf, { whatIf, before: lstm.output, labels });
    await screen.getByRole('radio', { name: 'Clamp a gate' }).click();
    const gates = [...screen.container.querySelectorAll('select')][0]!;
    expect([...gates.options].map((o) => o.value)).toEqual(['input', 'forget', 'output']);
    await screen.getByRole('combobox', { name: 'Gate' }).selectOptions('input');
    await screen.getByRole('combobox', { name: 'on' }).selectOptions('unit 3');
    await screen.getByRole('combobox', { name: 'from step' }).selectOptions('4 · Ireland');
    expect(whatIf.interventions).toEqual([
      { layer: 'lstm_LSTM1', set: 'input', value: 1, units: [3], steps: [4, 15] }
    ]);
    await expect
      .element(screen.getByText(/input gate held at 1 on unit 3 from “Ireland” to “speak”/))
      .toBeVisible();
  });

  it('shows the answer before and after side by side, in words and as a table', async () => {
    const whatIf = new WhatIfState(target(lstm));
    whatIf.kind = 'swap';
    whatIf.token = 4;
    whatIf.word = 'France';
    const screen = await render(WhatIf, {
      whatIf,
      before: lstm.output,
      after: rotated,
      labels,
      status: 'done'
    });
    expect(whatIf.interventions).toEqual([{ token: 4, text: 'France' }]);
    const answers = [...screen.container.querySelectorAll('.answer')].map(
      (p) => p.textContent ?? ''
    );
    const top = (output: readonly number[]) => labels[output.indexOf(Math.max(...output))]!;
    expect(answers[0]).toContain(top(lstm.output));
    expect(answers[1]).toContain('“Ireland” replaced by “France”');
    expect(answers[1]).toContain(top(rotated));
    const rows = screen.container.querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]!.querySelectorAll('td')[1]!.textContent).not.toBe('—');
  });

  it('is usable from the keyboard: arrow keys move between the kinds of change', async () => {
    const whatIf = new WhatIfState(target(lstm));
    const screen = await render(WhatIf, { whatIf, before: lstm.output, labels });
    (screen.container.querySelector('input[type=radio]') as HTMLInputElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(whatIf.kind).toBe('silence');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(whatIf.interventions).toEqual([
      { layer: 'lstm_LSTM1', set: 'h', value: 0, units: [1], steps: [1, 15] }
    ]);
  });

  it('offers only the gates the cell has, and reopens a change from a link', async () => {
    const gru = gruJson as Trace;
    const whatIf = new WhatIfState(target(gru));
    const change = [
      { layer: gru.layers[0]!.name, set: 'reset', value: 0.25, units: 'all', steps: [2, 5] }
    ];
    expect(whatIf.load(change)).toBe(true);
    expect(whatIf.interventions).toEqual(change);
    expect(
      whatIf.load([{ layer: 'other', set: 'reset', value: 0, units: 'all', steps: 'all' }])
    ).toBe(false);
    expect(
      whatIf.load([
        { layer: gru.layers[0]!.name, set: 'forget', value: 0, units: 'all', steps: 'all' }
      ])
    ).toBe(false);
    const screen = await render(WhatIf, { whatIf, before: gru.output, labels });
    const options = [
      ...screen.getByRole('combobox', { name: 'Gate' }).element().querySelectorAll('option')
    ];
    expect(options.map((o) => o.textContent)).toEqual(['update', 'reset']);
  });
});
