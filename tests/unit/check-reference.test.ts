import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceRun } from '$lib/core/cells/reference.js';
import { runCell } from '$lib/core/cells/run.js';
import type { CellSpec } from '$lib/core/cells/weights.js';
import { checkSentence, checkVerdict, maxDistance } from '$lib/core/trace/verdict.js';
import type { TraceCheck } from '$lib/core/trace/types.js';
import { cellSpecOf } from '$lib/tf/extract.js';
import type { RecurrentLayerLike } from '$lib/tf/internals.js';
import { randomInput } from '$lib/tf/random-input.js';
import { Tracer } from '$lib/tf/tracer.js';
import { randomizeWeights, recurrentLayer } from './helpers/models.js';
import { seeded } from './helpers/seeded.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const check = (maxAbsDiff: number, replay?: number, tfjs?: number): TraceCheck => ({
  maxAbsDiff,
  against: 'test',
  backend: 'cpu',
  ...(replay === undefined ? {} : { reference: { replay, tfjs: tfjs! } })
});

describe('checkVerdict(check)', () => {
  it('passes a match within the tolerance, with or without a reference', () => {
    expect(checkVerdict(check(9e-6))).toBe('match');
    expect(checkVerdict(check(9e-6, 1, 0))).toBe('match');
  });
  it('passes the 3×BiLSTM case: 1.05e-5 from tfjs, both as far from exact as float32 rounding puts them', () => {
    expect(checkVerdict(check(1.05e-5, 6e-6, 5e-6))).toBe('float32');
    expect(checkSentence(check(1.05e-5, 6e-6, 5e-6))).toContain(
      'both are within float32 rounding of the exact value'
    );
  });
  it('fails without a reference, when the replay is far from exact, or above the cap', () => {
    expect(checkVerdict(check(1.05e-5))).toBe('failed');
    expect(checkVerdict(check(2e-5, 2e-5, 1e-7))).toBe('failed');
    expect(checkVerdict(check(2e-3, 1e-7, 1e-3))).toBe('failed');
  });
  it('passes a replay within the absolute floor of exact whatever tfjs does', () => {
    expect(checkVerdict(check(5e-5, 9e-7, 0))).toBe('float32');
  });
  it('maxDistance counts NaN as Infinity', () => {
    expect(maxDistance([NaN], [1], false)).toBe(Infinity);
  });
});

type Cell = 'simpleRNN' | 'lstm' | 'gru';

function vectorModel(cell: Cell, options: Record<string, unknown>, seed: number): tf.LayersModel {
  const model = tf.sequential({
    layers: [
      recurrentLayer(cell, { units: 6, inputShape: [null, 3], returnSequences: true, ...options }),
      tf.layers.dense({ units: 2 })
    ]
  });
  randomizeWeights(model, seeded(seed), 0.9);
  return model;
}

describe('referenceRun(spec, inputs, steps)', () => {
  const cases: [string, Cell, Record<string, unknown>][] = [
    ['SimpleRNN relu', 'simpleRNN', { activation: 'relu' }],
    ['LSTM hard_sigmoid', 'lstm', { recurrentActivation: 'hardSigmoid' }],
    ['GRU (tfjs form)', 'gru', {}],
    ['GRU backwards', 'gru', { goBackwards: true }]
  ];
  for (const [name, cell, options] of cases) {
    it(`agrees with the float32 replay to float32 rounding: ${name}`, () => {
      const model = vectorModel(cell, options, 7);
      const spec = cellSpecOf(model.layers[0] as unknown as RecurrentLayerLike);
      const rng = seeded(3);
      const inputs = Float32Array.from({ length: 40 * 3 }, () => rng.uniform(-2, 2));
      const goBackwards = options.goBackwards === true;
      const exact = referenceRun(spec, inputs, 40, { goBackwards });
      const replay = runCell(spec, inputs, 40, { goBackwards }).h;
      expect(maxDistance(replay, exact, true)).toBeLessThan(1e-5);
      expect(maxDistance(replay, exact, true)).toBeGreaterThan(0);
      model.dispose();
    });
  }
});

/** A tracer whose replay reads a deliberately wrong CellSpec for the model's recurrent layer. */
function tracerWith(model: tf.LayersModel, corrupt: (spec: CellSpec) => CellSpec): Tracer {
  const tracer = new Tracer(model);
  const layer = model.layers[0] as unknown as RecurrentLayerLike;
  const specs = (tracer as unknown as { specs: Map<RecurrentLayerLike, CellSpec> }).specs;
  specs.set(layer, corrupt(structuredClone(cellSpecOf(layer))));
  return tracer;
}

function swapColumns(matrix: Float32Array, rows: number, width: number, a: number, b: number) {
  for (let r = 0; r < rows; r++) {
    const at = r * width;
    [matrix[at + a], matrix[at + b]] = [matrix[at + b]!, matrix[at + a]!];
  }
}

describe('the check catches real replay errors', () => {
  const lstm = () => vectorModel('lstm', { recurrentActivation: 'hardSigmoid' }, 11);
  const errors: [string, (spec: CellSpec) => CellSpec][] = [
    [
      'a kernel weight perturbed by 1e-3',
      (spec) => {
        spec.weights.kernel[0]! += 1e-3;
        return spec;
      }
    ],
    [
      'the input and forget gates swapped on one unit',
      (spec) => {
        const { units, inputSize } = spec.weights;
        const width = 4 * units;
        swapColumns(spec.weights.kernel, inputSize, width, 2, units + 2);
        swapColumns(spec.weights.recurrentKernel, units, width, 2, units + 2);
        if (spec.weights.bias) swapColumns(spec.weights.bias, 1, width, 2, units + 2);
        return spec;
      }
    ],
    ['a wrong activation (softsign for tanh)', (spec) => ({ ...spec, activation: 'softsign' })],
    ['hardSigmoid read as sigmoid', (spec) => ({ ...spec, recurrentActivation: 'sigmoid' })]
  ];
  it('a faithful replay passes', () => {
    const model = lstm();
    const tracer = new Tracer(model);
    const trace = tracer.trace(randomInput(tracer.input, 60, 1));
    expect(checkVerdict(trace.check)).toBe('match');
    expect(trace.check.reference!.replay).toBeLessThan(1e-6);
    tracer.dispose();
    model.dispose();
  });
  for (const [name, corrupt] of errors) {
    it(`fails: ${name}`, () => {
      const model = lstm();
      const tracer = tracerWith(model, corrupt);
      const trace = tracer.trace(randomInput(tracer.input, 60, 1));
      expect(checkVerdict(trace.check)).toBe('failed');
      // The float64 replay reads tfjs's weights, so the error shows as distance from exact.
      expect(trace.check.reference!.replay).toBeGreaterThan(1e-5);
      expect(trace.check.reference!.tfjs).toBeLessThan(1e-6);
      tracer.dispose();
      model.dispose();
    });
  }
});
