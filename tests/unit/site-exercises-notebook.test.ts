import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { notebookSizes, type NotebookMeta } from '../../src/site/exercises/notebook.js';
import { notebookLayers, notebookParams } from '../../src/site/exercises/notebook-model.js';
import { shipped } from './site-exercises-data.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const meta = shipped<NotebookMeta>('models/sentiment-bilstm/meta.json');
const sizes = notebookSizes(meta)!;

describe('the notebook model’s parameter count', () => {
  it('notebookSizes reads sentiment-bilstm’s real sizes (vocab 383 with padding, 64 wide, 28 tokens)', () => {
    expect(sizes).toEqual({ vocab: 383, embedding: 64, units: 64, dense: 64, maxLength: 28 });
  });

  it('tf.sequential of Embedding → Bidirectional(LSTM) → Dense(relu) → Dense(sigmoid) has the formula’s shapes and counts', () => {
    const model = tf.sequential({
      layers: [
        tf.layers.embedding({
          inputDim: sizes.vocab,
          outputDim: sizes.embedding,
          inputLength: sizes.maxLength
        }),
        tf.layers.bidirectional({ layer: tf.layers.lstm({ units: sizes.units }) as tf.RNN }),
        tf.layers.dense({ units: sizes.dense, activation: 'relu' }),
        tf.layers.dense({ units: 1, activation: 'sigmoid' })
      ]
    });
    const expected = notebookLayers(sizes);
    expect(model.layers.map((layer) => layer.countParams())).toEqual(expected.map((l) => l.params));
    expect(model.layers.map((layer) => layer.outputShape)).toEqual(expected.map((l) => l.shape));
    expect(model.countParams()).toBe(notebookParams(sizes));
    model.dispose();
  });

  it('the shipped model’s own weights add up to the same count', () => {
    const file = shipped<{ weightsManifest: { weights: { shape: number[] }[] }[] }>(
      'models/sentiment-bilstm/model.json'
    );
    const stored = file.weightsManifest
      .flatMap((group) => group.weights)
      .reduce((sum, w) => sum + w.shape.reduce((n, d) => n * d, 1), 0);
    expect(stored).toBe(notebookParams(sizes));
  });
});
