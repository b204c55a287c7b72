import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import LearningCurveHeatmap from '$lib/components/LearningCurveHeatmap.svelte';
import type { LearningCurve } from '$lib/geometry/layout/memory-experiment.js';

// Hand-made learning curves (two cells × two seeds, two epochs, two buckets), not any model's results.
function curve(label: string, cell: string, seed: number, last: number): LearningCurve {
  return {
    label,
    cell,
    seed,
    buckets: ['2–4', '33–40'],
    epochs: [1, 2],
    accuracy: [
      [0.125, 0.0625],
      [0.875, last]
    ]
  };
}
const curves = [
  curve('Plain RNN', 'simple_rnn', 1, 0.3125),
  curve('Plain RNN', 'simple_rnn', 2, 0.4375),
  curve('LSTM', 'lstm', 1, 0.9375),
  curve('LSTM', 'lstm', 2, 1)
];

describe('LearningCurveHeatmap', () => {
  it('draws one grid per cell for the first seed, a square per epoch and bucket', async () => {
    const screen = await render(LearningCurveHeatmap, { curves });
    const svg = screen.container.querySelector('svg[data-export]')!;
    expect(
      [...svg.querySelectorAll('g[data-cell]')].map((g) => g.getAttribute('data-cell'))
    ).toEqual(['simple_rnn', 'lstm']);
    expect(svg.querySelectorAll('rect')).toHaveLength(8);
    expect(svg.querySelector('g[data-cell="simple_rnn"] rect title')?.textContent).toBe(
      'Plain RNN, epoch 1, 2–4: 13%'
    );
  });

  it('switches seed with the picker, and lists the shown numbers in its table', async () => {
    const screen = await render(LearningCurveHeatmap, { curves });
    const caption = () => screen.container.querySelector('figcaption')?.textContent ?? '';
    expect(caption()).toContain('Plain RNN, seed 1: ');
    await screen.getByRole('combobox', { name: 'Seed' }).selectOptions('2');
    await expect.poll(caption).toContain('Plain RNN, seed 2: ');
    expect(caption()).toContain('44% after epoch 2');
    await screen.getByText('Show the numbers').click();
    await expect
      .element(screen.getByRole('cell', { name: '0.4375', exact: true }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('columnheader', { name: 'accuracy 33–40' }))
      .toBeInTheDocument();
    expect(screen.container.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  it('has no picker for a single seed', async () => {
    const screen = await render(LearningCurveHeatmap, { curves: curves.slice(0, 1) });
    expect(screen.container.querySelector('select')).toBeNull();
  });
});
