// Writes the small models in tests/fixtures/models (a few KB each): one saved by tfjs itself and
// three in the shapes real Keras exports take, each with expected.json (inputs and the outputs of
// the same model built natively in tfjs, so a loader bug shows up as a mismatch). Weights are
// fixed numbers: a rerun writes the same bytes. Run from the repository root:
//   npx tsx scripts/make-test-models.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { KerasGRU, registerKerasGru } from '../src/lib/tf/keras-gru.js';
import { saveModelToFile } from '../src/lib/tf/node-fs.js';

type Json = Record<string, unknown>;

const OUT = path.join('tests', 'fixtures', 'models');
const VOCAB = 12;
const EMBED = 3;
const TOKENS = [
  [1, 2, 3, 4, 5],
  [11, 7, 0, 9, 3]
];

/** Fixed, varied values in [-0.6, 0.6): a weight's content depends only on its seed. */
function fixedValues(count: number, seed: number): Float32Array {
  return Float32Array.from(
    { length: count },
    (_, i) => (((i * 7919 + seed * 104729) % 997) / 997 - 0.5) * 1.2
  );
}

interface FixedWeight {
  shape: number[];
  values: Float32Array;
}

/** Gives a model fixed weights, the nth from seed n + 1, and returns them in the model's order. */
function setFixedWeights(model: tf.LayersModel): FixedWeight[] {
  const weights = model
    .getWeights()
    .map((w, seed) => ({ shape: w.shape, values: fixedValues(w.size, seed + 1) }));
  model.setWeights(weights.map(({ shape, values }) => tf.tensor(values, shape)));
  return weights;
}

function concatBytes(parts: Float32Array[]): Uint8Array {
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return new Uint8Array(out.buffer);
}

async function writeModel(
  name: string,
  topology: Json,
  specs: (FixedWeight & { name: string })[],
  meta: Json
): Promise<void> {
  const folder = path.join(OUT, name);
  await mkdir(folder, { recursive: true });
  const bin = 'group1-shard1of1.bin';
  await writeFile(path.join(folder, bin), concatBytes(specs.map((spec) => spec.values)));
  const weights = specs.map(({ name, shape }) => ({ name, shape, dtype: 'float32' }));
  const modelJson = {
    ...meta,
    modelTopology: topology,
    weightsManifest: [{ paths: [bin], weights }]
  };
  await writeFile(path.join(folder, 'model.json'), JSON.stringify(modelJson));
}

async function writeExpected(
  name: string,
  model: tf.LayersModel,
  input: number[][]
): Promise<void> {
  const output = model.predict(tf.tensor2d(input)) as tf.Tensor;
  const expected = { input, output: output.arraySync() };
  await writeFile(path.join(OUT, name, 'expected.json'), JSON.stringify(expected));
}

// Keras 3 wraps most values in { module, class_name, config, registered_name }.
function keras3(module: string, className: string, config: Json): Json {
  return { module, class_name: className, config, registered_name: null };
}

const policy = keras3('keras', 'DTypePolicy', { name: 'float32' });
const glorot = keras3('keras.initializers', 'GlorotUniform', { seed: null });
const zeros = keras3('keras.initializers', 'Zeros', {});

function keras3Gru(name: string, goBackwards: boolean): Json {
  return keras3('keras.layers', 'GRU', {
    name,
    trainable: true,
    dtype: policy,
    return_sequences: true,
    return_state: false,
    go_backwards: goBackwards,
    stateful: false,
    unroll: false,
    zero_output_for_mask: true,
    units: 2,
    activation: 'tanh',
    recurrent_activation: 'sigmoid',
    use_bias: true,
    kernel_initializer: glorot,
    recurrent_initializer: keras3('keras.initializers', 'Orthogonal', { gain: 1.0, seed: null }),
    bias_initializer: zeros,
    dropout: 0.0,
    recurrent_dropout: 0.0,
    reset_after: true,
    seed: null
  });
}

function kerasTensor(layer: string, shape: (number | null)[]): Json {
  return {
    class_name: '__keras_tensor__',
    config: { shape, dtype: 'float32', keras_history: [layer, 0, 0] }
  };
}

