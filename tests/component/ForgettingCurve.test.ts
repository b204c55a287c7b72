import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ForgettingCurve from '$lib/components/ForgettingCurve.svelte';
import type { ForgettingSeries } from '$lib/geometry/layout/forgetting-curve.js';
import { expectSvgSnapshot } from './svg-snapshot.js';

// Hand-made numbers to draw, not any model's results.
const series: ForgettingSeries[] = [
  {
    label: 'memory-rnn',
    cell: 'simple_rnn',
    buckets: [
      { name: '2–4', accuracy: 0.875, n: 40 },
      { name: '5–8', accuracy: 0.425, n: 40 },
      { name: '9–16', accuracy: 0.1, n: 30 }
    ]
  },
  {
    label: 'memory-lstm',
    cell: 'lstm',
    buckets: [
      { name: '2–4', accuracy: 1, n: 40 },
      { name: '5–8', accuracy: 0.975, n: 40 },
      { name: '9–16', accuracy: 0.9, n: 30 }
    ]
  }
];

describe('ForgettingCurve', () => {
  it('draws a line with a marker per bucket for each model, and a legend', async () => {
    const screen = await render(ForgettingCurve, { series, chance: 1 / 12 });
    const chart = screen.container.querySelector('svg[data-export]')!;
    expect(chart.querySelectorAll('path.series')).toHaveLength(2);
    expect(chart.querySelectorAll('path.point')).toHaveLength(6);
    const legend = [...screen.container.querySelectorAll('.keys li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim()
    );
    expect(legend).toEqual(['memory-rnn (simple_rnn)', 'memory-lstm (lstm)', 'chance']);
  });

  it('marks chance level and describes each model against it', async () => {
    const screen = await render(ForgettingCurve, { series, chance: 1 / 12 });
    await expect.element(screen.getByText('chance 8.3%')).toBeInTheDocument();
    const caption = screen.container.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain(
      'memory-rnn: 88% at 2–4, 10% at 9–16; within 5 points of chance from 9–16.'
    );
    expect(caption).toContain('memory-lstm: 100% at 2–4, 90% at 9–16.');
  });

  it('lists every number in its table', async () => {
    const screen = await render(ForgettingCurve, { series });
    await screen.getByText('Show the numbers').click();
    await expect
      .element(screen.getByRole('columnheader', { name: 'memory-lstm n' }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('cell', { name: '0.425', exact: true }))
      .toBeInTheDocument();
    expect(screen.container.querySelector('line.chance')).toBeNull();
  });

  it('draws two models with chance as before', async () => {
    const screen = await render(ForgettingCurve, { series, chance: 1 / 12 });
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]'),
      'ForgettingCurve-two-models'
    );
  });
});

describe('ForgettingCurve with bands and regimes', () => {
  // Hand-made medians and ranges for two regimes.
  const banded = (long: number): ForgettingSeries[] => [
    {
      label: 'Plain RNN',
      cell: 'simple_rnn',
      buckets: [
        { name: '2–4', accuracy: 0.75, min: 0.5, max: 0.875, n: 10 },
        { name: '33–40', accuracy: long, min: long - 0.125, max: long + 0.125, n: 10 }
      ]
    }
  ];
  const regimes = [
    { name: 'standard', label: 'standard', series: banded(0.5) },
    { name: 'curriculum', label: 'curriculum', series: banded(0.75) }
  ];

  it('shades each band and switches regime with pressed buttons', async () => {
    const screen = await render(ForgettingCurve, { regimes, chance: 1 / 12 });
    const svg = screen.container.querySelector('svg[data-export]')!;
    expect(svg.querySelectorAll('path.band')).toHaveLength(1);
    const line = () => svg.querySelector('path.series')?.getAttribute('d');
    const before = line();
    const curriculum = screen.getByRole('button', { name: 'curriculum' });
    await expect.element(curriculum).toHaveAttribute('aria-pressed', 'false');
    await curriculum.click();
    await expect.element(curriculum).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(line).not.toBe(before);
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      'Plain RNN: median 75% (50%–88% across runs) at 2–4, 75% (63%–88% across runs) at 33–40.'
    );
    expect(screen.container.querySelector('.keys')?.textContent).toContain(
      'shaded: lowest to highest run'
    );
  });
});
