// Named .svelte.test.ts so that the props below can be $state, as a component's are.
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/lib/core/trace/types.js';
import { cellReadout } from '../../src/lib/geometry/layout/state-heatmap.js';
import { PlaybackState } from '../../src/lib/state/playback.svelte.js';
import {
  StateHeatmapView,
  type StateHeatmapInput
} from '../../src/lib/state/state-heatmap.svelte.js';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const gru = gruJson as Trace;
const steps = lstm.layers[0]!.steps;

function heatmap(props: Partial<StateHeatmapInput> = {}) {
  const input: StateHeatmapInput = $state({
    trace: lstm,
    layer: 0,
    quantity: 'h',
    sort: 'index',
    rowHeight: 10,
    ...props
  });
  const playback = new PlaybackState({ count: lstm.tokens.length });
  return { input, playback, view: new StateHeatmapView(() => input, playback) };
}

describe('StateHeatmapView', () => {
  it("sizes the plot from the box's measured width", () => {
    const { view } = heatmap();
    view.available = 600;
    expect(view.size).toMatchObject({ cellWidth: 548 / 15, height: 80 });
    view.available = 300;
    expect(view.size.width).toBeCloseTo(248);
  });

  it('moves the selection with the arrow keys, seeks the cursor and reads the cell out', () => {
    const { view, playback } = heatmap();
    expect(view.key('ArrowRight')).toBe(true);
    expect(view.key('ArrowRight')).toBe(true);
    expect(view.key('ArrowDown')).toBe(true);
    expect(playback.step).toBe(2);
    expect(view.selectedRow).toBe(1);
    expect(view.readout).toBe(`unit 1, step 3 "in": ${steps[2]!.h[1]!.toFixed(2)}`);
  });

  it('leaves other keys to the page', () => {
    const { view, playback } = heatmap();
    expect(view.key('Tab')).toBe(false);
    expect(playback.step).toBe(0);
    expect(view.readout).toBe('');
  });

  it('reads rows in display order when the units are sorted', () => {
    const { view, playback } = heatmap({ sort: 'change' });
    playback.seek(4);
    view.focus();
    const unit = view.order[0]!;
    expect(view.focused).toBe(true);
    expect(view.readout).toBe(cellReadout(unit, 4, lstm.tokens[4], steps[4]!.h[unit]));
  });

  it('finds the cell under a point and selects it on a click', () => {
    const { view, playback } = heatmap();
    view.available = 600;
    const column = 548 / 15;
    expect(view.pointAt(column * 3.5, 25)).toEqual({ step: 3, row: 2, x: column * 3.5, y: 25 });
    expect(view.pointAt(column * 3.5, 85)).toBeUndefined();
    view.hover = view.pointAt(column * 3.5, 25);
    expect(view.tip).toBe(`unit 2, step 4 "Ireland": ${steps[3]!.h[2]!.toFixed(2)}`);
    view.clickAt(column * 14.5, 75);
    expect(playback.step).toBe(14);
    expect(view.selectedRow).toBe(7);
  });

  it('keeps the selected row inside the rows there are when the props change', () => {
    const { view, input } = heatmap();
    view.select(0, 7);
    input.trace = gru;
    input.quantity = 'c';
    expect(view.problem).toMatch(/gru layer records no "c"/);
    expect(view.units).toBe(0);
    expect(view.selectedRow).toBe(0);
    expect(view.description).toBe('No values to show.');
  });

  it('describes the whole heatmap, then the current step', () => {
    const { view, playback } = heatmap();
    playback.seek(3);
    expect(view.description).toMatch(/^Heatmap of hidden state h of .*: 8 units/);
    expect(view.description).toContain('At step 4 "Ireland"');
  });
});
