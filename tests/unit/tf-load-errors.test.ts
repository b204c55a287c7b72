import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { UnrolledError } from '$lib/core/errors.js';
import { loadModel, type ModelInMemory } from '$lib/tf/load.js';
import { saveModel } from '$lib/tf/save.js';
import { jsonErrorOffset, parseModelJson, SUPPORTED_RECURRENT } from '$lib/tf/validate-weights.js';

tf.env().set('IS_TEST', true);

/** Embedding → LSTM → Dense, named so messages can be checked, with seeded weights. */
async function savedModel(): Promise<ModelInMemory> {
  const model = tf.sequential();
  model.add(tf.layers.embedding({ name: 'embedding', inputDim: 6, outputDim: 3, inputLength: 4 }));
  model.add(tf.layers.lstm({ name: 'lstm', units: 4 }));
  model.add(tf.layers.dense({ name: 'dense', units: 1 }));
  model.setWeights(
    model.getWeights().map((w, i) => tf.randomUniform(w.shape, -1, 1, 'float32', i + 1))
  );
  return saveModel(model, 'memory');
}

type Topology = { config: { layers: { class_name: string; config: Record<string, unknown> }[] } };

function layersOf(saved: ModelInMemory) {
  return (saved.modelTopology as Topology).config.layers;
}

/** The UnrolledError a load rejects with (fails the test when it resolves or throws something else). */
async function loadError(source: Parameters<typeof loadModel>[0]): Promise<UnrolledError> {
  const error = await loadModel(source).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(UnrolledError);
  return error as UnrolledError;
}

type Bytes = Uint8Array<ArrayBuffer>;

function filesOf(modelJson: string, weights: Record<string, Bytes>): File[] {
  return [
    new File([modelJson], 'model.json'),
    ...Object.entries(weights).map(([name, bytes]) => new File([bytes], name))
  ];
}

function modelJsonText(saved: ModelInMemory, paths = ['weights.bin']): string {
  return JSON.stringify({
    modelTopology: saved.modelTopology,
    weightsManifest: [{ paths, weights: saved.weightSpecs }]
  });
}

function weightBytes(saved: ModelInMemory): Bytes {
  return new Uint8Array(tf.io.CompositeArrayBuffer.join(saved.weightData));
}

