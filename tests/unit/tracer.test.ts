import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LstmGates, GruGates, Trace } from '$lib/core/trace/types.js';
import { activation } from '$lib/core/activations.js';
import { UnrolledError } from '$lib/core/errors.js';
import { Tracer, traceModel } from '$lib/tf/tracer.js';
import { randomArchitecture, randomizeWeights, recurrentLayer } from './helpers/models.js';
import { seeded } from './helpers/seeded.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const TOLERANCE = 1e-5;

function predictFlat(
  model: tf.LayersModel,
  input: { ids: number[] } | { values: number[][] }
): Float32Array {
  return tf.tidy(() => {
    const x =
      'ids' in input
        ? tf.tensor2d([input.ids], [1, input.ids.length])
        : tf.tensor3d([input.values]);
    const y = model.predict(x) as tf.Tensor;
    return Float32Array.from(y.dataSync());
  });
}

/** Gate identities that must hold at every unmasked step, computed from the trace alone. */
function expectGateIdentities(trace: Trace) {
  for (const layer of trace.layers) {
    const act = activation(layer.activation ?? 'tanh');
    const order = layer.steps.map((_, t) =>
      layer.direction === 'backward' ? layer.steps.length - 1 - t : t
    );
    order.forEach((t, i) => {
      const step = layer.steps[t]!;
      if (step.masked) return;
      const previous = i > 0 ? layer.steps[order[i - 1]!]! : undefined;
      for (let k = 0; k < layer.units; k++) {
        const hPrev = previous?.h[k] ?? 0;
        if (layer.cell === 'lstm') {
          const g = step.gates as LstmGates;
          const cPrev = previous?.c?.[k] ?? 0;
          const c = g.forget[k]! * cPrev + g.input[k]! * g.candidate[k]!;
          expect(step.c![k]).toBeCloseTo(c, 4);
          expect(step.h[k]).toBeCloseTo(g.output[k]! * act(c), 4);
        } else if (layer.cell === 'gru') {
          const g = step.gates as GruGates;
          expect(step.h[k]).toBeCloseTo(
            g.update[k]! * hPrev + (1 - g.update[k]!) * g.candidate[k]!,
            4
          );
        }
      }
    });
  }
}

describe('Tracer.trace(input) on random architectures', () => {
  const rng = seeded(20261127);
  const cases = Array.from({ length: 60 }, () => randomArchitecture(rng));
  for (const [index, { description, model, input, paddedPositions }] of cases.entries()) {
    it(`#${index} ${description}: matches tfjs and keeps the gate identities`, () => {
      const trace = new Tracer(model).trace(input);
      expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(TOLERANCE);
      const predicted = predictFlat(model, input);
      trace.output.forEach((value, i) =>
        expect(Math.abs(value - predicted[i]!)).toBeLessThanOrEqual(TOLERANCE)
      );
      const steps = 'ids' in input ? input.ids.length : input.values.length;
      expect(trace.tokens).toHaveLength(steps);
      expect(trace.influence).toHaveLength(steps);
      for (const layer of trace.layers) {
        expect(layer.steps).toHaveLength(steps);
        // Only the first recurrent layer sees the padding mask directly; both halves report it per token.
        if (layer === trace.layers[0]) {
          expect(layer.steps.flatMap((s, t) => (s.masked ? [t] : [])).sort()).toEqual(
            [...paddedPositions].sort()
          );
        }
      }
      paddedPositions.forEach((t) => expect(trace.influence[t]).toBe(0));
      expectGateIdentities(trace);
    });
  }
});

describe('Tracer.trace(input) on the wasm backend', () => {
  const rng = seeded(4242);
  const cases = Array.from({ length: 15 }, () => randomArchitecture(rng));
  beforeAll(async () => {
    await import('@tensorflow/tfjs-backend-wasm');
  });
  for (const [index, { description, model, input }] of cases.entries()) {
    it(`#${index} ${description}: matches tfjs on wasm`, async () => {
      // IS_TEST makes tfjs check kernels for leaks, which the wasm backend's fused matMul trips in tfjs 4.22.
      tf.env().set('IS_TEST', false);
      await tf.setBackend('wasm');
      try {
        const trace = new Tracer(model).trace(input);
        expect(trace.check.backend).toBe('wasm');
        expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(TOLERANCE);
      } finally {
        await tf.setBackend('cpu');
        tf.env().set('IS_TEST', true);
      }
    });
  }
});

