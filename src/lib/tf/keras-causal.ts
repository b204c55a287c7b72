// Keras's Conv1D with padding 'causal', which tfjs 4.22 refuses, rewritten as what Keras computes:
// (kernel_size − 1)·dilation_rate zeros before the first step, then the same convolution with 'valid'
// padding and the same weights (keras/src/layers/convolutional/base_conv.py pads exactly so), so step t
// sees only steps ≤ t. Part of normaliseTopology: one Keras→tfjs mapping for converter output and files.
import type { JsonObject, LayerEntry, ModelConfig } from './keras-compat.js';

const MODEL_CLASSES = new Set(['Sequential', 'Model', 'Functional']);
const CHANNELS_LAST = [undefined, 'channels_last', 'channelsLast'];

/** The first number of a Keras size (an int or a one-element list); undefined when it is neither. */
function firstNumber(value: unknown): number | undefined {
  const number = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** The left padding a causal Conv1D needs, or undefined when the layer is not one this rewrite can handle. */
export function causalPadding(entry: LayerEntry): number | undefined {
  const config = entry.config;
  if (entry.class_name !== 'Conv1D' || config['padding'] !== 'causal') return undefined;
  if (!CHANNELS_LAST.includes(config['data_format'] as string | undefined)) return undefined;
  const kernel = firstNumber(config['kernel_size']);
  const dilation = config['dilation_rate'] === undefined ? 1 : firstNumber(config['dilation_rate']);
  if (kernel === undefined || dilation === undefined) return undefined;
  return (kernel - 1) * dilation;
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 1; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/** One layer list with each causal Conv1D split in two; functional lists rewire the inbound nodes. */
function rewriteLayers(model: ModelConfig, taken: Set<string>): boolean {
  const functional = model.class_name !== 'Sequential';
  const layers: LayerEntry[] = [];
  let changed = false;
  for (const entry of model.config.layers) {
    const nested = entry.config['layers'];
    if (MODEL_CLASSES.has(entry.class_name) && Array.isArray(nested)) {
      changed = rewriteLayers(entry as ModelConfig, taken) || changed;
    }
    const padding = causalPadding(entry);
    if (padding === undefined) {
      layers.push(entry);
      continue;
    }
    const convName = String(entry.config['name'] ?? entry['name'] ?? 'conv1d');
    const name = uniqueName(`${convName}_causal_padding`, taken);
    const config: JsonObject = { name, trainable: false, padding: [padding, 0] };
    if (entry.config['dtype'] !== undefined) config['dtype'] = entry.config['dtype'];
    // The first layer of a Sequential carries the model's input shape: the padding is first now.
    for (const key of ['batch_input_shape', 'input_shape']) {
      if (entry.config[key] === undefined) continue;
      config[key] = entry.config[key];
      delete entry.config[key];
    }
    const pad: LayerEntry = { class_name: 'ZeroPadding1D', config };
    if (functional) {
      const nodes = Array.isArray(entry['inbound_nodes']) ? entry['inbound_nodes'] : [];
      pad['name'] = name;
      pad['inbound_nodes'] = nodes;
      entry['inbound_nodes'] = nodes.map((_, index) => [[name, index, 0, {}]]);
    }
    entry.config['padding'] = 'valid';
    layers.push(pad, entry);
    changed = true;
  }
  model.config.layers = layers;
  return changed;
}

/** Rewrites every causal Conv1D of a model config (nested models too) in place; true when there was one. */
export function splitCausalConv1D(model: ModelConfig, layerNames: readonly string[]): boolean {
  return rewriteLayers(model, new Set(layerNames));
}
