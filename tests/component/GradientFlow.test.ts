import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import GradientFlow from '$lib/components/GradientFlow.svelte';
import type { GradientSeries } from '$lib/geometry/layout/gradient-flow.js';

// Hand-made numbers to draw, not any model's results.
const series: GradientSeries[] = [
  { label: 'fading', values: [1, 0.1, 0.01, 0.001] },
  { label: 'kept', values: [0.5, 0.4, 0, 0.3] }
];

describe('GradientFlow', () => {
  it('draws one line per model on a log scale, skipping exact zeros', async () => {
    const screen = await render(GradientFlow, { series, tokens: ['a', 'b', 'c', 'd'] });
    const chart = screen.container.querySelector('svg[data-export]')!;
    expect(chart.querySelectorAll('path.series')).toHaveLength(2);
    expect(chart.querySelectorAll('path.point')).toHaveLength(7);
    // Decades from 1e-3 to 1: the grid is labelled by powers of ten.
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent?.trim());
    expect(labels).toEqual(expect.arrayContaining(['0.001', '1']));
    const legend = [...screen.container.querySelectorAll('.keys li')].map((li) =>
      li.textContent?.trim()
    );
    expect(legend).toEqual(['fading', 'kept']);
  });

  it('offers the numbers as a table with the token each row belongs to', async () => {
    const screen = await render(GradientFlow, { series, tokens: ['a', 'b', 'c', 'd'] });
    await screen.getByText('Show the numbers').click();
    const table = screen.getByRole('table');
    await expect.element(table).toBeVisible();
    const header = [...table.element().querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(header.slice(0, 4)).toEqual(['steps back', 'token', 'fading', 'kept']);
    const firstRow = [...table.element().querySelectorAll('tbody tr:first-child td')].map((cell) =>
      cell.textContent?.trim()
    );
    expect(firstRow.slice(0, 2)).toEqual(['0', 'd']);
  });

  it('describes the fall from the answer to the furthest step in text', async () => {
    const screen = await render(GradientFlow, { series });
    expect(screen.container.textContent).toMatch(
      /fading: 1 at the last token, 0\.001 3 steps back: 1000 times smaller/
    );
  });
});
