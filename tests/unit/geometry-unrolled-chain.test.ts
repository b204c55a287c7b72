import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import {
  arrowPath,
  CHAIN_SIZES,
  cellState,
  chainData,
  chainLayout,
  describeUnrolledChain,
  scrollToShow
} from '$lib/geometry/layout/unrolled-chain.js';
import { formatValue } from '$lib/geometry/unit-strip.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const gru = gruJson as Trace;
const bilstm = bilstmJson as Trace;

describe('chainLayout(tokens, layer)', () => {
  const layout = chainLayout(lstm.tokens, lstm.layers[0]!);
  const pitch = CHAIN_SIZES.cellWidth + CHAIN_SIZES.gap;

  it('puts one cell per token, a pitch apart, and fits them in its width', () => {
    expect(layout.cells).toHaveLength(15);
    expect(layout.cells[1]!.x - layout.cells[0]!.x).toBe(pitch);
    const last = layout.cells.at(-1)!;
    expect(last.x + layout.cellWidth).toBeLessThanOrEqual(layout.width);
  });

  it('draws h and (for an LSTM) c as one picture per cell, one pixel per unit', () => {
    expect(layout.cells[3]!.h).toMatchObject({ width: 8, height: 1 });
    expect(layout.cells[3]!.c).toMatchObject({ width: 8, height: 1 });
    expect(layout.cBand).toBeDefined();
    expect(layout.cBand!.y).toBeLessThan(layout.hBand.y);
  });

  it('scales h by the layer’s largest |h| and c by its largest |c|', () => {
    const hs = lstm.layers[0]!.steps.flatMap((step) => step.h.map(Math.abs));
    const cs = lstm.layers[0]!.steps.flatMap((step) => (step.c ?? []).map(Math.abs));
    expect(layout.hMax).toBe(Math.max(...hs));
    expect(layout.cMax).toBe(Math.max(...cs));
  });

  it('has no conveyor and a shorter box for a GRU', () => {
    const g = chainLayout(gru.tokens, gru.layers[0]!);
    expect(g.cBand).toBeUndefined();
    expect(g.cells.every((cell) => cell.c === undefined && cell.conveyor === '')).toBe(true);
    expect(g.boxHeight).toBeLessThan(layout.boxHeight);
  });

  it('points arrows right going forward, with none after the last cell', () => {
    const first = layout.cells[0]!;
    expect(first.arrow.startsWith(`M${first.x + layout.cellWidth},`)).toBe(true);
    expect(layout.cells.at(-1)!.arrow).toBe('');
  });

  it('points arrows left going backward, with none after token 0 (its last read)', () => {
    const back = chainLayout(bilstm.tokens, bilstm.layers[1]!);
    const cell = back.cells[5]!;
    expect(cell.arrow.startsWith(`M${cell.x},`)).toBe(true);
    expect(cell.arrow).toContain(`H${cell.x - CHAIN_SIZES.gap}`);
    expect(back.cells[0]!.arrow).toBe('');
    expect(back.cells.at(-1)!.arrow).not.toBe('');
  });

  it('shortens long tokens to fit under their cell', () => {
    const long = chainLayout(
      [{ text: 'Donaudampfschifffahrtsgesellschaft', id: 1 }],
      lstm.layers[0]!
    );
    expect(long.cells[0]!.shortened).toBe(true);
    expect(long.cells[0]!.label.endsWith('…')).toBe(true);
    expect(layout.cells[3]!.label).toBe('Ireland');
  });
});

describe('cellState(direction, index, step)', () => {
  it('marks forward cells after the cursor as pending', () => {
    expect([0, 2, 3].map((i) => cellState('forward', i, 2))).toEqual([
      'read',
      'current',
      'pending'
    ]);
  });

  it('marks backward cells before the cursor as pending (not read yet going right to left)', () => {
    expect([0, 2, 3].map((i) => cellState('backward', i, 2))).toEqual([
      'pending',
      'current',
      'read'
    ]);
  });
});

describe('scrollToShow(left, width, scrollLeft, viewWidth)', () => {
  it('keeps the scroll when the cell is already in view', () => {
    expect(scrollToShow(100, 60, 50, 300)).toBe(50);
  });

  it('scrolls right just enough to show a cell past the right edge', () => {
    expect(scrollToShow(400, 60, 0, 300)).toBe(400 + 60 + 16 - 300);
  });

  it('scrolls left to a cell before the left edge', () => {
    expect(scrollToShow(100, 60, 300, 300)).toBe(84);
  });

  it('centres a cell wider than the view', () => {
    expect(scrollToShow(1000, 400, 0, 300)).toBe(1000 + 200 - 150);
  });
});

describe('chainData(tokens, layer)', () => {
  it('has a row per token with every h and c unit', () => {
    const data = chainData(lstm.tokens, lstm.layers[0]!);
    expect(data.columns).toHaveLength(2 + 8 + 8);
    expect(data.rows).toHaveLength(15);
    expect(data.rows[3]!.slice(0, 3)).toEqual([4, 'Ireland', lstm.layers[0]!.steps[3]!.h[0]]);
    expect(data.rows[3]![10]).toBe(lstm.layers[0]!.steps[3]!.c![0]);
  });
});

describe('describeUnrolledChain(tokens, layer, step)', () => {
  it('names the token, what was read, and h’s extremes from the trace', () => {
    const layer = lstm.layers[0]!;
    const text = describeUnrolledChain(lstm.tokens, layer, 3);
    const h = layer.steps[3]!.h;
    const high = h.indexOf(Math.max(...h));
    expect(text).toContain(
      'At token 4 of 15, "Ireland", it has read tokens 1 to 4 ("I lived in Ireland")'
    );
    expect(text).toContain(`to ${formatValue(h[high]!)} (unit ${high})`);
    expect(text).toContain('11 cells are not read yet');
    expect(text).toContain('c runs from');
  });

  it('reads the backward direction from the end', () => {
    const text = describeUnrolledChain(bilstm.tokens, bilstm.layers[1]!, 12);
    expect(text).toContain('right to left');
    expect(text).toContain('tokens 15 down to 13 ("speak to how")');
    expect(text).toContain('12 cells are not read yet');
  });

  it('says so when there are no tokens', () => {
    expect(describeUnrolledChain([], lstm.layers[0]!, 0)).toBe('No tokens.');
  });
});

describe('arrowPath(x1, x2, y)', () => {
  it('ends in a head pointing the way it goes', () => {
    expect(arrowPath(0, 20, 5)).toBe('M0,5H20M15,1L20,5L15,9');
    expect(arrowPath(20, 0, 5)).toBe('M20,5H0M5,1L0,5L5,9');
  });
});
