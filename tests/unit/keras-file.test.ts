import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UnrolledError } from '$lib/core/errors.js';
import { snakeCase } from '$lib/tf/keras-file/archive-names.js';
import { readKerasFile } from '$lib/tf/keras-file/read.js';
import { archiveTokenizer } from '$lib/tf/keras-file/vocabulary.js';
import { loadModel } from '$lib/tf/load.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { Tracer } from '$lib/tf/tracer.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const fixture = (name: string) => new URL(`../fixtures/keras/${name}`, import.meta.url).pathname;
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));

function predict(model: tf.LayersModel, ids: number[]): Float32Array {
  return tf.tidy(() =>
    Float32Array.from((model.predict(tf.tensor2d([ids])) as tf.Tensor).dataSync())
  );
}

async function failure(promise: Promise<unknown>): Promise<UnrolledError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(UnrolledError);
  return error as UnrolledError;
}

describe('readKerasFile(bytes, name)', () => {
  it('reads a Keras 2 .h5: model_config from the attributes, weights renamed from lstm/lstm/lstm_cell/kernel:0', async () => {
    const { artifacts } = await readKerasFile(bytesOf('lstm-keras2.h5'), 'lstm-keras2.h5');
    expect((artifacts.modelTopology as { keras_version: string }).keras_version).toBe('2.9.0');
    expect(artifacts.weightSpecs!.map((spec) => spec.name).sort()).toContain(
      'lstm/lstm/lstm_cell/kernel'
    );
  });

  it('loads a .keras archive whose weights file names layers by class and counter (gru → gru_2)', async () => {
    const model = await loadModelFromFile(fixture('gru-text-keras3.keras'));
    expect(model.layers.map((layer) => layer.name)).toEqual(['embedding_4', 'gru_2', 'dense_7']);
    const tracer = new Tracer(model);
    const trace = tracer.trace({ ids: [2, 3, 4, 5, 2, 6] });
    expect(trace.check.maxAbsDiff).toBeLessThan(1e-5);
    expect(trace.layers[0]!.resetAfter).toBe(true);
    tracer.dispose();
    model.dispose();
  });

  it('reads a CuDNNLSTM as the LSTM it computes: same outputs as the same weights in LSTM layout', async () => {
    const lstm = await loadModelFromFile(fixture('lstm-keras2.h5'));
    const cudnn = await loadModelFromFile(fixture('cudnn-lstm-keras2.h5'));
    expect(cudnn.layers.map((layer) => layer.getClassName())).toContain('LSTM');
    const ids = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const a = predict(lstm, ids);
    const b = predict(cudnn, ids);
    a.forEach((value, i) => expect(b[i]).toBeCloseTo(value, 6));
    lstm.dispose();
    cudnn.dispose();
  });

  it('loads from File objects in the browser path (the first Keras file among the files)', async () => {
    const file = new File([bytesOf('lstm-keras2.h5')], 'lstm-keras2.h5');
    const model = await loadModel([file, new File(['{}'], 'tokenizer.json')]);
    expect(model.layers.map((layer) => layer.getClassName())).toEqual([
      'InputLayer',
      'Embedding',
      'LSTM',
      'Dense'
    ]);
    model.dispose();
  });

  it('says what is wrong with a truncated, corrupt or foreign file, in one line', async () => {
    const h5 = bytesOf('lstm-keras2.h5');
    const keras = bytesOf('gru-text-keras3.keras');
    const cases: [Uint8Array, string, RegExp][] = [
      [h5.slice(0, 4000), 'cut.h5', /cut\.h5 is truncated: 4000 of its \d+ bytes/],
      [keras.slice(0, 1500), 'cut.keras', /cut\.keras could not be unzipped/],
      [new TextEncoder().encode('{"modelTopology": {}}'), 'model.h5', /not an HDF5 file/],
      [h5, 'model.keras', /not a \.keras archive/],
      [new Uint8Array(), 'empty.h5', /empty/]
    ];
    for (const [bytes, name, message] of cases) {
      const error = await failure(readKerasFile(bytes, name));
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('\n');
    }
  });
});

describe('archiveTokenizer(bytes, name)', () => {
  it("reads a TextVectorization vocabulary from the archive's assets and tokenizes as Keras does", async () => {
    const tokenizer = (await archiveTokenizer(
      bytesOf('gru-text-keras3.keras'),
      'gru-text-keras3.keras'
    ))!;
    expect(tokenizer.vocabSize).toBe(12);
    // Lower-cased, punctuation stripped (the apostrophe too), unknown words → [UNK] (1).
    expect(tokenizer.encode("The CAT sat, on the mat! Zebra's")).toEqual([2, 3, 4, 5, 2, 6, 1]);
    expect(tokenizer.decode([2, 3, 0, 1])).toBe('the cat [UNK]');
  });

  it('is undefined for an .h5 file (the vocabulary travels beside it as tokenizer JSON)', async () => {
    expect(await archiveTokenizer(bytesOf('lstm-keras2.h5'), 'lstm-keras2.h5')).toBeUndefined();
  });
});

describe('snakeCase(className)', () => {
  it('names classes as Keras keys them in a .keras weights file', () => {
    expect(['LSTM', 'SimpleRNN', 'Conv1D', 'TimeDistributed', 'GRU'].map(snakeCase)).toEqual([
      'lstm',
      'simple_rnn',
      'conv1d',
      'time_distributed',
      'gru'
    ]);
  });
});
