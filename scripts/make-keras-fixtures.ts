// Writes the small Keras model files the unit tests read (tests/fixtures/keras), in the layouts real
// Keras writes: a Keras 2 legacy .h5, the same model with a CuDNNLSTM, and a Keras 3 .keras archive
// with a TextVectorization layer. Seeded, so running it again gives the same models and weights
// (libhdf5 stamps object times, so the bytes differ).
// Usage: npx tsx scripts/make-keras-fixtures.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { random, sequentialConfig, values, writeH5, type Weights } from './keras-h5.js';

const OUT = path.resolve('tests/fixtures/keras');
const VOCABULARY = ['', '[UNK]', 'the', 'cat', 'sat', 'on', 'mat', 'dog', 'ran', 'a', 'big', 'red'];
const UNITS = 5;
const DIM = 4;

const next = random(15);
const embeddings = values(next, VOCABULARY.length * DIM, 2);
const lstm = {
  kernel: values(next, DIM * 4 * UNITS, 1.5),
  recurrent: values(next, UNITS * 4 * UNITS, 1.5),
  bias: values(next, 4 * UNITS)
};
const dense2 = { kernel: values(next, UNITS * 2, 2), bias: values(next, 2) };

// cuDNN's layout of one gate block: the Keras [rows, units] matrix transposed, stored row-major
// in the same [rows, units] slot (see Keras's hdf5 weight conversion).
function toCudnn(
  kernel: Float32Array,
  rows: number,
  gates: number,
  recurrent: boolean
): Float32Array {
  const width = gates * UNITS;
  const out = new Float32Array(kernel.length);
  for (let g = 0; g < gates; g++) {
    const block: number[] = [];
    // cuDNN matrix W[j][i] = Keras K[i][j], flattened row-major (j over units, i over rows).
    for (let j = 0; j < UNITS; j++)
      for (let i = 0; i < rows; i++) block.push(kernel[i * width + g * UNITS + j]!);
    if (recurrent) {
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < UNITS; j++)
          out[i * width + g * UNITS + j] = kernel[j * width + g * UNITS + i]!;
    } else {
      block.forEach((value, p) => {
        out[Math.floor(p / UNITS) * width + g * UNITS + (p % UNITS)] = value;
      });
    }
  }
  return out;
}

const initializer = (name: string) => ({ class_name: name, config: {} });
const recurrentKeras2 = {
  trainable: true,
  dtype: 'float32',
  return_sequences: false,
  return_state: false,
  go_backwards: false,
  stateful: false,
  unroll: false,
  units: UNITS,
  kernel_initializer: initializer('GlorotUniform'),
  recurrent_initializer: initializer('Orthogonal'),
  bias_initializer: initializer('Zeros')
};

function legacyConfig(recurrent: object): string {
  return sequentialConfig(VOCABULARY.length, DIM, recurrent);
}

const common = {
  'embedding/embedding': { 'embeddings:0': { shape: [VOCABULARY.length, DIM], data: embeddings } },
  'dense/dense': {
    'kernel:0': { shape: [UNITS, 2], data: dense2.kernel },
    'bias:0': { shape: [2], data: dense2.bias }
  }
};

function legacy(
  file: string,
  recurrent: object,
  layer: string,
  weights: Weights,
  version: string
): void {
  writeH5(
    path.join(OUT, file),
    { keras_version: version, backend: 'tensorflow', model_config: legacyConfig(recurrent) },
    { ...common, [layer]: weights },
    'model_weights/'
  );
}

// Keras 2.9: weights under <layer>/<layer>/lstm_cell/…:0.
legacy(
  'lstm-keras2.h5',
  {
    class_name: 'LSTM',
    config: {
      ...recurrentKeras2,
      name: 'lstm',
      activation: 'tanh',
      recurrent_activation: 'sigmoid',
      use_bias: true,
      unit_forget_bias: true,
      implementation: 2
    }
  },
  'lstm/lstm/lstm_cell',
  {
    'kernel:0': { shape: [DIM, 4 * UNITS], data: lstm.kernel },
    'recurrent_kernel:0': { shape: [UNITS, 4 * UNITS], data: lstm.recurrent },
    'bias:0': { shape: [4 * UNITS], data: lstm.bias }
  },
  '2.9.0'
);

