// A .keras weights file keys each layer by its class in snake case with a counter (Keras 3:
// lstm, lstm_1…; tf.keras 2.13 skips numbers: dense, dense_2, dense_4), not by the layer's name.
// The n-th key of a class belongs to the n-th layer of that class in config order.
import { layerName, type LayerEntry } from '../keras-compat.js';
import type { Hdf5Array } from './hdf5.js';

/** A class name as Keras's to_snake_case writes it: LSTM → lstm, SimpleRNN → simple_rnn, Conv1D → conv1d. */
export function snakeCase(className: string): string {
  return className
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

function counterOf(key: string, base: string): number {
  return key === base ? 0 : Number(key.slice(base.length + 1));
}

/** Renames each array's layer key (the token after `layers/` or `_layer_checkpoint_dependencies/`) to the layer's own name. */
export function nameArchiveLayers(arrays: Hdf5Array[], layers: readonly LayerEntry[]): Hdf5Array[] {
  const keys = [...new Set(arrays.map((array) => array.path.split('/')[1] ?? ''))];
  const rename = new Map<string, string>();
  const byClass = new Map<string, string[]>();
  for (const entry of layers) {
    const base = snakeCase(entry.class_name);
    byClass.set(base, [...(byClass.get(base) ?? []), layerName(entry)]);
  }
  for (const [base, names] of byClass) {
    const pattern = new RegExp(`^${base}(_\\d+)?$`);
    const own = keys
      .filter((key) => pattern.test(key))
      .sort((a, b) => counterOf(a, base) - counterOf(b, base));
    own.forEach((key, index) => {
      const name = names[index];
      if (name !== undefined) rename.set(key, name);
    });
  }
  return arrays.map((array) => {
    const [group, key = '', ...rest] = array.path.split('/');
    const name = rename.get(key);
    return name === undefined ? array : { ...array, path: [group, name, ...rest].join('/') };
  });
}
