import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVerdict } from '$lib/core/trace/verdict.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { randomInput } from '$lib/tf/random-input.js';
import { Tracer } from '$lib/tf/tracer.js';
import { cli, expectOneLine } from './helpers/cli.js';

tf.env().set('IS_TEST', true);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/keras/${name}`, import.meta.url));

function weightsOf(model: tf.LayersModel, layer: string): Float32Array[] {
  return model
    .getLayer(layer)
    .getWeights()
    .map((w) => w.dataSync() as Float32Array);
}

function expectFaithful(trace: ReturnType<Tracer['trace']>): void {
  expect(trace.check.maxAbsDiff).toBeLessThan(1e-5);
  expect(checkVerdict(trace.check, 1e-5)).toBe('match');
  expect(trace.influence.every(Number.isFinite)).toBe(true);
}

describe('a Keras 2 .h5 with a causal, dilated Conv1D before an LSTM', () => {
  let model: tf.LayersModel;
  let tracer: Tracer;
  beforeAll(async () => {
    model = await loadModelFromFile(fixture('causal-conv-keras2.h5'));
    tracer = new Tracer(model);
  });
  afterAll(() => model.dispose());

  it("feeds the LSTM relu(Keras's causal convolution of the input), step for step", () => {
    const input = randomInput(tracer.input, 9, 4) as { values: number[][] };
    const trace = tracer.trace(input, { includeInputs: true });
    expectFaithful(trace);
    const [kernel, bias] = weightsOf(model, 'conv1d') as [Float32Array, Float32Array];
    // kernel_size 3, dilation 2: step t reads steps t − 4, t − 2 and t (zeros before the first).
    trace.layers[0]!.steps.forEach((step, t) => {
      const expected = [0, 1, 2].map((o) => {
        let sum = bias[o]!;
        for (let k = 0; k < 3; k++) {
          const row = input.values[t - (2 - k) * 2];
          if (row) row.forEach((x, i) => (sum += x * kernel[(k * 2 + i) * 3 + o]!));
        }
        return Math.max(sum, 0);
      });
      step.x!.forEach((x, o) => expect(x).toBeCloseTo(expected[o]!, 5));
    });
  });
});

describe('a Keras 3 .keras with two inputs, numbers first and the token ids second', () => {
  let model: tf.LayersModel;
  let tracer: Tracer;
  beforeAll(async () => {
    model = await loadModelFromFile(fixture('two-inputs-keras3.keras'));
    tracer = new Tracer(model);
  });
  afterAll(() => model.dispose());

  it('traces the ids the LSTM reads and holds the numbers as a side input', () => {
    expect(tracer.input).toMatchObject({ kind: 'ids', steps: 5, vocabularySize: 7, index: 1 });
    expect(tracer.input.sideInputs).toEqual([
      { name: 'numbers', index: 0, shape: [4], kind: 'values', vocabularySize: null }
    ]);
  });

  it('gives the output model.predict gives for both inputs, and the numbers change only the output', () => {
    const ids = [1, 5, 2, 6, 3];
    const traceWith = (numbers: number[]) => tracer.trace({ ids, sideInputs: [numbers] });
    const first = traceWith([0.5, -1, 0.25, 2]);
    const second = traceWith([-2, 1, 0, -0.5]);
    expectFaithful(first);
    expectFaithful(second);
    const predicted = tf.tidy(() =>
      Array.from(
        (
          model.predict([tf.tensor2d([[0.5, -1, 0.25, 2]]), tf.tensor2d([ids])]) as tf.Tensor
        ).dataSync()
      )
    );
    expect(first.output[0]).toBeCloseTo(predicted[0]!, 6);
    expect(second.layers).toEqual(first.layers);
    expect(second.output[0]).not.toBeCloseTo(first.output[0]!, 3);
  });

  it('refuses side numbers of the wrong size in one line', () => {
    expect(() => tracer.trace({ ids: [1, 2, 3, 4, 5], sideInputs: [[1, 2]] })).toThrow(
      "The model's input 'numbers' takes 4 numbers, got 2."
    );
    expect(tf.memory().numTensors).toBeLessThan(100);
  });
});

describe('a Keras 2 functional .h5 whose GRU reads a Concatenate of two inputs', () => {
  let model: tf.LayersModel;
  let tracer: Tracer;
  beforeAll(async () => {
    model = await loadModelFromFile(fixture('merge-gru-keras2.h5'));
    tracer = new Tracer(model);
  });
  afterAll(() => model.dispose());

  it('replays the GRU on what tfjs computed for the merge: its x_t is [embedding(id_t), features_t]', () => {
    expect(tracer.input).toMatchObject({ kind: 'ids', index: 0 });
    expect(tracer.input.sideInputs!.map(({ name, shape }) => [name, shape])).toEqual([
      ['features', [null, 2]],
      ['numbers', [3]]
    ]);
    const input = randomInput(tracer.input, 6, 11) as { ids: number[]; sideInputs: number[][] };
    expect(input.sideInputs.map((side) => side.length)).toEqual([12, 3]);
    const trace = tracer.trace(input, { includeInputs: true });
    expectFaithful(trace);
    const [embeddings] = weightsOf(model, 'embedding') as [Float32Array];
    trace.layers[0]!.steps.forEach((step, t) => {
      const id = input.ids[t]!;
      const expected = [
        ...embeddings.subarray(id * 3, id * 3 + 3),
        ...input.sideInputs[0]!.slice(t * 2, t * 2 + 2)
      ];
      step.x!.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 6));
    });
    expect(trace.tokens).toHaveLength(6);
    expect(trace.influence).toHaveLength(6);
  });
});

describe('the CLI on Keras files with several inputs or a causal Conv1D', () => {
  for (const [file, kind] of [
    [
      'two-inputs-keras3.keras',
      /random token sequences of 5 steps \(with the model's 1 other input at random values\)/
    ],
    [
      'merge-gru-keras2.h5',
      /random token sequences of 12 steps \(with the model's 2 other inputs at random values\)/
    ],
    ['causal-conv-keras2.h5', /random vector sequences of 12 steps on/]
  ] as const) {
    it(`verify passes on ${file}`, async () => {
      const { code, stdout } = await cli(
        'verify',
        '--model',
        fixture(file),
        '--samples',
        '3',
        '--length',
        '12'
      );
      expect(stdout).toMatch(/^ok: /);
      expect(stdout).toMatch(kind);
      expect(code).toBe(0);
    });
  }

  it('gradients refuses a model with two inputs in one line, exit 2', async () => {
    const { code, stderr } = await cli(
      'gradients',
      '--model',
      fixture('two-inputs-keras3.keras'),
      '--ids',
      '1,2,3,4,5'
    );
    expect(code).toBe(2);
    expectOneLine(
      stderr,
      /The model has 2 inputs; unrolled takes gradients of models with one input\./
    );
  });

  it('trace takes the other inputs from --side-inputs, and refuses the wrong count in one line', async () => {
    const model = fixture('two-inputs-keras3.keras');
    const run = (sides: string) =>
      cli('trace', '--model', model, '--ids', '1,5,2,6,3', '--side-inputs', sides);
    const zeros = await cli('trace', '--model', model, '--ids', '1,5,2,6,3');
    const given = await run('[[0.5, -1, 0.25, 2]]');
    expect(zeros.code).toBe(0);
    expect(given.code).toBe(0);
    const [a, b] = [zeros, given].map(({ stdout }) => JSON.parse(stdout) as { output: number[] });
    expect(b!.output[0]).not.toBeCloseTo(a!.output[0]!, 3);
    const wrong = await run('[[1], [2]]');
    expect(wrong.code).toBe(2);
    expectOneLine(wrong.stderr, /1 input\(s\) besides the traced one, got numbers for 2/);
  });
});
