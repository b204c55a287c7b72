import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import GateTimeline from '$lib/components/GateTimeline.svelte';
import { svgDocument } from '$lib/components/export.js';
import { PlaybackState } from '$lib/state/playback.svelte.js';
import type { LstmGates, Trace } from '$lib/core/trace/types.js';
import { expectSvgSnapshot } from './svg-snapshot.js';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const steps = lstm.layers[0]!.steps;
const forget = (t: number, unit: number) => (steps[t]!.gates as LstmGates).forget[unit]!;

/** The three units whose forget gate moves most, summed step to step, straight from the fixture. */
function busiestUnits(): number[] {
  const total = Array.from({ length: 8 }, (_, unit) =>
    steps
      .slice(1)
      .reduce((sum, _step, t) => sum + Math.abs(forget(t + 1, unit) - forget(t, unit)), 0)
  );
  return total
    .map((change, unit) => ({ change, unit }))
    .sort((a, b) => b.change - a.change)
    .slice(0, 3)
    .map((entry) => entry.unit);
}

const legendTexts = (container: HTMLElement) =>
  [...container.querySelectorAll('.keys li')].map((li) =>
    li.textContent?.replace(/\s+/g, ' ').trim()
  );

describe('GateTimeline', () => {
  it('plots the forget gate of the three busiest units, with their values in the legend', async () => {
    const screen = await render(GateTimeline, { trace: lstm });
    const units = busiestUnits();
    expect(legendTexts(screen.container)).toEqual(
      units.map((u) => `unit ${u}: ${forget(0, u).toFixed(2)}`)
    );
    expect(screen.container.querySelectorAll('path.series')).toHaveLength(3 + 3);
  });

  it('follows the shared cursor', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length });
    const screen = await render(GateTimeline, { trace: lstm, playback, units: [4] });
    playback.seek(3);
    await expect
      .element(screen.getByText(forget(3, 4).toFixed(2), { exact: true }))
      .toBeInTheDocument();
    expect(screen.container.querySelector('figcaption')?.textContent).toContain(
      `At step 4 "Ireland": unit 4 ${forget(3, 4).toFixed(2)}`
    );
    expect(screen.container.querySelector('text.current')?.textContent).toBe('Ireland');
  });

  it('adds a unit from the picker with the keyboard', async () => {
    const screen = await render(GateTimeline, { trace: lstm, units: [0] });
    const summary = screen.getByText('Choose units');
    (summary.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const box = screen.getByRole('checkbox', { name: /^unit 6 / });
    (box.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(box).toBeChecked();
    expect(legendTexts(screen.container)).toEqual([
      `unit 0: ${forget(0, 0).toFixed(2)}`,
      `unit 6: ${forget(0, 6).toFixed(2)}`
    ]);
  });

  it('breaks gate lines at masked steps and hatches them', async () => {
    const masked: Trace = {
      ...lstm,
      layers: [
        { ...lstm.layers[0]!, steps: steps.map((step, t) => ({ ...step, masked: t === 5 })) }
      ]
    };
    const screen = await render(GateTimeline, { trace: masked, units: [1] });
    const line = screen.container.querySelector('svg[data-export] path.series')!;
    expect(line.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(screen.container.querySelectorAll('path.hatch')).toHaveLength(1);
  });

  it('draws the Ireland sentence at step 4 as before', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length, step: 3 });
    const screen = await render(GateTimeline, { trace: lstm, playback });
    // The chart and, over it, the cursor's overlay.
    await expectSvgSnapshot(
      screen.container.querySelector('svg[data-export]')!.parentElement,
      'GateTimeline-ireland-step4'
    );
  });

  it('keeps the moving cursor off the chart’s own svg, and puts it back in the saved file', async () => {
    const playback = new PlaybackState({ count: lstm.tokens.length, step: 3 });
    const screen = await render(GateTimeline, { trace: lstm, playback, units: [4, 5] });
    const chart = screen.container.querySelector<SVGSVGElement>('svg[data-export]')!;
    const overlay = screen.container.querySelector('svg[data-export-overlay]')!;
    expect(chart.querySelector('.cursor, .current')).toBeNull();
    expect(overlay.querySelectorAll('line.cursor')).toHaveLength(1);
    expect(getComputedStyle(overlay).willChange).toBe('transform');
    const saved = new DOMParser().parseFromString(svgDocument(chart), 'image/svg+xml');
    expect(saved.querySelectorAll('svg > line.cursor')).toHaveLength(1);
    const current = saved.querySelector('text.current')!;
    expect(current.textContent).toBe('Ireland');
    // Its halo is painted under the letters, as on the page, not over them.
    expect(current.getAttribute('style')).toContain('paint-order:stroke');
    expect(saved.querySelectorAll('path.series')).toHaveLength(2);
  });
});
