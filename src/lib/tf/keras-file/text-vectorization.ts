// A TextVectorization layer at the start of a .keras model: tfjs cannot run it, so it is cut off and
// the model reads the ids it would have produced; its vocabulary travels on as the model's tokenizer.
import { UnrolledError } from '../../core/errors.js';
import { isJsonObject, layerName, type LayerEntry, type ModelConfig } from '../keras-compat.js';

/** What the removed layer did: its settings, for the tokenizer that stands in for it. */
export interface TextVectorizationInfo {
  /** The layer's name (its vocabulary sits in the archive's assets under this name). */
  name: string;
  /** The layer's config (standardize, split, output_sequence_length, vocabulary…). */
  config: Record<string, unknown>;
}

const CLASS = 'TextVectorization';

function refuse(name: string, why: string): UnrolledError {
  return new UnrolledError('unsupported-layer', `Layer '${name}' (TextVectorization) ${why}`, {
    layer: name
  });
}

function idsShape(config: Record<string, unknown>): (number | null)[] {
  const length = config['output_sequence_length'];
  return [null, typeof length === 'number' ? length : null];
}

// A Sequential model: drop the string InputLayer and the vectorizer; the next layer takes the ids.
function cutSequential(model: ModelConfig, at: number): void {
  const layers = model.config.layers;
  const vectorizer = layers[at]!;
  const next = layers[at + 1];
  if (next === undefined) throw refuse(layerName(vectorizer), 'is the whole model.');
  const rest = layers.slice(at + 1);
  next.config['batch_input_shape'] = idsShape(vectorizer.config);
  delete next.config['batch_shape'];
  delete model.config['build_input_shape'];
  model.config.layers = rest;
}

function inputsOf(entry: LayerEntry): string[] {
  const names: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      if (typeof value[0] === 'string' && typeof value[1] === 'number') names.push(value[0]);
      else value.forEach(walk);
    } else if (isJsonObject(value)) {
      const history = isJsonObject(value['config']) ? value['config']['keras_history'] : undefined;
      if (Array.isArray(history) && typeof history[0] === 'string') names.push(history[0]);
      else Object.values(value).forEach(walk);
    }
  };
  walk(entry['inbound_nodes']);
  return names;
}

// A functional model: the vectorizer must read a model input directly; that input becomes an ids
// input and the layers that read the vectorizer read the input instead.
function cutFunctional(model: ModelConfig, vectorizer: LayerEntry): void {
  const name = layerName(vectorizer);
  const [source, ...others] = inputsOf(vectorizer);
  const input = model.config.layers.find((entry) => layerName(entry) === source);
  if (input?.class_name !== 'InputLayer' || others.length > 0) {
    throw refuse(name, 'does not read a model input directly, so unrolled cannot cut it off.');
  }
  input.config['batch_input_shape'] = idsShape(vectorizer.config);
  input.config['dtype'] = 'float32';
  delete input.config['batch_shape'];
  model.config.layers = model.config.layers.filter((entry) => entry !== vectorizer);
  const rename = (value: unknown): unknown => {
    if (value === name) return source;
    if (Array.isArray(value)) return value.map(rename);
    if (isJsonObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rename(item)]));
    }
    return value;
  };
  for (const entry of model.config.layers) entry['inbound_nodes'] = rename(entry['inbound_nodes']);
  model.config['output_layers'] = rename(model.config['output_layers']);
}

/** Removes a leading TextVectorization layer (in place) and describes it; undefined when there is none. */
export function cutTextVectorization(model: ModelConfig): TextVectorizationInfo | undefined {
  const layers = model.config.layers;
  const at = layers.findIndex((entry) => entry.class_name === CLASS);
  if (at < 0) return undefined;
  const vectorizer = layers[at]!;
  const name = layerName(vectorizer);
  const mode = vectorizer.config['output_mode'] ?? 'int';
  if (mode !== 'int') throw refuse(name, `outputs '${String(mode)}', not word ids.`);
  if (layers.slice(at + 1).some((entry) => entry.class_name === CLASS)) {
    throw refuse(name, 'is one of several; unrolled reads one text input.');
  }
  const info = { name, config: { ...vectorizer.config } };
  if (model.class_name === 'Sequential') {
    if (layers.slice(0, at).some((entry) => entry.class_name !== 'InputLayer')) {
      throw refuse(name, 'is not the first layer, so unrolled cannot cut it off.');
    }
    cutSequential(model, at);
  } else {
    cutFunctional(model, vectorizer);
  }
  return info;
}
