import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { normaliseTopology, type JsonObject } from '$lib/tf/keras-compat.js';
import { loadModel } from '$lib/tf/load.js';

tf.env().set('IS_TEST', true);

const STEPS = 7;
const CHANNELS = 2;
const FILTERS = 3;
const KERNEL = 3;

function seeded(seed: number, count: number): Float32Array {
  let state = seed;
  return Float32Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 1073741824 - 1;
  });
}

const conv1d = (dilation: number, extra: JsonObject = {}) => ({
  class_name: 'Conv1D',
  config: {
    name: 'conv1d',
    filters: FILTERS,
    kernel_size: [KERNEL],
    strides: [1],
    padding: 'causal',
    data_format: 'channels_last',
    dilation_rate: [dilation],
    activation: 'linear',
    use_bias: true,
    ...extra
  }
});

/** Keras's causal convolution written out: y[t, o] = b[o] + Σ_k Σ_i x[t − (K−1−k)·d, i]·W[k, i, o], x = 0 before step 0. */
function causalByHand(
  x: Float32Array,
  kernel: Float32Array,
  bias: Float32Array,
  dilation: number
): number[] {
  const y: number[] = [];
  for (let t = 0; t < STEPS; t++) {
    for (let o = 0; o < FILTERS; o++) {
      let sum = bias[o]!;
      for (let k = 0; k < KERNEL; k++) {
        const source = t - (KERNEL - 1 - k) * dilation;
        if (source < 0) continue;
        for (let i = 0; i < CHANNELS; i++) {
          sum += x[source * CHANNELS + i]! * kernel[(k * CHANNELS + i) * FILTERS + o]!;
        }
      }
      y.push(sum);
    }
  }
  return y;
}

async function causalModel(dilation: number): Promise<{
  model: tf.LayersModel;
  kernel: Float32Array;
  bias: Float32Array;
}> {
  const kernel = seeded(dilation * 7 + 1, KERNEL * CHANNELS * FILTERS);
  const bias = seeded(dilation * 7 + 2, FILTERS);
  const model = await loadModel({
    modelTopology: {
      keras_version: '2.14.0',
      backend: 'tensorflow',
      model_config: {
        class_name: 'Sequential',
        config: {
          name: 'sequential',
          layers: [conv1d(dilation, { batch_input_shape: [null, null, CHANNELS] })]
        }
      }
    },
    weightSpecs: [
      { name: 'conv1d/conv1d/kernel', shape: [KERNEL, CHANNELS, FILTERS], dtype: 'float32' },
      { name: 'conv1d/conv1d/bias', shape: [FILTERS], dtype: 'float32' }
    ],
    weightData: tf.io.concatenateArrayBuffers(
      [kernel, bias].map((array) => array.buffer as ArrayBuffer)
    )
  });
  return { model, kernel, bias };
}

describe("loadModel(Keras Conv1D with padding 'causal')", () => {
  for (const dilation of [1, 2, 3]) {
    it(`computes Keras's causal convolution, dilation ${dilation}, step for step`, async () => {
      const { model, kernel, bias } = await causalModel(dilation);
      const x = seeded(40 + dilation, STEPS * CHANNELS);
      const y = tf.tidy(() =>
        Array.from((model.predict(tf.tensor3d(x, [1, STEPS, CHANNELS])) as tf.Tensor).dataSync())
      );
      const expected = causalByHand(x, kernel, bias, dilation);
      expect(y).toHaveLength(STEPS * FILTERS);
      y.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 5));
      model.dispose();
    });
  }

  it('lets no step see a later one: changing the last step changes only the last output', async () => {
    const { model } = await causalModel(2);
    const x = seeded(9, STEPS * CHANNELS);
    const changed = Float32Array.from(x);
    changed[STEPS * CHANNELS - 1] = changed[STEPS * CHANNELS - 1]! + 5;
    const [before, after] = [x, changed].map((input) =>
      tf.tidy(() =>
        Array.from(
          (model.predict(tf.tensor3d(input, [1, STEPS, CHANNELS])) as tf.Tensor).dataSync()
        )
      )
    );
    const last = (STEPS - 1) * FILTERS;
    expect(after!.slice(0, last)).toEqual(before!.slice(0, last));
    expect(after!.slice(last)).not.toEqual(before!.slice(last));
    model.dispose();
  });
});

describe('normaliseTopology(a model with a causal Conv1D)', () => {
  it('puts a ZeroPadding1D of (kernel_size − 1)·dilation_rate before a valid Conv1D and says so', () => {
    const { modelConfig, notes } = normaliseTopology({
      class_name: 'Sequential',
      config: {
        name: 's',
        layers: [conv1d(2, { batch_input_shape: [null, 10, CHANNELS] })]
      }
    });
    const [pad, conv] = modelConfig.config.layers;
    expect(pad).toMatchObject({
      class_name: 'ZeroPadding1D',
      config: { name: 'conv1d_causal_padding', padding: [4, 0], batch_input_shape: [null, 10, 2] }
    });
    expect(conv!.config).toMatchObject({ name: 'conv1d', padding: 'valid' });
    expect(conv!.config['batch_input_shape']).toBeUndefined();
    expect(notes.some((note) => note.includes("'causal'"))).toBe(true);
  });

  it('rewires a functional model: the padding takes the Conv1D inbound node, the Conv1D reads the padding', () => {
    const { modelConfig } = normaliseTopology({
      class_name: 'Functional',
      config: {
        name: 'f',
        layers: [
          {
            class_name: 'InputLayer',
            name: 'in',
            config: { name: 'in', batch_input_shape: [null, 6, CHANNELS] },
            inbound_nodes: []
          },
          { ...conv1d(1), name: 'conv1d', inbound_nodes: [[['in', 0, 0, {}]]] }
        ],
        input_layers: [['in', 0, 0]],
        output_layers: [['conv1d', 0, 0]]
      }
    });
    const names = modelConfig.config.layers.map((entry) => entry['name']);
    expect(names).toEqual(['in', 'conv1d_causal_padding', 'conv1d']);
    expect(modelConfig.config.layers[1]!['inbound_nodes']).toEqual([[['in', 0, 0, {}]]]);
    expect(modelConfig.config.layers[2]!['inbound_nodes']).toEqual([
      [['conv1d_causal_padding', 0, 0, {}]]
    ]);
  });

  it('leaves a channels_first causal Conv1D alone, for the loader to refuse by name', () => {
    const { modelConfig } = normaliseTopology({
      class_name: 'Sequential',
      config: { name: 's', layers: [conv1d(1, { data_format: 'channels_first' })] }
    });
    expect(modelConfig.config.layers).toHaveLength(1);
    expect(modelConfig.config.layers[0]!.config['padding']).toBe('causal');
  });
});

describe('loadModel(a Keras ZeroPadding1D layer)', () => {
  it('pads the steps with zeros before and after, as Keras does', async () => {
    const model = await loadModel({
      modelTopology: {
        class_name: 'Sequential',
        config: {
          name: 's',
          layers: [
            {
              class_name: 'ZeroPadding1D',
              config: { name: 'pad', padding: [1, 2], batch_input_shape: [null, 2, 1] }
            }
          ]
        }
      },
      weightSpecs: [],
      weightData: new ArrayBuffer(0)
    });
    const y = tf.tidy(() =>
      Array.from((model.predict(tf.tensor3d([[[3], [4]]])) as tf.Tensor).dataSync())
    );
    expect(y).toEqual([0, 3, 4, 0, 0]);
    model.dispose();
  });
});
