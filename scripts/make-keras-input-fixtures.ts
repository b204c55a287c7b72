// Writes the small Keras files the unit tests read for causal Conv1D and for models with several inputs
// (tests/fixtures/keras), in the layouts Keras writes: two legacy .h5 files (Keras 2 Sequential and
// functional) and a Keras 3 functional .keras archive. Seeded: running it again gives the same models
// and weights (libhdf5 stamps object times, so the bytes differ).
// Usage: npx tsx scripts/make-keras-input-fixtures.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { random, values, writeH5 } from './keras-h5.js';

const OUT = path.resolve('tests/fixtures/keras');
const next = random(2026);
/** A layer config: its name and any Keras options. */
type Config = { name: string; [key: string]: unknown };
const weight = (shape: number[], scale = 1) => ({
  shape,
  data: values(
    next,
    shape.reduce((product, n) => product * n, 1),
    scale
  )
});
const keras2 = { keras_version: '2.14.0', backend: 'tensorflow' };
const recurrent = (name: string, units: number, extra: object = {}) => ({
  name,
  trainable: true,
  dtype: 'float32',
  units,
  activation: 'tanh',
  recurrent_activation: 'sigmoid',
  use_bias: true,
  return_sequences: false,
  return_state: false,
  go_backwards: false,
  stateful: false,
  unroll: false,
  ...extra
});
const dense = (name: string, units: number, activation: string) => ({
  name,
  trainable: true,
  dtype: 'float32',
  units,
  activation,
  use_bias: true
});

// 1. Keras 2.14 Sequential: Conv1D(3, kernel 3, dilation 2, padding 'causal', relu) → LSTM(4) → Dense(1).
writeH5(
  path.join(OUT, 'causal-conv-keras2.h5'),
  {
    ...keras2,
    model_config: JSON.stringify({
      class_name: 'Sequential',
      config: {
        name: 'sequential',
        layers: [
          {
            class_name: 'InputLayer',
            config: { batch_input_shape: [null, null, 2], dtype: 'float32', name: 'conv1d_input' }
          },
          {
            class_name: 'Conv1D',
            config: {
              name: 'conv1d',
              trainable: true,
              dtype: 'float32',
              batch_input_shape: [null, null, 2],
              filters: 3,
              kernel_size: [3],
              strides: [1],
              padding: 'causal',
              data_format: 'channels_last',
              dilation_rate: [2],
              groups: 1,
              activation: 'relu',
              use_bias: true
            }
          },
          { class_name: 'LSTM', config: recurrent('lstm', 4) },
          { class_name: 'Dense', config: dense('dense', 1, 'linear') }
        ]
      }
    })
  },
  {
    'conv1d/conv1d': { 'kernel:0': weight([3, 2, 3], 1.5), 'bias:0': weight([3]) },
    'lstm/lstm/lstm_cell': {
      'kernel:0': weight([3, 16], 1.5),
      'recurrent_kernel:0': weight([4, 16], 1.5),
      'bias:0': weight([16])
    },
    'dense/dense': { 'kernel:0': weight([4, 1], 2), 'bias:0': weight([1]) }
  },
  'model_weights/'
);

// 2. Keras 2.14 functional: ids → Embedding(9, 3) and a vector sequence of 2 features, concatenated,
// → GRU(4, reset_after); its last state concatenated with 3 numbers → Dense(2, softmax).
const node = (...names: string[]) => [names.map((name) => [name, 0, 0, {}])];
const entry = (className: string, config: Config, inbound: unknown[]) => ({
  class_name: className,
  config,
  name: config.name,
  inbound_nodes: inbound
});
const input = (name: string, shape: (number | null)[]) =>
  entry(
    'InputLayer',
    { name, batch_input_shape: shape, dtype: 'float32', sparse: false, ragged: false },
    []
  );