describe('jsonErrorOffset(text)', () => {
  it('finds the first character that breaks JSON', () => {
    expect(jsonErrorOffset('{"a": 1}')).toBe(-1);
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": "\\x"}')).toBe(8);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['null', ' [1e-3, -0.5, true, "\\u00e9\\n"] ', '{"a": {"b": []}}']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });
});

describe('loadModel: model.json that is not what it should be', () => {
  it('reports invalid JSON as bad-model-json with line, column and character', async () => {
    // The comma after "modelTopology": is character 20 of line 2, offset 21 of the text.
    const error = await loadError(filesOf('{\n  "modelTopology": ,\n}', {}));
    expect(error.code).toBe('bad-model-json');
    expect(error.message).toContain('model.json is not valid JSON');
    expect(error.message).toContain('unexpected "," at line 2, column 20 (character 21)');
  });

  it('reports a truncated model.json at its end', () => {
    // The text is 37 characters long: the end sits at offset 37, column 38.
    expect(() => parseModelJson('{"modelTopology": {"class_name": "Seq', 'm.json')).toThrow(
      'm.json is not valid JSON: unexpected end of file at line 1, column 38 (character 37).'
    );
  });

  it('refuses a graph model with advice to convert the Keras model', () => {
    expect(() => parseModelJson('{"format": "graph-model", "modelTopology": {}}')).toThrow(
      /graph model/
    );
  });

  it('refuses model.json without a weights manifest as missing-weights', async () => {
    const error = await loadError(filesOf('{"modelTopology": {"class_name": "Sequential"}}', {}));
    expect(error.code).toBe('missing-weights');
  });
});

describe('loadModel: weight files that do not match the manifest', () => {
  it('names a truncated file with expected and actual byte counts, before tfjs reads it', async () => {
    const saved = await savedModel();
    const bytes = weightBytes(saved);
    const error = await loadError(
      filesOf(modelJsonText(saved), { 'weights.bin': bytes.slice(0, bytes.length - 10) })
    );
    expect(error.code).toBe('bad-weights');
    expect(error.message).toContain(
      `Weight file "weights.bin" has ${bytes.length - 10} bytes, but model.json's weightsManifest expects ${bytes.length} bytes`
    );
  });

  it('flags a file longer than the manifest says, listing each shard of the group', async () => {
    const saved = await savedModel();
    const bytes = weightBytes(saved);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes);
    const error = await loadError(
      filesOf(modelJsonText(saved, ['a.bin', 'b.bin']), {
        'a.bin': padded.slice(0, 100),
        'b.bin': padded.slice(100)
      })
    );
    expect(error.code).toBe('bad-weights');
    expect(error.message).toContain(
      `"a.bin" (100 bytes), "b.bin" (${padded.length - 100} bytes) have`
    );
  });

  it('checks in-memory weight data against its specs too', async () => {
    const saved = await savedModel();
    const error = await loadError({ ...saved, weightData: weightBytes(saved).slice(4).buffer });
    expect(error.code).toBe('bad-weights');
  });

  it('names the layer whose weight has the wrong shape', async () => {
    const saved = await savedModel();
    // lstm/kernel is [3, 16] and lstm/recurrent_kernel [4, 16]: swapping the two shapes keeps the byte count.
    const specs = saved.weightSpecs.map((spec) =>
      spec.name === 'lstm/kernel'
        ? { ...spec, shape: [4, 16] }
        : spec.name === 'lstm/recurrent_kernel'
          ? { ...spec, shape: [3, 16] }
          : spec
    );
    const error = await loadError({ ...saved, weightSpecs: specs });
    expect(error.code).toBe('bad-weights');
    expect(error.layer).toBe('lstm');
    expect(error.message).toContain(
      "weight 'lstm/kernel' has shape [4, 16] in the weights manifest, but model.json builds it as [3, 16]"
    );
  });

  it('names weights the manifest lacks', async () => {
    const saved = await savedModel();
    const [last] = saved.weightSpecs.slice(-1);
    const error = await loadError({
      ...saved,
      weightSpecs: saved.weightSpecs.slice(0, -1),
      weightData: weightBytes(saved).slice(0, -4 * (last?.shape[0] ?? 0)).buffer
    });
    expect(error.code).toBe('bad-weights');
    expect(error.message).toContain('lacks 1 of the model');
    expect(error.message).toContain('dense/bias');
  });

  it('names a manifest weight no layer owns', async () => {
    const saved = await savedModel();
    const error = await loadError({
      ...saved,
      weightSpecs: [...saved.weightSpecs, { name: 'extra/kernel', shape: [1], dtype: 'float32' }],
      weightData: tf.io.concatenateArrayBuffers([weightBytes(saved).buffer, new ArrayBuffer(4)])
    });
    expect(error.code).toBe('bad-weights');
    expect(error.message).toContain("'extra/kernel'");
  });

  it.each([
    ['NaN', NaN],
    ['an infinity', -Infinity]
  ])('names the layer and weight holding %s', async (_, bad) => {
    const saved = await savedModel();
    const values = new Float32Array(tf.io.CompositeArrayBuffer.join(saved.weightData));
    // The weights are laid out in spec order: embeddings (18 values), then lstm/kernel.
    values[18 + 5] = bad;
    const error = await loadError({ ...saved, weightData: values.buffer });
    expect(error.code).toBe('bad-weights');
    expect(error.layer).toBe('lstm');
    expect(error.message).toContain(
      `weight 'lstm/kernel' holds 1 non-finite value(s) (first: ${bad} at index 5)`
    );
  });
});

describe('loadModel: layers unrolled cannot load', () => {
  it('names an unknown class, its layer, and lists the classes that load', async () => {
    const saved = await savedModel();
    const layer = layersOf(saved)[2];
    if (layer) layer.class_name = 'MyAttention';
    const error = await loadError(saved);
    expect(error.code).toBe('unknown-layer-class');
    expect(error.layer).toBe('dense');
    expect(error.message).toContain("Layer 'dense' has class 'MyAttention'");
    expect(error.message).toMatch(/Layer classes it can load: .*Bidirectional, .*GRU, .*LSTM, /);
  });

  it('refuses ConvLSTM2D as unsupported-layer', async () => {
    const model = tf.sequential();
    model.add(
      tf.layers.convLstm2d({
        name: 'conv_lstm',
        filters: 1,
        kernelSize: 1,
        inputShape: [2, 3, 3, 1]
      })
    );
    const error = await loadError(await saveModel(model, 'memory'));
    expect(error.code).toBe('unsupported-layer');
    expect(error.layer).toBe('conv_lstm');
    expect(error.message).toContain("Layer 'conv_lstm' (ConvLSTM2D)");
    expect(error.message).toContain(SUPPORTED_RECURRENT);
  });

  it('refuses an RNN over a custom cell, and over stacked cells', async () => {
    const model = tf.sequential();
    model.add(
      tf.layers.rnn({ name: 'rnn', cell: tf.layers.lstmCell({ units: 2 }), inputShape: [3, 2] })
    );
    const saved = await saveModel(model, 'memory');
    const cell = layersOf(saved)[0]?.config['cell'] as { class_name: string };
    cell.class_name = 'PeepholeLSTMCell';
    const custom = await loadError(saved);
    expect(custom.code).toBe('unsupported-layer');
    expect(custom.message).toContain("Layer 'rnn' (RNN over PeepholeLSTMCell)");
    expect(custom.message).toContain(
      'unrolled can instrument SimpleRNN, LSTM, GRU (incl. Keras reset_after) and Bidirectional wrappers of them'
    );

    const stacked = tf.sequential();
    const cells = [tf.layers.lstmCell({ units: 2 }), tf.layers.lstmCell({ units: 2 })];
    stacked.add(tf.layers.rnn({ name: 'stack', cell: cells, inputShape: [3, 2] }));
    const error = await loadError(await saveModel(stacked, 'memory'));
    expect(error).toMatchObject({ code: 'unsupported-layer', layer: 'stack' });
  });

  it('still loads an RNN over a standard cell', async () => {
    const model = tf.sequential();
    model.add(tf.layers.rnn({ cell: tf.layers.simpleRNNCell({ units: 2 }), inputShape: [3, 2] }));
    const loaded = await loadModel(await saveModel(model, 'memory'));
    expect(loaded.layers[0]?.getClassName()).toBe('RNN');
  });
});

describe('loadModel: anything else', () => {
  it('says what it accepts when given something it cannot read', async () => {
    const error = await loadError({ nothing: true } as never);
    expect(error.code).toBe('bad-input');
  });
});
