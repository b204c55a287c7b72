// Keras 2's CuDNNLSTM and CuDNNGRU, which tfjs lacks, read as the LSTM and reset_after GRU they compute,
// with their weights rearranged the way Keras itself does when it loads them into those layers.
import { forEachLayer, type ModelConfig } from '../keras-compat.js';
import type { Hdf5Array } from './hdf5.js';

const GATES: Record<string, number> = { CuDNNLSTM: 4, CuDNNGRU: 3 };

/** Rewrites CuDNN layers in place as LSTM / GRU(reset_after); returns their names and gate counts. */
export function replaceCudnnLayers(model: ModelConfig): Map<string, number> {
  const replaced = new Map<string, number>();
  forEachLayer(model.config.layers, (entry) => {
    const gates = GATES[entry.class_name];
    if (gates === undefined) return;
    const lstm = gates === 4;
    entry.class_name = lstm ? 'LSTM' : 'GRU';
    Object.assign(entry.config, {
      activation: 'tanh',
      recurrent_activation: 'sigmoid',
      use_bias: true,
      ...(lstm ? {} : { reset_after: true })
    });
    replaced.set(String(entry.config['name']), gates);
  });
  return replaced;
}

// cuDNN reads each gate's [rows, units] block, flattened row-major, as a [units, rows] matrix it
// multiplies from the left: the Keras-layout matrix is that one transposed.
function cudnnKernel(array: Hdf5Array, gates: number, recurrent: boolean): Float32Array {
  const [rows = 0, width = 0] = array.shape;
  const units = width / gates;
  const out = new Float32Array(array.values.length);
  for (let gate = 0; gate < gates; gate++) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < units; j++) {
        // Position of element (j, i) of the cuDNN matrix in the gate block's row-major order.
        const flat = recurrent ? i * units + j : j * rows + i;
        const from = recurrent
          ? j * width + gate * units + i
          : Math.floor(flat / units) * width + gate * units + (flat % units);
        out[i * width + gate * units + j] = array.values[from]!;
      }
    }
  }
  return out;
}

/** The weights of a former CuDNN layer in the layout of the layer it became (kernel, recurrent_kernel, bias by name). */
export function convertCudnnWeight(array: Hdf5Array, gates: number): Hdf5Array {
  const name = array.path.split('/').pop() ?? '';
  if (name.startsWith('recurrent_kernel')) {
    return { ...array, values: cudnnKernel(array, gates, true) };
  }
  if (name.startsWith('kernel')) return { ...array, values: cudnnKernel(array, gates, false) };
  if (!name.startsWith('bias')) return array;
  const half = array.values.length / 2;
  if (gates === 3) return { ...array, shape: [2, half] };
  const summed = new Float32Array(half);
  for (let i = 0; i < half; i++) summed[i] = array.values[i]! + array.values[half + i]!;
  return { ...array, shape: [half], values: summed };
}