// Keras 2.2 CuDNNLSTM: the same LSTM, cuDNN layout, the bias split into an input and a recurrent half.
const half = lstm.bias.map((b) => b * 0.25);
const rest = lstm.bias.map((b, i) => b - half[i]!);
legacy(
  'cudnn-lstm-keras2.h5',
  { class_name: 'CuDNNLSTM', config: { ...recurrentKeras2, name: 'cu_dnnlstm' } },
  'cu_dnnlstm/cu_dnnlstm',
  {
    'kernel:0': { shape: [DIM, 4 * UNITS], data: toCudnn(lstm.kernel, DIM, 4, false) },
    'recurrent_kernel:0': {
      shape: [UNITS, 4 * UNITS],
      data: toCudnn(lstm.recurrent, UNITS, 4, true)
    },
    'bias:0': { shape: [8 * UNITS], data: Float32Array.from([...half, ...rest]) }
  },
  '2.2.4'
);

// Keras 3.9 .keras: TextVectorization first, class-counter keys in the weights file, a reset_after GRU.
const policy = {
  module: 'keras',
  class_name: 'DTypePolicy',
  config: { name: 'float32' },
  registered_name: null
};
const keras3 = (className: string, config: object) => ({
  module: 'keras.layers',
  class_name: className,
  config,
  registered_name: null
});
const archiveConfig = {
  module: 'keras',
  class_name: 'Sequential',
  config: {
    name: 'sequential_4',
    trainable: true,
    dtype: policy,
    layers: [
      keras3('InputLayer', {
        batch_shape: [null],
        dtype: 'string',
        sparse: false,
        name: 'input_layer_4'
      }),
      keras3('TextVectorization', {
        name: 'text_vectorization_2',
        trainable: true,
        dtype: 'string',
        max_tokens: VOCABULARY.length,
        standardize: 'lower_and_strip_punctuation',
        split: 'whitespace',
        ngrams: null,
        output_mode: 'int',
        output_sequence_length: null,
        vocabulary: null,
        vocabulary_size: VOCABULARY.length
      }),
      keras3('Embedding', {
        name: 'embedding_4',
        trainable: true,
        dtype: policy,
        input_dim: VOCABULARY.length,
        output_dim: DIM,
        mask_zero: true
      }),
      keras3('GRU', {
        ...recurrentKeras2,
        dtype: policy,
        name: 'gru_2',
        activation: 'tanh',
        recurrent_activation: 'sigmoid',
        use_bias: true,
        reset_after: true,
        seed: null
      }),
      keras3('Dense', {
        name: 'dense_7',
        trainable: true,
        dtype: policy,
        units: 1,
        activation: 'sigmoid',
        use_bias: true
      })
    ],
    build_input_shape: [null]
  }
};
const gru = {
  kernel: values(next, DIM * 3 * UNITS, 1.5),
  recurrent: values(next, UNITS * 3 * UNITS, 1.5),
  bias: values(next, 2 * 3 * UNITS)
};
const folder = mkdtempSync(path.join(tmpdir(), 'keras-fixture-'));
const weightsFile = path.join(folder, 'model.weights.h5');
writeH5(
  weightsFile,
  {},
  {
    'layers/embedding/vars': { '0': { shape: [VOCABULARY.length, DIM], data: embeddings } },
    'layers/gru/cell/vars': {
      '0': { shape: [DIM, 3 * UNITS], data: gru.kernel },
      '1': { shape: [UNITS, 3 * UNITS], data: gru.recurrent },
      '2': { shape: [2, 3 * UNITS], data: gru.bias }
    },
    'layers/dense/vars': {
      '0': { shape: [UNITS, 1], data: values(next, UNITS, 2) },
      '1': { shape: [1], data: values(next, 1) }
    },
    'optimizer/vars': { '1': { shape: [DIM, 3 * UNITS], data: values(next, DIM * 3 * UNITS) } }
  }
);
const archive = zipSync(
  {
    'metadata.json': strToU8(
      JSON.stringify({ keras_version: '3.9.2', date_saved: '2026-12-04@12:00:00' })
    ),
    'config.json': strToU8(JSON.stringify(archiveConfig)),
    'model.weights.h5': new Uint8Array(readFileSync(weightsFile)),
    'assets/layers/text_vectorization/vocabulary.txt': strToU8(VOCABULARY.join('\n'))
  },
  { mtime: new Date('2026-12-04T12:00:00Z') }
);
writeFileSync(path.join(OUT, 'gru-text-keras3.keras'), archive);
rmSync(folder, { recursive: true });
console.log(`wrote ${OUT}: lstm-keras2.h5, cudnn-lstm-keras2.h5, gru-text-keras3.keras`);
