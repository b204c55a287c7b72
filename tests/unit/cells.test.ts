import { describe, expect, it } from 'vitest';
import { activation, activationName, ACTIVATION_NAMES } from '$lib/core/activations.js';
import { runCell } from '$lib/core/cells/run.js';
import { cellStep } from '$lib/core/cells/step.js';
import type { CellSpec } from '$lib/core/cells/weights.js';
import type { ActivationName } from '$lib/core/activations.js';
import type { CellKind } from '$lib/core/trace/types.js';

const ones = (n: number) => new Float32Array(n).fill(1);
const blocks = { simple_rnn: 1, lstm: 4, gru: 3 } as const;

function onesSpec(kind: CellKind, inputSize: number, units: number): CellSpec {
  const width = blocks[kind] * units;
  return {
    kind,
    activation: 'tanh',
    recurrentActivation: 'hardSigmoid',
    resetAfter: false,
    weights: {
      inputSize,
      units,
      kernel: ones(inputSize * width),
      recurrentKernel: ones(units * width)
    }
  };
}

describe('activation(name)', () => {
  it('hardSigmoid is tfjs’s clip(0.2·x + 0.5, 0, 1)', () => {
    const f = activation('hardSigmoid');
    expect([f(-3), f(-1), f(0), f(1), f(3)]).toEqual([0, 0.3, 0.5, 0.7, 1]);
  });
  it('accepts Keras spellings', () => {
    expect(activationName('hard_sigmoid')).toBe('hardSigmoid');
    expect(activationName('nope')).toBeUndefined();
  });
  it('softplus is stable for large inputs', () => {
    expect(activation('softplus')(1000)).toBe(1000);
    expect(activation('softplus')(0)).toBeCloseTo(Math.LN2, 12);
  });
  it('selu and elu use the published constants', () => {
    expect(activation('selu')(1)).toBeCloseTo(1.0507009873554805, 12);
    expect(activation('selu')(-1)).toBeCloseTo(
      1.0507009873554805 * 1.6732632423543772 * (Math.exp(-1) - 1),
      12
    );
    expect(activation('elu')(-2)).toBeCloseTo(Math.exp(-2) - 1, 12);
  });
  it('knows every activation it lists', () => {
    for (const name of ACTIVATION_NAMES) expect(Number.isFinite(activation(name)(0.3))).toBe(true);
  });
  it('throws for unknown names', () =>
    expect(() => activation('gelu_fancy')).toThrow(/Unknown activation/));
});

describe('runCell(spec, inputs, steps) against Keras golden values', () => {
  // Golden outputs recorded by tfjs-layers' own recurrent tests ("StackedRNNCells Tensor: Forward pass"),
  // produced by Keras 2 for keras.layers.RNN([SimpleRNNCell(3), GRUCell(2), LSTMCell(1)]) with kernel and
  // recurrent initializers 'ones', use_bias=False, hard_sigmoid gates, and the two input sequences below.
  const sequences = [
    [0.1, -0.1, 0.2, -0.2, -0.1, 0.1, -0.2, 0.2, 0.1, 0.1, -0.2, -0.2],
    [0.05, -0.05, 0.1, -0.1, -0.05, 0.05, -0.1, 0.1, 0.05, 0.05, -0.1, -0.1]
  ];
  const golden = [-0.07715216, -0.05906887];

  sequences.forEach((sequence, i) => {
    it(`stacked SimpleRNN(3) → GRU(2) → LSTM(1) gives ${golden[i]} for sequence ${i}`, () => {
      const first = runCell(onesSpec('simple_rnn', 4, 3), Float32Array.from(sequence), 3);
      const second = runCell(onesSpec('gru', 3, 2), first.h, 3);
      const third = runCell(onesSpec('lstm', 2, 1), second.h, 3);
      expect(third.h[2]).toBeCloseTo(golden[i]!, 7);
    });
  });
});