/** tfjs's own save: Embedding → LSTM (hard sigmoid, tfjs's default) → Dense softmax. */
async function tfjsLstm(): Promise<void> {
  const model = tf.sequential({ name: 'tfjs_lstm' });
  model.add(
    tf.layers.embedding({ name: 'embedding', inputDim: VOCAB, outputDim: EMBED, inputLength: 5 })
  );
  model.add(tf.layers.lstm({ name: 'lstm', units: 4 }));
  model.add(tf.layers.dense({ name: 'dense', units: 2, activation: 'softmax' }));
  setFixedWeights(model);
  await saveModelToFile(model, path.join(OUT, 'tfjs-lstm', 'model.json'));
  await writeExpected('tfjs-lstm', model, TOKENS);
}

/** Keras 2.3 converter output, like a Smart Compose encoder: Bidirectional(GRU reset_after) → final states. */
async function keras2BiGru(): Promise<void> {
  const input = tf.input({ shape: [5], name: 'input_1' });
  const embedded = tf.layers
    .embedding({ name: 'embedding', inputDim: VOCAB, outputDim: EMBED })
    .apply(input);
  const gru = new KerasGRU({
    name: 'gru',
    units: 2,
    resetAfter: true,
    recurrentActivation: 'sigmoid',
    returnSequences: true,
    returnState: true
  });
  const [, forward, backward] = tf.layers
    .bidirectional({ name: 'bidirectional', layer: gru })
    .apply(embedded) as [tf.SymbolicTensor, tf.SymbolicTensor, tf.SymbolicTensor];
  const output = tf.layers
    .concatenate({ name: 'concatenate' })
    .apply([forward, backward]) as tf.SymbolicTensor;
  const reference = tf.model({ inputs: input, outputs: output });
  // tfjs order: embeddings, then kernel, recurrent kernel and bias forward, then backward.
  const [embeddings, ...gruWeights] = setFixedWeights(reference) as [FixedWeight, ...FixedWeight[]];

  const gruConfig = {
    name: 'gru',
    trainable: true,
    dtype: 'float32',
    return_sequences: true,
    return_state: true,
    go_backwards: false,
    stateful: false,
    unroll: false,
    time_major: false,
    units: 2,
    activation: 'tanh',
    recurrent_activation: 'sigmoid',
    use_bias: true,
    kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
    recurrent_initializer: { class_name: 'Orthogonal', config: { gain: 1.0, seed: null } },
    bias_initializer: { class_name: 'Zeros', config: {} },
    dropout: 0.0,
    recurrent_dropout: 0.0,
    implementation: 2,
    reset_after: true
  };
  const topology = {
    keras_version: '2.3.0-tf',
    backend: 'tensorflow',
    model_config: {
      class_name: 'Model',
      config: {
        name: 'model_1',
        layers: [
          {
            class_name: 'InputLayer',
            name: 'input_1',
            inbound_nodes: [],
            config: {
              batch_input_shape: [null, 5],
              dtype: 'float32',
              sparse: false,
              ragged: false,
              name: 'input_1'
            }
          },
          {
            class_name: 'Embedding',
            name: 'embedding',
            inbound_nodes: [[['input_1', 0, 0, {}]]],
            config: {
              name: 'embedding',
              trainable: true,
              batch_input_shape: [null, null],
              dtype: 'float32',
              input_dim: VOCAB,
              output_dim: EMBED,
              embeddings_initializer: {
                class_name: 'RandomUniform',
                config: { minval: -0.05, maxval: 0.05, seed: null }
              },
              mask_zero: false,
              input_length: null
            }
          },
          {
            class_name: 'Bidirectional',
            name: 'bidirectional',
            inbound_nodes: [[['embedding', 0, 0, {}]]],
            config: {
              name: 'bidirectional',
              trainable: true,
              dtype: 'float32',
              layer: { class_name: 'GRU', config: gruConfig },
              merge_mode: 'concat'
            }
          },
          {
            class_name: 'Concatenate',
            name: 'concatenate',
            inbound_nodes: [
              [
                ['bidirectional', 0, 1, {}],
                ['bidirectional', 0, 2, {}]
              ]
            ],
            config: { name: 'concatenate', trainable: true, dtype: 'float32', axis: -1 }
          }
        ],
        input_layers: [['input_1', 0, 0]],
        output_layers: [['concatenate', 0, 0]]
      }
    }
  };
  // Keras 2.3 names cell weights after the cell: bidirectional/forward_gru/gru_cell_1/kernel.
  const direction = (side: string, cell: string, first: number) =>
    ['kernel', 'recurrent_kernel', 'bias'].map((weight, i) => ({
      ...(gruWeights[first + i] as FixedWeight),
      name: `bidirectional/${side}_gru/${cell}/${weight}`
    }));
  await writeModel(
    'keras2-bigru-reset-after',
    topology,
    [
      ...direction('forward', 'gru_cell_1', 0),
      ...direction('backward', 'gru_cell_2', 3),
      { ...embeddings, name: 'embedding/embeddings' }
    ],
    {
      format: 'layers-model',
      generatedBy: 'keras v2.3.0-tf',
      convertedBy: 'TensorFlow.js Converter v1.7.4r1'
    }
  );
  await writeExpected('keras2-bigru-reset-after', reference, TOKENS);
}

