// Writing small HDF5 files in Keras's layouts with h5wasm (the libhdf5 that h5py wraps), for fixtures and benchmarks.
import h5wasm from 'h5wasm/node';

await h5wasm.ready;

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

export function values(next: () => number, count: number, scale = 1): Float32Array {
  return Float32Array.from({ length: count }, () => next() * scale);
}

export type Weights = Record<string, { shape: number[]; data: Float32Array }>;

export function writeH5(
  file: string,
  attributes: Record<string, string>,
  groups: Record<string, Weights>,
  root = ''
): void {
  const h5 = new h5wasm.File(file, 'w');
  for (const [key, value] of Object.entries(attributes)) h5.create_attribute(key, value);
  for (const [group, weights] of Object.entries(groups)) {
    for (const [name, { shape, data }] of Object.entries(weights)) {
      const parts = `${root}${group}/${name}`.split('/');
      let at = '';
      for (const part of parts.slice(0, -1)) {
        at = at ? `${at}/${part}` : part;
        if (!h5.get(at)) h5.create_group(at);
      }
      (h5.get(parts.slice(0, -1).join('/')) as ReturnType<typeof h5.create_group>).create_dataset({
        name: parts[parts.length - 1]!,
        data,
        shape,
        dtype: '<f'
      });
    }
  }
  h5.close();
}

/** Keras 2's legacy model_config of a Sequential: InputLayer(ids), Embedding, the given recurrent layer, Dense(2, softmax). */
export function sequentialConfig(vocabulary: number, dim: number, recurrent: object): string {
  return JSON.stringify({
    class_name: 'Sequential',
    config: {
      name: 'sequential',
      layers: [
        {
          class_name: 'InputLayer',
          config: { batch_input_shape: [null, null], dtype: 'float32', name: 'embedding_input' }
        },
        {
          class_name: 'Embedding',
          config: {
            name: 'embedding',
            batch_input_shape: [null, null],
            dtype: 'float32',
            input_dim: vocabulary,
            output_dim: dim,
            mask_zero: false
          }
        },
        recurrent,
        {
          class_name: 'Dense',
          config: {
            name: 'dense',
            dtype: 'float32',
            units: 2,
            activation: 'softmax',
            use_bias: true
          }
        }
      ]
    }
  });
}
