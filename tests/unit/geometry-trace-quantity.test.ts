import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import {
  defaultGate,
  finalStep,
  isGate,
  layerLabel,
  maskedSteps,
  quantitiesOf,
  quantityLabel,
  quantityProblem,
  quantityScale,
  quantityValues
} from '$lib/geometry/trace-quantity.js';
import bilstm from '../fixtures/traces/untrained-bilstm-ireland.json';
import gru from '../fixtures/traces/untrained-gru-ireland.json';
import lstm from '../fixtures/traces/untrained-lstm-ireland.json';

const lstmTrace = lstm as Trace;
const gruTrace = gru as Trace;
const bilstmTrace = bilstm as Trace;

describe('quantitiesOf(cell)', () => {
  it('lists states first, then the gates the trace records', () => {
    expect(quantitiesOf('lstm')).toEqual(['h', 'c', 'input', 'forget', 'candidate', 'output']);
    expect(quantitiesOf('gru')).toEqual(['h', 'update', 'reset', 'candidate']);
    expect(quantitiesOf('simple_rnn')).toEqual(['h']);
  });
});

describe('defaultGate(cell)', () => {
  it('picks the gate that decides what is kept, or h without gates', () => {
    expect(defaultGate('lstm')).toBe('forget');
    expect(defaultGate('gru')).toBe('update');
    expect(defaultGate('simple_rnn')).toBe('h');
  });
});

describe('isGate(quantity) and quantityLabel(quantity, cell)', () => {
  it('treats the candidate as signed and names it by cell', () => {
    expect(isGate('forget')).toBe(true);
    expect(isGate('candidate')).toBe(false);
    expect(quantityLabel('candidate', 'gru')).toBe('candidate h̃');
    expect(quantityLabel('candidate', 'lstm')).toBe('candidate c̃');
  });
});

describe('quantityProblem(layer, quantity)', () => {
  it('explains that a GRU has no cell state', () => {
    expect(quantityProblem(gruTrace.layers[0], 'c')).toMatch(/gru layer records no "c"/);
  });

  it('says nothing when the layer has the quantity', () => {
    expect(quantityProblem(lstmTrace.layers[0], 'forget')).toBeUndefined();
  });

  it('reports a missing layer', () => {
    expect(quantityProblem(undefined, 'h')).toMatch(/no such layer/);
  });
});

describe('quantityValues(layer, quantity)', () => {
  it("returns the trace's own arrays, steps × units", () => {
    const layer = lstmTrace.layers[0]!;
    const forget = quantityValues(layer, 'forget');
    expect(forget).toHaveLength(15);
    expect(forget[3]).toBe((layer.steps[3]!.gates as { forget: number[] }).forget);
    expect(quantityValues(layer, 'c')[14]).toBe(layer.steps[14]!.c);
  });
});

describe('quantityScale(quantity, cell, values)', () => {
  it('uses [0, 1] for gates', () => {
    const scale = quantityScale('forget', 'lstm', [[0.2]]);
    expect([scale.min, scale.max]).toEqual([0, 1]);
  });

  it('is symmetric around 0 for signed values, reaching the largest |value|', () => {
    const scale = quantityScale('h', 'lstm', [
      [0.2, -0.7],
      [0.5, 0.1]
    ]);
    expect([scale.min, scale.max]).toEqual([-0.7, 0.7]);
  });
});

describe('finalStep(layer), maskedSteps(layer), layerLabel(trace, index)', () => {
  it('finds the final state at step 0 of a backward layer', () => {
    expect(finalStep(bilstmTrace.layers[0]!)).toBe(14);
    expect(finalStep(bilstmTrace.layers[1]!)).toBe(0);
  });

  it('lists masked steps', () => {
    const layer = lstmTrace.layers[0]!;
    const steps = layer.steps.map((step, t) => ({ ...step, masked: t === 0 || t === 2 }));
    expect(maskedSteps({ ...layer, steps })).toEqual([0, 2]);
  });

  it('names the direction only when the trace has a backward pass', () => {
    expect(layerLabel(bilstmTrace, 1)).toBe('bidirectional_Bidirectional1 (backward)');
    expect(layerLabel(lstmTrace, 0)).toBe('lstm_LSTM1');
  });
});