describe('Tracer on functional graphs', () => {
  it('traces Bidirectional(GRU, returnSequences + returnState, mergeMode null) → Concatenate of the states', () => {
    const rng = seeded(7);
    const input = tf.input({ shape: [6] });
    const embedded = tf.layers
      .embedding({ inputDim: 30, outputDim: 4, maskZero: true })
      .apply(input) as tf.SymbolicTensor;
    const outputs = tf.layers
      .bidirectional({
        layer: recurrentLayer('gru', {
          units: 3,
          returnSequences: true,
          returnState: true,
          recurrentActivation: 'sigmoid'
        }),
        mergeMode: null as unknown as 'concat'
      })
      .apply(embedded) as tf.SymbolicTensor[];
    const [, , forwardH, backwardH] = outputs as [
      tf.SymbolicTensor,
      tf.SymbolicTensor,
      tf.SymbolicTensor,
      tf.SymbolicTensor
    ];
    const merged = tf.layers.concatenate().apply([forwardH, backwardH]) as tf.SymbolicTensor;
    const model = tf.model({ inputs: input, outputs: merged });
    randomizeWeights(model, rng);
    const trace = traceModel(model, { ids: [5, 9, 2, 17, 0, 0] });
    expect(trace.layers.map((l) => l.direction)).toEqual(['forward', 'backward']);
    expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(TOLERANCE);
    const predicted = predictFlat(model, { ids: [5, 9, 2, 17, 0, 0] });
    expect(trace.output).toHaveLength(6);
    trace.output.forEach((v, i) => expect(v).toBeCloseTo(predicted[i]!, 5));
    // The backward direction's state at token 0 is its final state: the second half of the output.
    const backward = trace.layers[1]!;
    backward.steps[0]!.h.forEach((v, k) => expect(v).toBeCloseTo(trace.output[3 + k]!, 5));
  });

  it('traces a float sequence through Conv1D → LSTM(returnState) → Concatenate → Dense', () => {
    const rng = seeded(11);
    const input = tf.input({ shape: [5, 2] });
    const conv = tf.layers
      .conv1d({ filters: 3, kernelSize: 2, padding: 'same' })
      .apply(input) as tf.SymbolicTensor;
    const [out, h, c] = recurrentLayer('lstm', { units: 4, returnState: true }).apply(
      conv
    ) as tf.SymbolicTensor[];
    const joined = tf.layers.concatenate().apply([out!, h!, c!]) as tf.SymbolicTensor;
    const dense = tf.layers
      .dense({ units: 1, activation: 'tanh' })
      .apply(joined) as tf.SymbolicTensor;
    const model = tf.model({ inputs: input, outputs: dense });
    randomizeWeights(model, rng);
    const values = Array.from({ length: 5 }, () => [rng.uniform(-1, 1), rng.uniform(-1, 1)]);
    const trace = traceModel(model, { values });
    expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(TOLERANCE);
    expect(trace.output[0]).toBeCloseTo(predictFlat(model, { values })[0]!, 5);
    expect(trace.influence.every((v) => v > 0)).toBe(true);
  });

  it('keeps each step’s input vector when asked', () => {
    const model = tf.sequential({
      layers: [tf.layers.simpleRNN({ units: 2, inputShape: [null, 3] })]
    });
    const values = [
      [1, 2, 3],
      [4, 5, 6]
    ];
    const trace = new Tracer(model).trace({ values }, { includeInputs: true });
    expect(trace.layers[0]!.steps.map((s) => s.x)).toEqual(values);
  });
});

describe('influence', () => {
  it('puts all the influence on the only token the answer can depend on', () => {
    // No recurrence (U = 0): the final state, and so the answer, depends on the last token alone.
    const model = tf.sequential({
      layers: [
        tf.layers.embedding({ inputDim: 10, outputDim: 3, inputShape: [null] }),
        tf.layers.simpleRNN({
          units: 3,
          recurrentInitializer: 'zeros',
          kernelInitializer: 'identity'
        }),
        tf.layers.dense({ units: 2, activation: 'softmax' })
      ]
    });
    const influence = new Tracer(model).trace({ ids: [4, 7, 2, 9] }).influence;
    expect(influence.slice(0, 3)).toEqual([0, 0, 0]);
    expect(influence[3]).toBeGreaterThan(0);
  });

  it('sums, for one token, to the change of the answer’s logit from the zero input', () => {
    const model = tf.sequential({
      layers: [
        tf.layers.simpleRNN({
          units: 1,
          activation: 'linear',
          useBias: false,
          inputShape: [null, 1]
        })
      ]
    });
    model.setWeights([tf.tensor2d([[2]]), tf.tensor2d([[0.5]])]);
    // Linear output y = 2·x: from x = 0 to x = 3 the output changes by 6.
    expect(new Tracer(model).trace({ values: [[3]] }).influence[0]).toBeCloseTo(6, 4);
  });
});

