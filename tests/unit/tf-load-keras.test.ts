import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import {
  matchWeightNames,
  normaliseTopology,
  type JsonObject,
  type ModelConfig
} from '$lib/tf/keras-compat.js';
import { loadModel, prepareArtifacts, readModelFiles, type ModelFileReader } from '$lib/tf/load.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';

tf.env().set('IS_TEST', true);

const policy = (name: string) => ({
  module: 'keras',
  class_name: 'DTypePolicy',
  config: { name },
  registered_name: null
});
const kerasTensor = (layer: string, index = 0) => ({
  class_name: '__keras_tensor__',
  config: { shape: [null, 4], dtype: 'float32', keras_history: [layer, 0, index] }
});
const layer = (className: string, config: JsonObject, extra: JsonObject = {}) => ({
  module: 'keras.layers',
  class_name: className,
  config,
  registered_name: null,
  ...extra
});

function functional(layers: JsonObject[], extra: JsonObject = {}): JsonObject {
  return {
    class_name: 'Functional',
    config: {
      name: 'functional',
      layers,
      input_layers: ['in', 0, 0],
      output_layers: ['out', 0, 0],
      ...extra
    }
  };
}

function layerNamed(model: ModelConfig, name: string): JsonObject | undefined {
  return model.config.layers.find(
    (entry) => entry['name'] === name || entry.config['name'] === name
  );
}