describe('cellStep(spec, x, state) for a Keras reset_after GRU, worked by hand', () => {
  // One unit, one input feature. W = [wz, wr, wh] = [0.5, -0.4, 0.3]; U = [uz, ur, uh] = [0.2, 0.6, -0.7];
  // b_in = [0.1, 0.0, -0.2]; b_rec = [0.05, 0.1, 0.3]; sigmoid gates, tanh candidate; x = 1, h₋₁ = 0.5.
  const spec: CellSpec = {
    kind: 'gru',
    activation: 'tanh',
    recurrentActivation: 'sigmoid',
    resetAfter: true,
    weights: {
      inputSize: 1,
      units: 1,
      kernel: Float32Array.of(0.5, -0.4, 0.3),
      recurrentKernel: Float32Array.of(0.2, 0.6, -0.7),
      bias: Float32Array.of(0.1, 0, -0.2),
      recurrentBias: Float32Array.of(0.05, 0.1, 0.3)
    }
  };
  const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
  // z = σ((0.5·1 + 0.1) + (0.2·0.5 + 0.05)) = σ(0.75)
  const z = sigmoid(0.75);
  // r = σ((−0.4·1 + 0) + (0.6·0.5 + 0.1)) = σ(0)= 0.5
  const r = sigmoid(0);
  // h̃ = tanh((0.3·1 − 0.2) + r·(−0.7·0.5 + 0.3)) = tanh(0.1 + 0.5·(−0.05)) = tanh(0.075)
  const candidate = Math.tanh(0.075);
  // h = z·0.5 + (1 − z)·h̃
  const h = z * 0.5 + (1 - z) * candidate;

  it('computes the gates and the state', () => {
    const { state, gates } = cellStep(spec, [1], { h: Float32Array.of(0.5) });
    expect(gates.update![0]).toBeCloseTo(z, 6);
    expect(gates.reset![0]).toBeCloseTo(r, 6);
    expect(gates.candidate![0]).toBeCloseTo(candidate, 6);
    expect(state.h[0]).toBeCloseTo(h, 6);
  });

  it('differs from the tfjs form on the same weights', () => {
    // tfjs form: h̃ = tanh(xh + b_h + (r·h₋₁)·U_h) = tanh(0.1 + 0.25·(−0.7)) with b_rec ignored and r = σ(−0.4 + 0.3).
    const tfjsForm = cellStep(
      { ...spec, resetAfter: false, weights: { ...spec.weights, recurrentBias: undefined } },
      [1],
      {
        h: Float32Array.of(0.5)
      }
    );
    expect(tfjsForm.gates.reset![0]).toBeCloseTo(sigmoid(-0.1), 6);
    expect(tfjsForm.gates.candidate![0]).toBeCloseTo(
      Math.tanh(0.1 + sigmoid(-0.1) * 0.5 * -0.7),
      6
    );
  });
});

describe('cellStep(spec, x, state) for an LSTM, worked by hand', () => {
  it('follows c = f⊙c₋₁ + i⊙g and h = o⊙tanh(c)', () => {
    // One unit; W = [0.1, 0.2, 0.3, 0.4], U = 0, b = 0, x = 1, c₋₁ = 2, hardSigmoid gates.
    const spec: CellSpec = {
      kind: 'lstm',
      activation: 'tanh',
      recurrentActivation: 'hardSigmoid',
      weights: {
        inputSize: 1,
        units: 1,
        kernel: Float32Array.of(0.1, 0.2, 0.3, 0.4),
        recurrentKernel: new Float32Array(4)
      }
    };
    const { state, gates } = cellStep(spec, [1], { c: Float32Array.of(2) });
    const i = 0.2 * 0.1 + 0.5;
    const f = 0.2 * 0.2 + 0.5;
    const g = Math.tanh(0.3);
    const o = 0.2 * 0.4 + 0.5;
    expect(gates.input![0]).toBeCloseTo(i, 6);
    expect(gates.forget![0]).toBeCloseTo(f, 6);
    expect(gates.candidate![0]).toBeCloseTo(g, 6);
    expect(gates.output![0]).toBeCloseTo(o, 6);
    expect(state.c![0]).toBeCloseTo(f * 2 + i * g, 6);
    expect(state.h[0]).toBeCloseTo(o * Math.tanh(f * 2 + i * g), 6);
  });
});

describe('runCell(spec, inputs, steps, { mask, goBackwards })', () => {
  const spec = onesSpec('lstm', 2, 2);
  const inputs = Float32Array.of(0.1, 0.2, -0.3, 0.4, 0.5, -0.6);

  it('carries every state over a masked step', () => {
    const run = runCell(spec, inputs, 3, { mask: [1, 0, 1] });
    expect(Array.from(run.masked)).toEqual([0, 1, 0]);
    expect(Array.from(run.h.subarray(2, 4))).toEqual(Array.from(run.h.subarray(0, 2)));
    expect(Array.from(run.c!.subarray(2, 4))).toEqual(Array.from(run.c!.subarray(0, 2)));
  });

  it('reads the last token first when going backwards', () => {
    const backwards = runCell(spec, inputs, 3, { goBackwards: true });
    const lastTokenAlone = runCell(spec, inputs.subarray(4, 6), 1);
    expect(Array.from(backwards.h.subarray(0, 2))).toEqual(Array.from(lastTokenAlone.h));
  });

  it('rejects inputs of the wrong size', () => {
    expect(() => runCell(spec, inputs, 4)).toThrow(/Expected 4×2 inputs/);
  });

  it('rejects weights that do not fit the cell', () => {
    const broken = { ...spec, weights: { ...spec.weights, kernel: ones(7) } };
    expect(() => runCell(broken, inputs, 3)).toThrow(/kernel has 7 numbers, expected 16/);
  });
});

describe('cellStep(spec, x) with every activation', () => {
  const names: ActivationName[] = [
    'relu',
    'linear',
    'softsign',
    'elu',
    'selu',
    'softplus',
    'sigmoid'
  ];
  for (const name of names) {
    it(`applies ${name} to a SimpleRNN pre-activation`, () => {
      const spec: CellSpec = { ...onesSpec('simple_rnn', 1, 1), activation: name };
      const { state } = cellStep(
        { ...spec, weights: { ...spec.weights, bias: Float32Array.of(-0.7) } },
        [0.2]
      );
      expect(state.h[0]).toBeCloseTo(activation(name)(0.2 - 0.7), 6);
    });
  }
});
