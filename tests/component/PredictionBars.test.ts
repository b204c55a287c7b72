import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import PredictionBars from '$lib/components/PredictionBars.svelte';
import { MEMORY_LABELS } from '$lib/core/corpus/memory-vocabulary.js';
import type { Trace } from '$lib/core/trace/types.js';
import { expectSvgSnapshot } from './svg-snapshot.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const labels = [...MEMORY_LABELS];
const best = lstm.output.indexOf(Math.max(...lstm.output));

describe('PredictionBars', () => {
  it('shows every class with its probability, the most probable first and marked', async () => {
    const screen = await render(PredictionBars, { trace: lstm, labels });
    const names = [...screen.container.querySelectorAll('text.label')].map((t) => t.textContent);
    expect(names).toHaveLength(12);
    expect(names[0]).toBe(`★ ${labels[best]}`);
    const value = `${(lstm.output[best]! * 100).toFixed(1)}%`;
    expect(screen.container.querySelector('text.value.top')?.textContent).toBe(value);
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      `${labels[best]} is most probable at ${value}`
    );
  });

  it("keeps the model's order when asked", async () => {
    const screen = await render(PredictionBars, { trace: lstm, labels, order: 'label' });
    const names = [...screen.container.querySelectorAll('text.label')].map((t) =>
      t.textContent?.replace('★ ', '')
    );
    expect(names).toEqual(labels);
  });

  it('reads a single sigmoid output against its two labels and the threshold', async () => {
    const trace = bilstmJson as Trace;
    const screen = await render(PredictionBars, { trace, labels: ['negative', 'positive'] });
    const score = trace.output[0]!;
    await expect
      .element(screen.getByText(`${score.toFixed(3)} → ${score >= 0.5 ? 'positive' : 'negative'}`))
      .toBeInTheDocument();
    await expect.element(screen.getByText('0.5', { exact: true })).toBeInTheDocument();
  });

  it('draws the memory task output as before', async () => {
    const screen = await render(PredictionBars, { trace: lstm, labels });
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]'),
      'PredictionBars-lstm-ireland'
    );
  });
});