/** Keras 3 legacy-h5 converter output: Sequential with an InputLayer, DTypePolicy objects, model-prefixed names. */
async function keras3Lstm(): Promise<void> {
  const reference = tf.sequential();
  reference.add(tf.layers.embedding({ inputDim: VOCAB, outputDim: EMBED, inputLength: 5 }));
  reference.add(tf.layers.lstm({ units: 4, recurrentActivation: 'sigmoid' }));
  reference.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  const weights = setFixedWeights(reference);
  const layer = (className: string, config: Json) => ({ class_name: className, config });
  const topology = {
    keras_version: '3.10.0',
    backend: 'tensorflow',
    model_config: keras3('keras', 'Sequential', {
      name: 'sequential',
      trainable: true,
      dtype: policy,
      layers: [
        layer('InputLayer', {
          batch_shape: [null, 5],
          dtype: 'float32',
          sparse: false,
          ragged: false,
          name: 'input_layer'
        }),
        layer('Embedding', {
          name: 'embedding',
          trainable: true,
          dtype: policy,
          input_dim: VOCAB,
          output_dim: EMBED,
          embeddings_initializer: keras3('keras.initializers', 'RandomUniform', {
            seed: null,
            minval: -0.05,
            maxval: 0.05
          }),
          embeddings_regularizer: null,
          activity_regularizer: null,
          embeddings_constraint: null,
          mask_zero: false
        }),
        layer('LSTM', {
          name: 'lstm',
          trainable: true,
          dtype: policy,
          return_sequences: false,
          return_state: false,
          go_backwards: false,
          stateful: false,
          unroll: false,
          zero_output_for_mask: false,
          units: 4,
          activation: 'tanh',
          recurrent_activation: 'sigmoid',
          use_bias: true,
          kernel_initializer: glorot,
          recurrent_initializer: keras3('keras.initializers', 'Orthogonal', {
            gain: 1.0,
            seed: null
          }),
          bias_initializer: zeros,
          unit_forget_bias: true,
          dropout: 0.0,
          recurrent_dropout: 0.0,
          seed: null
        }),
        layer('Dense', {
          name: 'dense',
          trainable: true,
          dtype: policy,
          units: 1,
          activation: 'sigmoid',
          use_bias: true,
          kernel_initializer: glorot,
          bias_initializer: zeros
        })
      ],
      build_input_shape: [null, 5]
    })
  };
  const names = [
    'embedding/embeddings',
    'lstm/lstm_cell/kernel',
    'lstm/lstm_cell/recurrent_kernel',
    'lstm/lstm_cell/bias',
    'dense/kernel',
    'dense/bias'
  ];
  await writeModel(
    'keras3-lstm',
    topology,
    names.map((name, i) => ({ ...(weights[i] as FixedWeight), name: `sequential/${name}` })),
    {
      format: 'layers-model',
      generatedBy: 'keras v3.10.0',
      convertedBy: 'TensorFlow.js Converter v4.22.0'
    }
  );
  await writeExpected('keras3-lstm', reference, TOKENS);
}

