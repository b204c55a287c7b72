import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import { describeRnnCell, rnnCellData, rnnCellLayout } from '$lib/geometry/layout/rnn-cell.js';
import { formatValue } from '$lib/geometry/unit-strip.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';

const rnn = rnnJson as Trace;
const bilstm = bilstmJson as Trace;
const layer = rnn.layers[0]!;

describe('rnnCellLayout(tokens, layer, step)', () => {
  it('writes the first units of x_t, h_{t−1} and h_t from the trace', () => {
    const layout = rnnCellLayout(rnn.tokens, layer, 3);
    expect(layout.output.rows[0]!.text).toBe(`0: ${formatValue(layer.steps[3]!.h[0]!)}`);
    expect(layout.previous.rows[1]!.text).toBe(`1: ${formatValue(layer.steps[2]!.h[1]!)}`);
    expect(layout.input.rows[2]!.text).toBe(`2: ${formatValue(layer.steps[3]!.x![2]!)}`);
    expect(layout.output.rows.at(-1)!.text).toBe('… 5 more');
    expect(layout.previous.label).toEqual({ base: 'h', sub: 't−1' });
  });

  it('shows the activation in the box of a SimpleRNN', () => {
    const layout = rnnCellLayout(rnn.tokens, layer, 0);
    expect(layout.boxTitle).toBe(layer.activation ?? 'tanh');
  });

  it('has no previous numbers at the first step, only the initial state', () => {
    const layout = rnnCellLayout(rnn.tokens, layer, 0);
    expect(layout.previous.image).toBeUndefined();
    expect(layout.previous.rows).toEqual([]);
    expect(layout.previous.note).toBe('initial state (zeros)');
  });

  it('takes h from the next token going backward, and says when x is missing', () => {
    const back = bilstm.layers[1]!;
    const layout = rnnCellLayout(bilstm.tokens, back, 4);
    expect(layout.previous.label.sub).toBe('t+1');
    // Mirrored: the state before comes in from the right, h_t leaves to the left.
    expect(layout.previous.x).toBeGreaterThan(layout.box.x);
    expect(layout.output.x).toBeLessThan(layout.box.x);
    expect(layout.previous.rows[0]!.text).toBe(`0: ${formatValue(back.steps[5]!.h[0]!)}`);
    expect(layout.input.image).toBeUndefined();
    expect(layout.input.note).toBe('not recorded in this trace');
    expect(layout.boxTitle).toBe('LSTM');
    expect(rnnCellLayout(bilstm.tokens, back, 14).previous.note).toBe('initial state (zeros)');
  });

  it('writes as many numbers as asked', () => {
    expect(rnnCellLayout(rnn.tokens, layer, 2, 5).output.rows).toHaveLength(6);
    expect(rnnCellLayout(rnn.tokens, layer, 2, 8).output.rows).toHaveLength(8);
  });

  it('grows to hold the lowest line', () => {
    const layout = rnnCellLayout(rnn.tokens, layer, 2, 8);
    const lowest = Math.max(...layout.input.rows.map((row) => row.y));
    expect(layout.height).toBeGreaterThan(lowest);
  });
});

describe('rnnCellData(tokens, layer, step)', () => {
  it('lists every unit of x_t, h_{t−1} and h_t', () => {
    const data = rnnCellData(rnn.tokens, layer, 3);
    expect(data.columns).toEqual(['unit', 'x[t]', 'h[t-1]', 'h[t]']);
    expect(data.rows[7]).toEqual([
      7,
      layer.steps[3]!.x![7],
      layer.steps[2]!.h[7],
      layer.steps[3]!.h[7]
    ]);
  });

  it('leaves the initial state empty rather than invent it', () => {
    expect(rnnCellData(rnn.tokens, layer, 0).rows[0]![2]).toBeNull();
  });
});

describe('describeRnnCell(tokens, layer, step)', () => {
  it('gives the equation and the rounded numbers going in and out', () => {
    const text = describeRnnCell(rnn.tokens, layer, 3);
    const h = layer.steps[3]!.h;
    expect(text).toContain('Token 4 of 15, "Ireland"');
    expect(text).toContain(`h(t) = ${layer.activation ?? 'tanh'}(W·x(t) + U·h(t−1) + b)`);
    expect(text).toContain(
      `${formatValue(h[0]!)}, ${formatValue(h[1]!)}, ${formatValue(h[2]!)}, and 5 more`
    );
    const change = h.reduce((sum, v, i) => sum + Math.abs(v - layer.steps[2]!.h[i]!), 0) / h.length;
    expect(text).toContain(`h changed by ${formatValue(change)} per unit`);
  });

  it('says when the input is not recorded and when the state starts from zeros', () => {
    const text = describeRnnCell(bilstm.tokens, bilstm.layers[0]!, 0);
    expect(text).toContain('not recorded');
    expect(text).toContain('initial state (zeros)');
    expect(text).not.toContain('changed by');
  });
});
