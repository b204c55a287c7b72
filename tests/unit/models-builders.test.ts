import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fibonacciModel } from '$lib/tf/models/fibonacci.js';
import { memoryModel } from '$lib/tf/models/memory-model.js';
import { sentimentBiLstmModel } from '$lib/tf/models/sentiment-bilstm.js';
import { sentimentGruModel } from '$lib/tf/models/sentiment-gru.js';
import { sentimentStackedBiLstmModel } from '$lib/tf/models/sentiment-stacked-bilstm.js';
import { Tracer } from '$lib/tf/tracer.js';
import { oneHot, oneHotTwin } from '$lib/tf/train/one-hot-twin.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

function weightsOf(model: tf.LayersModel): number[][] {
  return model.getWeights().map((weight) => Array.from(weight.dataSync()));
}

/** Each layer as "Class(units)" with the wrapped layer of a Bidirectional. */
function layersOf(model: tf.LayersModel): string[] {
  return model.layers.map((layer) => {
    const config = layer.getConfig() as Record<string, unknown>;
    const inner = (layer as unknown as { forwardLayer?: tf.layers.Layer }).forwardLayer;
    if (inner) {
      const innerConfig = inner.getConfig() as Record<string, unknown>;
      return `Bidirectional(${inner.getClassName()}(${String(innerConfig.units)}${innerConfig.returnSequences ? ', sequences' : ''}))`;
    }
    const size = config.units ?? config.outputDim;
    const activation = typeof config.activation === 'string' ? `, ${config.activation}` : '';
    return `${layer.getClassName()}(${String(size)}${activation})`;
  });
}

describe('memoryModel(options)', () => {
  const options = {
    cell: 'lstm',
    vocabSize: 20,
    labels: 12,
    embeddingSize: 4,
    units: 6,
    seed: 3
  } as const;

  it('memoryModel(same seed) gives identical starting weights, another seed different ones', () => {
    const a = memoryModel(options);
    const b = memoryModel(options);
    const c = memoryModel({ ...options, seed: 4 });
    expect(weightsOf(a)).toEqual(weightsOf(b));
    expect(weightsOf(a)).not.toEqual(weightsOf(c));
    [a, b, c].forEach((model) => model.dispose());
  });

  it('memoryModel starts from Keras defaults: orthogonal recurrent rows, forget-gate bias 1', () => {
    const model = memoryModel(options);
    const [, , recurrent, bias] = model.getWeights();
    const rows = recurrent!.arraySync() as number[][];
    const dot = (x: number[], y: number[]) => x.reduce((sum, v, i) => sum + v * y[i]!, 0);
    expect(dot(rows[0]!, rows[0]!)).toBeCloseTo(1, 5);
    expect(dot(rows[0]!, rows[1]!)).toBeCloseTo(0, 5);
    expect(Array.from(bias!.dataSync())).toEqual([
      ...new Array(6).fill(0),
      ...new Array(6).fill(1),
      ...new Array(12).fill(0)
    ]);
    model.dispose();
  });

  it('memoryModel({ cell }) builds Embedding → one recurrent layer → softmax for each cell', () => {
    for (const cell of ['simple_rnn', 'lstm', 'gru'] as const) {
      const model = memoryModel({ ...options, cell });
      const recurrent = { simple_rnn: 'SimpleRNN', lstm: 'LSTM', gru: 'GRU' }[cell];
      expect(layersOf(model)).toEqual([
        'Embedding(4)',
        `${recurrent}(6, tanh)`,
        'Dense(12, softmax)'
      ]);
      model.dispose();
    }
  });
});

describe('the sentiment notebook models', () => {
  it('sentimentBiLstmModel is Embedding(v, 64) → Bidirectional(LSTM(64)) → Dense(64, relu) → Dense(1, sigmoid)', () => {
    const model = sentimentBiLstmModel({ vocabSize: 30, seed: 1 });
    expect(layersOf(model)).toEqual([
      'Embedding(64)',
      'Bidirectional(LSTM(64))',
      'Dense(64, relu)',
      'Dense(1, sigmoid)'
    ]);
    expect(model.layers[0]!.getConfig().inputDim).toBe(30);
    model.dispose();
  });

  it('sentimentStackedBiLstmModel feeds every step of the first LSTM to the second', () => {
    const model = sentimentStackedBiLstmModel({ vocabSize: 30, seed: 1 });
    expect(layersOf(model)).toEqual([
      'Embedding(64)',
      'Bidirectional(LSTM(64, sequences))',
      'Bidirectional(LSTM(32))',
      'Dense(64, relu)',
      'Dense(1, sigmoid)'
    ]);
    model.dispose();
  });

  it('sentimentGruModel is Embedding(v, 64) → Bidirectional(GRU(32)) → Dense(64, relu) → Dense(1, sigmoid)', () => {
    const model = sentimentGruModel({ vocabSize: 30, seed: 1 });
    expect(layersOf(model)).toEqual([
      'Embedding(64)',
      'Bidirectional(GRU(32))',
      'Dense(64, relu)',
      'Dense(1, sigmoid)'
    ]);
    model.dispose();
  });
});

describe('fibonacciModel()', () => {
  it('fibonacciModel() traces 1, 0, 0, … to hidden states (F(n+1), F(n)) exactly, up to F(30) = 832040', () => {
    const model = fibonacciModel();
    const ids = [1, ...new Array<number>(29).fill(0)];
    const trace = new Tracer(model).trace({ ids });
    const fibonacci = [0, 1];
    while (fibonacci.length < 32) fibonacci.push(fibonacci.at(-1)! + fibonacci.at(-2)!);
    const states = trace.layers[0]!.steps.map((step) => step.h);
    expect(states).toEqual(states.map((_, i) => [fibonacci[i + 2], fibonacci[i + 1]]));
    expect(states[29]![1]).toBe(832040);
    expect(trace.output).toEqual([1346269, 832040]);
    expect(trace.check.maxAbsDiff).toBe(0);
    model.dispose();
  });
});

describe('oneHotTwin(model)', () => {
  it('oneHotTwin(model) predicts what the Embedding model predicts, padded or not', async () => {
    const model = memoryModel({
      cell: 'gru',
      vocabSize: 9,
      labels: 3,
      embeddingSize: 3,
      units: 4,
      seed: 2
    });
    const twin = await oneHotTwin(model, { mask: true });
    const ids = [
      [0, 0, 3, 8, 1],
      [5, 2, 7, 7, 4]
    ];
    const mine = twin.predict(oneHot(ids, 9)) as tf.Tensor;
    const shipped = model.predict(tf.tensor2d(ids)) as tf.Tensor;
    const bare = model.predict(tf.tensor2d([[3, 8, 1]])) as tf.Tensor;
    expect(tf.max(tf.abs(tf.sub(mine, shipped))).dataSync()[0]).toBeLessThan(1e-6);
    expect(tf.max(tf.abs(tf.sub(mine.slice(0, 1), bare))).dataSync()[0]).toBeLessThan(1e-6);
    model.dispose();
    twin.dispose();
  });
});