describe('ModelCheck', () => {
  it('reports a wrong replay: corrupting the replayed weights breaks the check', () => {
    const rng = seeded(3);
    const model = tf.sequential({
      layers: [
        tf.layers.embedding({ inputDim: 10, outputDim: 3, inputShape: [null] }),
        tf.layers.lstm({ units: 3 })
      ]
    });
    randomizeWeights(model, rng);
    const tracer = new Tracer(model);
    expect(tracer.trace({ ids: [1, 2, 3] }).check.maxAbsDiff).toBeLessThanOrEqual(TOLERANCE);
    const specs = (
      tracer as unknown as { specs: Map<unknown, { weights: { kernel: Float32Array } }> }
    ).specs;
    for (const spec of specs.values()) spec.weights.kernel[0]! += 0.5;
    expect(tracer.trace({ ids: [1, 2, 3] }).check.maxAbsDiff).toBeGreaterThan(1e-3);
  });

  it('uses a relative check for unbounded activations', () => {
    const model = tf.sequential({
      layers: [tf.layers.simpleRNN({ units: 2, activation: 'relu', inputShape: [null, 1] })]
    });
    randomizeWeights(model, seeded(5));
    expect(new Tracer(model).trace({ values: [[1], [2]] }).check.mode).toBe('relative');
  });
});

describe('bad input gives a typed error', () => {
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: 10, outputDim: 2, inputShape: [null] }),
      tf.layers.gru({ units: 2 })
    ]
  });
  const tracer = new Tracer(model);
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof UnrolledError
        ? `${error.code}: ${error.message}`
        : `untyped: ${String(error)}`;
    }
    return 'no error';
  };

  it('an empty sequence', () =>
    expect(codeOf(() => tracer.trace({ ids: [] }))).toMatch(/^bad-input: .*empty/));
  it('ids out of range', () =>
    expect(codeOf(() => tracer.trace({ ids: [1, 10] }))).toMatch(
      /^bad-input: Token 1 has id 10, outside .*0 to 9/
    ));
  it('negative or fractional ids', () =>
    expect(codeOf(() => tracer.trace({ ids: [1.5] }))).toMatch(/^bad-input/));
  it('vectors given to an ids model', () =>
    expect(codeOf(() => tracer.trace({ values: [[1, 2]] }))).toMatch(
      /^bad-input: This model reads token ids/
    ));
  it('non-finite input values', () => {
    const floats = new Tracer(
      tf.sequential({ layers: [tf.layers.lstm({ units: 1, inputShape: [null, 1] })] })
    );
    expect(codeOf(() => floats.trace({ values: [[NaN]] }))).toMatch(
      /^bad-input: .*not a finite number/
    );
  });
  it('a fixed-length model given the wrong length', () => {
    const fixed = new Tracer(
      tf.sequential({ layers: [tf.layers.lstm({ units: 1, inputShape: [4, 1] })] })
    );
    expect(codeOf(() => fixed.trace({ values: [[1]] }))).toMatch(
      /^bad-input: This model reads exactly 4 steps/
    );
  });
  it('NaN weights', () => {
    const broken = tf.sequential({ layers: [tf.layers.lstm({ units: 1, inputShape: [null, 1] })] });
    const [k, r, b] = broken.layers[0]!.getWeights() as [tf.Tensor, tf.Tensor, tf.Tensor];
    broken.layers[0]!.setWeights([k, r, tf.fill(b.shape, NaN)]);
    expect(codeOf(() => new Tracer(broken).trace({ values: [[1]] }))).toMatch(
      /^bad-weights: Layer ".*" has a NaN value in its bias/
    );
  });
  it('an RNN wrapping a custom cell', () => {
    class CustomCell extends tf.layers.Layer {
      static className = 'CustomCell';
      stateSize = 1;
      units = 1;
      call(inputs: tf.Tensor | tf.Tensor[]) {
        const [x, h] = inputs as tf.Tensor[];
        return [tf.add(tf.sum(x!, -1, true), h!), tf.add(tf.sum(x!, -1, true), h!)];
      }
    }
    const custom = tf.sequential({
      layers: [tf.layers.rnn({ cell: new CustomCell({}) as never, inputShape: [null, 2] })]
    });
    expect(codeOf(() => new Tracer(custom))).toMatch(
      /^unsupported-layer: Layer ".*" \(RNN wrapping a CustomCell\) cannot be instrumented: unrolled can instrument SimpleRNN, LSTM and GRU/
    );
  });
  it('a model with no recurrent layer', () => {
    const dense = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [2] })] });
    expect(codeOf(() => new Tracer(dense))).toMatch(/^unsupported-layer: .*nothing to trace/);
  });
});

describe('memory', () => {
  it('leaves tf.memory().numTensors unchanged after 1000 traces', () => {
    const model = tf.sequential({
      layers: [
        tf.layers.embedding({ inputDim: 10, outputDim: 3, maskZero: true, inputShape: [null] }),
        tf.layers.bidirectional({ layer: tf.layers.lstm({ units: 3 }) as tf.RNN }),
        tf.layers.dense({ units: 1, activation: 'sigmoid' })
      ]
    });
    const tracer = new Tracer(model);
    tracer.trace({ ids: [1, 2, 0] });
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) tracer.trace({ ids: [1 + (i % 9), 2, 0] });
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});