/** Keras 3 `.keras` converter output: functional, {args, kwargs} nodes, Bidirectional with backward_layer, vars/N names. */
async function keras3FunctionalBiGru(): Promise<void> {
  const input = tf.input({ shape: [5], name: 'tokens' });
  const embedded = tf.layers
    .embedding({ name: 'embedding', inputDim: VOCAB, outputDim: EMBED })
    .apply(input);
  const gru = new KerasGRU({
    name: 'gru',
    units: 2,
    resetAfter: true,
    recurrentActivation: 'sigmoid',
    returnSequences: true
  });
  const both = tf.layers.bidirectional({ name: 'bidirectional', layer: gru }).apply(embedded);
  const output = tf.layers
    .dense({ name: 'dense', units: 1, activation: 'sigmoid' })
    .apply(both) as tf.SymbolicTensor;
  const reference = tf.model({ inputs: input, outputs: output });
  const weights = setFixedWeights(reference);
  const topology = {
    keras_version: '3.6.0',
    model_config: keras3('keras', 'Functional', {
      name: 'functional',
      trainable: true,
      layers: [
        {
          ...keras3('keras.layers', 'InputLayer', {
            batch_shape: [null, 5],
            dtype: 'int32',
            sparse: false,
            name: 'tokens'
          }),
          name: 'tokens',
          inbound_nodes: []
        },
        {
          ...keras3('keras.layers', 'Embedding', {
            name: 'embedding',
            trainable: true,
            dtype: policy,
            input_dim: VOCAB,
            output_dim: EMBED,
            embeddings_initializer: keras3('keras.initializers', 'RandomUniform', {
              seed: null,
              minval: -0.05,
              maxval: 0.05
            }),
            mask_zero: false
          }),
          build_config: { input_shape: [null, 5] },
          name: 'embedding',
          inbound_nodes: [{ args: [kerasTensor('tokens', [null, 5])], kwargs: {} }]
        },
        {
          ...keras3('keras.layers', 'Bidirectional', {
            name: 'bidirectional',
            trainable: true,
            dtype: policy,
            merge_mode: 'concat',
            layer: keras3Gru('forward_gru', false),
            backward_layer: keras3Gru('backward_gru', true)
          }),
          build_config: { input_shape: [null, 5, EMBED] },
          name: 'bidirectional',
          inbound_nodes: [
            { args: [kerasTensor('embedding', [null, 5, EMBED])], kwargs: { mask: null } }
          ]
        },
        {
          ...keras3('keras.layers', 'Dense', {
            name: 'dense',
            trainable: true,
            dtype: policy,
            units: 1,
            activation: 'sigmoid',
            use_bias: true,
            kernel_initializer: glorot,
            bias_initializer: zeros
          }),
          build_config: { input_shape: [null, 5, 4] },
          name: 'dense',
          inbound_nodes: [{ args: [kerasTensor('bidirectional', [null, 5, 4])], kwargs: {} }]
        }
      ],
      input_layers: ['tokens', 0, 0],
      output_layers: ['dense', 0, 0]
    })
  };
  const names = [
    'layers/embedding/vars/0',
    ...['forward_layer', 'backward_layer'].flatMap((side) =>
      [0, 1, 2].map((i) => `layers/bidirectional/${side}/cell/vars/${i}`)
    ),
    'layers/dense/vars/0',
    'layers/dense/vars/1'
  ];
  await writeModel(
    'keras3-functional-bigru',
    topology,
    names.map((name, i) => ({ ...(weights[i] as FixedWeight), name })),
    {
      format: 'layers-model',
      generatedBy: 'keras v3.6.0',
      convertedBy: 'TensorFlow.js Converter v4.22.0'
    }
  );
  await writeExpected('keras3-functional-bigru', reference, TOKENS);
}

tf.env().set('IS_TEST', true);
registerKerasGru();
await tfjsLstm();
await keras2BiGru();
await keras3Lstm();
await keras3FunctionalBiGru();
console.log(`wrote 4 models to ${OUT}`);
