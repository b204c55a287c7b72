import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import {
  cellName,
  hasRead,
  layerTitle,
  pickLayer,
  previousIndex,
  readRange
} from '$lib/geometry/layer-choice.js';
import stackedJson from '../fixtures/traces/untrained-stacked-bilstm-ireland.json';

const stacked = stackedJson as Trace;

describe('pickLayer(trace, choice)', () => {
  it('pickLayer(trace) is the first layer', () => {
    const pick = pickLayer(stacked);
    expect(pick.ok && pick.index).toBe(0);
  });

  it('pickLayer(trace, { name, direction }) finds the backward half of a Bidirectional layer', () => {
    const name = stacked.layers[2]!.name;
    const pick = pickLayer(stacked, { name, direction: 'backward' });
    expect(pick.ok && pick.index).toBe(3);
    expect(pick.ok && pick.layer.direction).toBe('backward');
  });

  it('pickLayer(trace, { name }) defaults to the forward half and wins over layer', () => {
    const name = stacked.layers[2]!.name;
    const pick = pickLayer(stacked, { name, layer: 0 });
    expect(pick.ok && pick.index).toBe(2);
  });

  it('pickLayer(trace, { layer: 9 }) explains what the trace has', () => {
    const pick = pickLayer(stacked, { layer: 9 });
    expect(pick.ok).toBe(false);
    expect(!pick.ok && pick.message).toMatch(/No layer 9 .* it has 4:/);
  });

  it('pickLayer(trace, { name: "nope" }) names the missing layer', () => {
    const pick = pickLayer(stacked, { name: 'nope' });
    expect(!pick.ok && pick.message).toMatch(/No layer "nope" \(forward\)/);
  });
});

describe('reading order', () => {
  it('previousIndex(direction, t, n) is t−1 forward and t+1 backward, undefined at the start', () => {
    expect(previousIndex('forward', 3, 5)).toBe(2);
    expect(previousIndex('forward', 0, 5)).toBeUndefined();
    expect(previousIndex('backward', 3, 5)).toBe(4);
    expect(previousIndex('backward', 4, 5)).toBeUndefined();
  });

  it('hasRead(direction, i, step) looks back forward and ahead backward', () => {
    expect([0, 1, 2, 3].map((i) => hasRead('forward', i, 2))).toEqual([true, true, true, false]);
    expect([0, 1, 2, 3].map((i) => hasRead('backward', i, 2))).toEqual([false, false, true, true]);
  });

  it('readRange(direction, step, n) runs from the first token read to the step', () => {
    expect(readRange('forward', 3, 10)).toEqual({ first: 0, last: 3 });
    expect(readRange('backward', 3, 10)).toEqual({ first: 9, last: 3 });
  });

  it('cellName(kind) and layerTitle(layer) use the usual names', () => {
    expect(['lstm', 'gru', 'simple_rnn'].map((kind) => cellName(kind as 'lstm'))).toEqual([
      'LSTM',
      'GRU',
      'SimpleRNN'
    ]);
    expect(layerTitle(stacked.layers[3]!)).toBe(
      `LSTM "${stacked.layers[3]!.name}", backward, 4 units`
    );
  });
});