describe('normaliseTopology(topology)', () => {
  it('reads Keras 2 converter output from model_config and says so', () => {
    const { modelConfig, notes } = normaliseTopology({
      keras_version: '2.9.0',
      backend: 'tensorflow',
      model_config: { class_name: 'Sequential', config: { name: 's', layers: [] } }
    });
    expect(modelConfig).toEqual({ class_name: 'Sequential', config: { name: 's', layers: [] } });
    expect(notes).toEqual([
      'Keras 2.9.0 converter output: read the model from modelTopology.model_config'
    ]);
  });

  it('wraps an old tfjs Sequential whose config is a bare layer list', () => {
    const dense = {
      class_name: 'Dense',
      config: { name: 'd', units: 1, batch_input_shape: [null, 2] }
    };
    const { modelConfig, notes } = normaliseTopology({ class_name: 'Sequential', config: [dense] });
    expect(modelConfig.config).toEqual({ layers: [dense] });
    expect(notes[0]).toMatch(/^old tfjs format/);
  });

  it('needs nothing for a tfjs-saved topology', () => {
    const topology = { class_name: 'Sequential', config: { name: 's', layers: [] } };
    expect(normaliseTopology(topology)).toEqual({ modelConfig: topology, notes: [] });
  });

  it('turns a Keras 3 Sequential into what tfjs reads, without changing its input', () => {
    const topology = {
      module: 'keras',
      class_name: 'Sequential',
      config: {
        name: 'sequential',
        dtype: policy('float32'),
        layers: [
          layer('InputLayer', { batch_shape: [null, 6], dtype: 'int64', name: 'input_layer' }),
          layer(
            'Dense',
            {
              name: 'dense',
              units: 2,
              dtype: policy('mixed_float16'),
              kernel_initializer: layer('GlorotUniform', { seed: null })
            },
            { build_config: { input_shape: [null, 6] } }
          )
        ],
        build_input_shape: [null, 6]
      },
      registered_name: null
    };
    const before = structuredClone(topology);
    const { modelConfig, notes } = normaliseTopology(topology);
    expect(topology).toEqual(before);
    expect(JSON.stringify(modelConfig)).not.toMatch(/module|registered_name|build_config|Policy/);
    expect(modelConfig.config.layers[0]?.config).toEqual({
      batch_input_shape: [null, 6],
      dtype: 'int32',
      name: 'input_layer'
    });
    expect(modelConfig.config.layers[1]?.config['dtype']).toBe('float32');
    expect(modelConfig.config['dtype']).toBe('float32');
    expect(notes).toEqual([
      'Keras 3: dropped module / registered_name / build_config metadata',
      'Keras dtype: DTypePolicy objects → dtype strings',
      'Keras dtype: dtype int64 read as int32',
      'Keras dtype: dtype mixed_float16 read as float32',
      'Keras 3: batch_shape renamed batch_input_shape'
    ]);
  });

  it('gives a Keras 3 Sequential built without an InputLayer its build_input_shape', () => {
    const { modelConfig } = normaliseTopology({
      class_name: 'Sequential',
      config: {
        layers: [{ class_name: 'LSTM', config: { name: 'lstm', units: 2 } }],
        build_input_shape: [null, 5, 3]
      }
    });
    expect(modelConfig.config.layers[0]?.config['batch_input_shape']).toEqual([null, 5, 3]);
    expect(modelConfig.config['build_input_shape']).toBeUndefined();
  });

  it('rewrites Keras 3 {args, kwargs} nodes as [layer, node, tensor, kwargs] lists', () => {
    const { modelConfig } = normaliseTopology(
      functional([
        layer(
          'InputLayer',
          { batch_shape: [null, 4], name: 'in' },
          { name: 'in', inbound_nodes: [] }
        ),
        layer(
          'Dense',
          { name: 'a', units: 4 },
          {
            name: 'a',
            inbound_nodes: [{ args: [kerasTensor('in')], kwargs: { training: false, mask: null } }]
          }
        ),
        layer(
          'Concatenate',
          { name: 'out', axis: -1 },
          {
            name: 'out',
            inbound_nodes: [{ args: [[kerasTensor('in'), kerasTensor('a')]], kwargs: {} }]
          }
        )
      ])
    );
    expect(layerNamed(modelConfig, 'a')?.['inbound_nodes']).toEqual([
      [['in', 0, 0, { training: false }]]
    ]);
    expect(layerNamed(modelConfig, 'out')?.['inbound_nodes']).toEqual([
      [
        ['in', 0, 0, {}],
        ['a', 0, 0, {}]
      ]
    ]);
    expect(modelConfig.config['input_layers']).toEqual([['in', 0, 0]]);
    expect(modelConfig.config['output_layers']).toEqual([['out', 0, 0]]);
  });

  it('passes an RNN initial_state as extra inputs, the way tfjs reads it', () => {
    const { modelConfig } = normaliseTopology(
      functional([
        layer(
          'LSTM',
          { name: 'out', units: 2 },
          {
            name: 'out',
            inbound_nodes: [
              {
                args: [kerasTensor('in')],
                kwargs: { initial_state: [kerasTensor('h'), kerasTensor('c')] }
              }
            ]
          }
        )
      ])
    );
    expect(layerNamed(modelConfig, 'out')?.['inbound_nodes']).toEqual([
      [
        ['in', 0, 0, {}],
        ['h', 0, 0, {}],
        ['c', 0, 0, {}]
      ]
    ]);
  });

  it('refuses a tensor passed as any other keyword', () => {
    const topology = functional([
      layer(
        'LSTM',
        { name: 'out', units: 2 },
        {
          name: 'out',
          inbound_nodes: [{ args: [kerasTensor('in')], kwargs: { mask: kerasTensor('m') } }]
        }
      )
    ]);
    expect(() => normaliseTopology(topology)).toThrow(
      expect.objectContaining({ code: 'unsupported-layer' })
    );
  });

  it("drops a Keras 3 Bidirectional's mirrored backward_layer and the forward_ prefix", () => {
    const gru = (name: string, goBackwards: boolean) =>
      layer('GRU', {
        name,
        units: 2,
        go_backwards: goBackwards,
        reset_after: true,
        dtype: policy('float32')
      });
    const { modelConfig, notes } = normaliseTopology({
      class_name: 'Sequential',
      config: {
        layers: [
          layer('Bidirectional', {
            name: 'bidirectional',
            layer: gru('forward_gru', false),
            backward_layer: gru('backward_gru', true)
          })
        ]
      }
    });
    const bidirectional = modelConfig.config.layers[0]?.config;
    expect(bidirectional?.['backward_layer']).toBeUndefined();
    expect((bidirectional?.['layer'] as { config: JsonObject }).config).toEqual({
      name: 'gru',
      units: 2,
      go_backwards: false,
      reset_after: true,
      dtype: 'float32'
    });
    expect(notes).toContain(
      'Keras 3: Bidirectional backward_layer dropped (a mirror of the forward layer)'
    );
  });

  it('refuses a Bidirectional whose backward layer differs from its forward layer', () => {
    const topology = {
      class_name: 'Sequential',
      config: {
        layers: [
          layer('Bidirectional', {
            name: 'both',
            layer: layer('LSTM', { name: 'forward_lstm', units: 2, go_backwards: false }),
            backward_layer: layer('LSTM', { name: 'backward_lstm', units: 3, go_backwards: true })
          })
        ]
      }
    };
    expect(() => normaliseTopology(topology)).toThrow(
      expect.objectContaining({ code: 'unsupported-layer', layer: 'both' })
    );
  });

  it("refuses Keras 3's hard_sigmoid, which tfjs computes differently, and reads silu as swish", () => {
    const lstm = (activation: string) => ({
      class_name: 'Sequential',
      config: {
        layers: [layer('LSTM', { name: 'lstm', units: 2, recurrent_activation: activation })]
      }
    });
    expect(() => normaliseTopology(lstm('hard_sigmoid'))).toThrow(
      expect.objectContaining({ code: 'unsupported-layer', layer: 'lstm' })
    );
    const { modelConfig } = normaliseTopology(lstm('silu'));
    expect(modelConfig.config.layers[0]?.config['recurrent_activation']).toBe('swish');
    // Keras 2 and tfjs agree on hard_sigmoid: clip(0.2·x + 0.5, 0, 1).
    const keras2 = {
      keras_version: '2.9.0',
      model_config: {
        class_name: 'Sequential',
        config: {
          layers: [{ class_name: 'LSTM', config: { recurrent_activation: 'hard_sigmoid' } }]
        }
      }
    };
    expect(() => normaliseTopology(keras2)).not.toThrow();
  });

  it('refuses what is not a Keras model config as bad-model-json', () => {
    for (const topology of [
      null,
      [],
      { class_name: 'Dense', config: {} },
      { class_name: 'Sequential', config: {} }
    ]) {
      expect(() => normaliseTopology(topology)).toThrow(
        expect.objectContaining({ code: 'bad-model-json' })
      );
    }
    const noClass = { class_name: 'Sequential', config: { layers: [{ config: {} }] } };
    expect(() => normaliseTopology(noClass)).toThrow(/layer 0 has no "class_name"/);
  });
});