writeH5(
  path.join(OUT, 'merge-gru-keras2.h5'),
  {
    ...keras2,
    model_config: JSON.stringify({
      class_name: 'Functional',
      config: {
        name: 'model',
        layers: [
          input('ids', [null, null]),
          entry(
            'Embedding',
            { name: 'embedding', input_dim: 9, output_dim: 3, mask_zero: false },
            node('ids')
          ),
          input('features', [null, null, 2]),
          entry('Concatenate', { name: 'concatenate', axis: -1 }, node('embedding', 'features')),
          entry('GRU', recurrent('gru', 4, { reset_after: true }), node('concatenate')),
          input('numbers', [null, 3]),
          entry('Concatenate', { name: 'concatenate_1', axis: -1 }, node('gru', 'numbers')),
          entry('Dense', dense('dense', 2, 'softmax'), node('concatenate_1'))
        ],
        input_layers: [
          ['ids', 0, 0],
          ['features', 0, 0],
          ['numbers', 0, 0]
        ],
        output_layers: [['dense', 0, 0]]
      }
    })
  },
  {
    'embedding/embedding': { 'embeddings:0': weight([9, 3], 2) },
    'gru/gru/gru_cell': {
      'kernel:0': weight([5, 12], 1.5),
      'recurrent_kernel:0': weight([4, 12], 1.5),
      'bias:0': weight([2, 12])
    },
    'dense/dense': { 'kernel:0': weight([7, 2], 2), 'bias:0': weight([2]) }
  },
  'model_weights/'
);

// 3. Keras 3.9 functional .keras whose first input is not the sequence: 4 numbers, and 5 ids →
// Embedding(7, 3) → LSTM(3); the LSTM's last state concatenated with the numbers → Dense(1, sigmoid).
const policy = {
  module: 'keras',
  class_name: 'DTypePolicy',
  config: { name: 'float32' },
  registered_name: null
};
const tensor = (layer: string, shape: (number | null)[]) => ({
  class_name: '__keras_tensor__',
  config: { shape, dtype: 'float32', keras_history: [layer, 0, 0] }
});
const keras3 = (className: string, config: Config, args: unknown[]) => ({
  module: 'keras.layers',
  class_name: className,
  config: className === 'InputLayer' ? config : { ...config, trainable: true, dtype: policy },
  registered_name: null,
  name: config.name,
  inbound_nodes: className === 'InputLayer' ? [] : [{ args, kwargs: {} }]
});
const archiveConfig = {
  module: 'keras.src.models.functional',
  class_name: 'Functional',
  config: {
    name: 'functional',
    trainable: true,
    layers: [
      keras3(
        'InputLayer',
        { name: 'numbers', batch_shape: [null, 4], dtype: 'float32', sparse: false },
        []
      ),
      keras3(
        'InputLayer',
        { name: 'ids', batch_shape: [null, 5], dtype: 'float32', sparse: false },
        []
      ),
      keras3('Embedding', { name: 'embedding', input_dim: 7, output_dim: 3, mask_zero: false }, [
        tensor('ids', [null, 5])
      ]),
      keras3('LSTM', { ...recurrent('lstm', 3), seed: null }, [tensor('embedding', [null, 5, 3])]),
      keras3('Concatenate', { name: 'concatenate', axis: -1 }, [
        [tensor('lstm', [null, 3]), tensor('numbers', [null, 4])]
      ]),
      keras3('Dense', dense('dense', 1, 'sigmoid'), [tensor('concatenate', [null, 7])])
    ],
    input_layers: [
      ['numbers', 0, 0],
      ['ids', 0, 0]
    ],
    output_layers: ['dense', 0, 0]
  }
};
const folder = mkdtempSync(path.join(tmpdir(), 'keras-fixture-'));
const weightsFile = path.join(folder, 'model.weights.h5');
writeH5(
  weightsFile,
  {},
  {
    'layers/embedding/vars': { '0': weight([7, 3], 2) },
    'layers/lstm/cell/vars': {
      '0': weight([3, 12], 1.5),
      '1': weight([3, 12], 1.5),
      '2': weight([12])
    },
    'layers/dense/vars': { '0': weight([7, 1], 2), '1': weight([1]) }
  }
);
writeFileSync(
  path.join(OUT, 'two-inputs-keras3.keras'),
  zipSync(
    {
      'metadata.json': strToU8(
        JSON.stringify({ keras_version: '3.9.2', date_saved: '2026-12-04@12:00:00' })
      ),
      'config.json': strToU8(JSON.stringify(archiveConfig)),
      'model.weights.h5': new Uint8Array(readFileSync(weightsFile))
    },
    { mtime: new Date('2026-12-04T12:00:00Z') }
  )
);
rmSync(folder, { recursive: true });
console.log(`wrote ${OUT}: causal-conv-keras2.h5, merge-gru-keras2.h5, two-inputs-keras3.keras`);