describe('matchWeightNames(modelConfig, specs)', () => {
  const model: ModelConfig = {
    class_name: 'Functional',
    config: {
      layers: [
        { class_name: 'Embedding', name: 'embedding', config: { name: 'embedding' } },
        { class_name: 'LSTM', name: 'lstm', config: { name: 'lstm' } },
        {
          class_name: 'Bidirectional',
          name: 'bidirectional',
          config: { name: 'bidirectional', layer: { class_name: 'GRU', config: { name: 'gru' } } }
        },
        { class_name: 'BatchNormalization', name: 'norm', config: { name: 'norm', scale: false } },
        { class_name: 'Dense', name: 'dense_1', config: { name: 'dense_1' } },
        { class_name: 'Sequential', name: 'inner', config: { name: 'inner', layers: [] } }
      ]
    }
  };
  const rename = (name: string, group?: string) =>
    matchWeightNames(model, [{ name, group }]).specs[0]?.name;

  it.each([
    ['lstm/kernel', 'lstm/kernel'],
    ['lstm/lstm_cell_1/kernel', 'lstm/kernel'],
    ['sequential/lstm/lstm_cell/recurrent_kernel', 'lstm/recurrent_kernel'],
    ['layers/lstm/cell/vars/2', 'lstm/bias'],
    ['layers/embedding/vars/0', 'embedding/embeddings'],
    ['bidirectional/forward_gru/gru_cell_1/kernel', 'bidirectional/forward_gru/kernel'],
    ['functional/bidirectional/backward_gru/gru_cell/bias', 'bidirectional/backward_gru/bias'],
    [
      'layers/bidirectional/backward_layer/cell/vars/1',
      'bidirectional/backward_gru/recurrent_kernel'
    ],
    ['layers/norm/vars/0', 'norm/beta'],
    ['dense_1_1/kernel', 'dense_1/kernel']
  ])('renames %s to %s', (name, expected) => {
    expect(rename(name)).toBe(expected);
  });

  it.each([
    ['a weight of a layer the model does not have', 'conv/kernel'],
    ['a Bidirectional weight without a direction', 'bidirectional/gru_cell/kernel'],
    ['a position past the known weights', 'layers/dense_1/vars/7'],
    ['a weight of a nested model', 'inner/dense/kernel']
  ])('leaves %s alone', (_, name) => {
    expect(rename(name)).toBe(name);
  });

  it('leaves optimizer weights alone', () => {
    expect(rename('lstm/lstm_cell/kernel', 'optimizer')).toBe('lstm/lstm_cell/kernel');
  });

  it('keeps both names when two specs claim one weight', () => {
    const { specs } = matchWeightNames(model, [
      { name: 'lstm/a/kernel' },
      { name: 'lstm/b/kernel' }
    ]);
    expect(specs.map((spec) => spec.name)).toEqual(['lstm/a/kernel', 'lstm/b/kernel']);
  });
});

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/models/${name}/`, import.meta.url));

/** The fixture's files through the reader interface, read straight from disk. */
function nodeFileSystemReader(folder: string): ModelFileReader {
  return {
    jsonName: 'model.json',
    readJson: () => readFile(`${folder}model.json`, 'utf8'),
    readWeightFile: async (file) => new Uint8Array(await readFile(`${folder}${file}`)).buffer
  };
}

async function expectedOf(name: string): Promise<{ input: number[][]; output: unknown }> {
  return JSON.parse(await readFile(`${fixture(name)}expected.json`, 'utf8'));
}

function maxDifference(a: unknown, b: unknown): number {
  const flatA = [a].flat(Infinity) as number[];
  const flatB = [b].flat(Infinity) as number[];
  expect(flatA.length).toBe(flatB.length);
  return Math.max(...flatA.map((value, i) => Math.abs(value - (flatB[i] ?? NaN))));
}

describe('loadModelFromFile(fixture) predicts what the same model built in tfjs predicts', () => {
  it.each([
    ['tfjs-lstm', []],
    ['keras2-bigru-reset-after', ['Keras 2.3.0-tf converter output', 'weight names: 6 renamed']],
    ['keras3-lstm', ['Keras 3: batch_shape', 'weight names: 6 renamed']],
    [
      'keras3-functional-bigru',
      ['Keras 3: inbound_nodes', 'Bidirectional backward_layer', 'weight names: 9 renamed']
    ]
  ])('%s', async (name, expectedNotes) => {
    const { input, output } = await expectedOf(name);
    const model = await loadModelFromFile(fixture(name));
    const predicted = (model.predict(tf.tensor2d(input)) as tf.Tensor).arraySync();
    expect(maxDifference(predicted, output)).toBeLessThan(1e-6);

    const { notes } = prepareArtifacts(await readModelFiles(nodeFileSystemReader(fixture(name))));
    for (const note of expectedNotes) expect(notes.join('\n')).toContain(note);
  });

  it('keras2-bigru-reset-after: its final states match a plain-JS replay of the Keras formula', async () => {
    // Reads the raw weights by their Keras names, not through the loader, then runs
    // z = σ(xz + rz), r = σ(xr + rr), h̃ = tanh(xh + r·rh), h = z·h₋₁ + (1 − z)·h̃ both ways.
    const folder = fixture('keras2-bigru-reset-after');
    const modelJson = JSON.parse(await readFile(`${folder}model.json`, 'utf8'));
    const bytes = await readFile(`${folder}group1-shard1of1.bin`);
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const weights = new Map<string, Float32Array>();
    let at = 0;
    for (const spec of modelJson.weightsManifest[0].weights as {
      name: string;
      shape: number[];
    }[]) {
      const size = spec.shape.reduce((a, b) => a * b, 1);
      weights.set(spec.name, all.subarray(at, at + size));
      at += size;
    }
    const get = (name: string) => weights.get(name) ?? new Float32Array();
    const units = 2;
    const embed = 3;
    const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
    const run = (tokens: number[], side: string, cell: string) => {
      const [kernel, recurrent, bias] = ['kernel', 'recurrent_kernel', 'bias'].map((w) =>
        get(`bidirectional/${side}_gru/${cell}/${w}`)
      ) as [Float32Array, Float32Array, Float32Array];
      let h = [0, 0];
      for (const token of tokens) {
        const x = Array.from(
          get('embedding/embeddings').subarray(token * embed, token * embed + embed)
        );
        const column = (j: number) => ({
          x: (bias[j] ?? 0) + x.reduce((s, v, i) => s + v * (kernel[i * 3 * units + j] ?? 0), 0),
          h:
            (bias[3 * units + j] ?? 0) +
            h.reduce((s, v, i) => s + v * (recurrent[i * 3 * units + j] ?? 0), 0)
        });
        h = h.map((previous, k) => {
          const [zc, rc, hc] = [column(k), column(units + k), column(2 * units + k)];
          const z = sigmoid(zc.x + zc.h);
          const r = sigmoid(rc.x + rc.h);
          return z * previous + (1 - z) * Math.tanh(hc.x + r * hc.h);
        });
      }
      return h;
    };
    const { input } = await expectedOf('keras2-bigru-reset-after');
    const model = await loadModelFromFile(folder);
    const predicted = (model.predict(tf.tensor2d(input)) as tf.Tensor).arraySync();
    const replayed = input.map((tokens) => [
      ...run(tokens, 'forward', 'gru_cell_1'),
      ...run([...tokens].reverse(), 'backward', 'gru_cell_2')
    ]);
    expect(maxDifference(predicted, replayed)).toBeLessThan(1e-6);
  });
});

describe('loadModel(Keras 3 Sequential without an InputLayer)', () => {
  it('takes its input shape from build_input_shape and predicts like the tfjs model', async () => {
    const reference = tf.sequential();
    reference.add(tf.layers.simpleRNN({ units: 2, inputShape: [3, 2] }));
    reference.setWeights(
      reference.getWeights().map((w, i) => tf.randomUniform(w.shape, -1, 1, 'float32', i + 3))
    );
    const weightData = tf.io.concatenateArrayBuffers(
      reference.getWeights().map((w) => new Float32Array(w.dataSync()).buffer)
    );
    const loaded = await loadModel({
      modelTopology: {
        module: 'keras',
        class_name: 'Sequential',
        config: {
          name: 'sequential',
          layers: [
            layer('SimpleRNN', {
              name: 'simple_rnn',
              units: 2,
              activation: 'tanh',
              dtype: policy('float32')
            })
          ],
          build_input_shape: [null, 3, 2]
        }
      },
      weightSpecs: ['kernel', 'recurrent_kernel', 'bias'].map((w, i) => ({
        name: `sequential/simple_rnn/simple_rnn_cell/${w}`,
        shape: reference.getWeights()[i]?.shape ?? [],
        dtype: 'float32' as const
      })),
      weightData
    });
    const x = tf.randomUniform([2, 3, 2], -1, 1, 'float32', 5);
    expect((loaded.predict(x) as tf.Tensor).arraySync()).toEqual(
      (reference.predict(x) as tf.Tensor).arraySync()
    );
  });
});
