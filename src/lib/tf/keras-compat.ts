// Real Keras exports, read into the model.json shape tfjs 4.22 parses: pure functions over parsed JSON.
// Formats seen: Keras 2 converter output (keras_version/backend/model_config), Keras 3 configs
// (module/registered_name, DTypePolicy objects, batch_shape, {args, kwargs} inbound nodes, a
// Bidirectional that stores its backward layer), and old tfjs files whose Sequential config is a
// bare layer list. Weight names are matched in matchWeightNames below.
import { UnrolledError } from '../core/errors.js';
import { splitCausalConv1D } from './keras-causal.js';

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** One layer of a model config: `{ class_name, config }`, plus `name` and `inbound_nodes` in a functional model. */
export interface LayerEntry extends JsonObject {
  class_name: string;
  config: JsonObject;
}

/** The model config tfjs deserialises: a Sequential, Model or Functional with its layer list. */
export interface ModelConfig extends JsonObject {
  class_name: string;
  config: JsonObject & { layers: LayerEntry[] };
}

/** A normalised model config plus one line per kind of change made (empty when none was needed). */
export interface NormalisedTopology {
  modelConfig: ModelConfig;
  notes: string[];
}

/** The weight-spec fields the name matching reads (tfjs's WeightsManifestEntry has them all). */
export interface NamedWeightSpec {
  name: string;
  group?: string;
}

const MODEL_CLASSES = new Set(['Sequential', 'Model', 'Functional']);
// Keras 3 serialisation metadata that tfjs does not read; the tfjs converter drops the first two too.
const KERAS3_METADATA = ['module', 'registered_name', 'build_config', 'compile_config'];
// Keras 3 `.keras` weight files name variables by position (`.../vars/0`): the order each class creates them in.
const RNN_WEIGHTS = ['kernel', 'recurrent_kernel', 'bias'];
const WEIGHT_ORDER: Record<string, readonly string[]> = {
  Dense: ['kernel', 'bias'],
  Embedding: ['embeddings'],
  SimpleRNN: RNN_WEIGHTS,
  LSTM: RNN_WEIGHTS,
  GRU: RNN_WEIGHTS,
  SimpleRNNCell: RNN_WEIGHTS,
  LSTMCell: RNN_WEIGHTS,
  GRUCell: RNN_WEIGHTS,
  Conv1D: ['kernel', 'bias'],
  Conv2D: ['kernel', 'bias'],
  LayerNormalization: ['gamma', 'beta'],
  BatchNormalization: ['gamma', 'beta', 'moving_mean', 'moving_variance']
};

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badModel(message: string): UnrolledError {
  return new UnrolledError('bad-model-json', message);
}

/** The modelTopology of a model.json, rewritten into the form tfjs 4.22 parses; the input is not changed. */
export function normaliseTopology(topology: unknown): NormalisedTopology {
  if (!isJsonObject(topology)) throw badModel('model.json: modelTopology is not a JSON object.');
  const notes: string[] = [];
  const copy = structuredClone(topology);
  const model = isJsonObject(copy['model_config']) ? copy['model_config'] : copy;
  if (model !== copy) {
    const version = typeof copy['keras_version'] === 'string' ? ` ${copy['keras_version']}` : '';
    notes.push(`Keras${version} converter output: read the model from modelTopology.model_config`);
  }
  const modelConfig = checkModelConfig(model, notes);
  const stripped = stripKeras3Metadata(modelConfig, notes);
  // A tf.keras 2.13 .keras archive carries Keras 3 style metadata too: the version, when given, decides.
  const version = copy['keras_version'];
  const keras3 = typeof version === 'string' ? version.startsWith('3') : stripped;
  checkActivations(modelConfig, keras3, notes);
  renameInitializers(modelConfig, notes);
  resolveDtypes(modelConfig, notes);
  normaliseGraph(modelConfig, notes);
  forEachLayer(modelConfig.config.layers, (entry) => {
    renameBatchShape(entry, notes);
    if (entry.class_name === 'Bidirectional') normaliseBidirectional(entry, notes);
    if (MODEL_CLASSES.has(entry.class_name) && Array.isArray(entry.config['layers'])) {
      normaliseGraph(entry as ModelConfig, notes);
    }
  });
  const names: string[] = [];
  forEachLayer(modelConfig.config.layers, (entry) => names.push(layerName(entry)));
  if (splitCausalConv1D(modelConfig, names)) {
    notes.push(
      "Conv1D padding 'causal' read as ZeroPadding1D((kernel_size − 1)·dilation_rate, 0) + Conv1D 'valid', as Keras computes it"
    );
  }
  return { modelConfig, notes };
}

function checkModelConfig(model: JsonObject, notes: string[]): ModelConfig {
  const className = model['class_name'];
  if (typeof className !== 'string' || !MODEL_CLASSES.has(className)) {
    throw badModel(
      `model.json: the model class is ${JSON.stringify(className)}; unrolled loads Keras LayersModels (Sequential, Model or Functional).`
    );
  }
  if (Array.isArray(model['config'])) {
    model['config'] = { layers: model['config'] };
    notes.push(
      'old tfjs format: the Sequential config was a bare layer list, wrapped as { layers }'
    );
  }
  const config = model['config'];
  if (!isJsonObject(config) || !Array.isArray(config['layers'])) {
    throw badModel('model.json: the model config has no "layers" list.');
  }
  config['layers'].forEach((entry: unknown, index: number) =>
    checkLayerEntry(entry, `layer ${index}`)
  );
  return model as ModelConfig;
}

function checkLayerEntry(entry: unknown, where: string): asserts entry is LayerEntry {
  if (!isJsonObject(entry) || typeof entry['class_name'] !== 'string') {
    throw badModel(`model.json: ${where} has no "class_name".`);
  }
  if (!isJsonObject(entry['config'])) {
    throw badModel(`model.json: ${where} (${entry['class_name']}) has no "config" object.`);
  }
}

/** Calls visit on every layer entry: wrapped layers (Bidirectional, TimeDistributed) and nested models' layers too. */
export function forEachLayer(
  entries: readonly LayerEntry[],
  visit: (entry: LayerEntry) => void
): void {
  for (const entry of entries) {
    visit(entry);
    for (const key of ['layer', 'backward_layer']) {
      const wrapped = entry.config[key];
      if (!isJsonObject(wrapped)) continue;
      checkLayerEntry(wrapped, `the ${key} wrapped by ${layerName(entry)}`);
      forEachLayer([wrapped], visit);
    }
    const nested = entry.config['layers'];
    if (MODEL_CLASSES.has(entry.class_name) && Array.isArray(nested)) {
      nested.forEach((layer: unknown, index: number) =>
        checkLayerEntry(layer, `layer ${index} of ${layerName(entry)}`)
      );
      forEachLayer(nested as LayerEntry[], visit);
    }
  }
}

/** The name a layer entry gives its layer ('' when it has none). */
export function layerName(entry: LayerEntry): string {
  const name = entry.config['name'] ?? entry['name'];
  return typeof name === 'string' ? name : '';
}

function forEachObject(value: unknown, visit: (object: JsonObject) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachObject(item, visit);
  } else if (isJsonObject(value)) {
    visit(value);
    for (const item of Object.values(value)) forEachObject(item, visit);
  }
}

function stripKeras3Metadata(model: ModelConfig, notes: string[]): boolean {
  let stripped = false;
  forEachObject(model, (object) => {
    if (!('class_name' in object)) return;
    for (const key of KERAS3_METADATA) {
      if (key in object) {
        delete object[key];
        stripped = true;
      }
    }
  });
  if (stripped) notes.push('Keras 3: dropped module / registered_name / build_config metadata');
  return stripped;
}

// Keras 3 renamed swish to silu, and redefined hard_sigmoid as relu6(x + 3) / 6
// (keras/src/backend/*/nn.py); tfjs and Keras 2 compute clip(0.2·x + 0.5, 0, 1).
function checkActivations(model: ModelConfig, keras3: boolean, notes: string[]): void {
  forEachLayer(model.config.layers, (entry) => {
    for (const key of ['activation', 'recurrent_activation']) {
      const activation = entry.config[key];
      if (activation === 'silu') {
        entry.config[key] = 'swish';
        addNote(notes, 'Keras 3: activation silu read as swish (the same function)');
      } else if (activation === 'hard_sigmoid' && keras3) {
        throw new UnrolledError(
          'unsupported-layer',
          `Layer '${layerName(entry)}' (${entry.class_name}) uses Keras 3's hard_sigmoid, relu6(x + 3) / 6, which TensorFlow.js would compute as clip(0.2·x + 0.5, 0, 1): its numbers would be wrong.`,
          { layer: layerName(entry) }
        );
      }
    }
  });
}

// Keras 3.0–3.2 wrote OrthogonalInitializer where tfjs registers Orthogonal; the loaded weights replace it anyway.
function renameInitializers(model: ModelConfig, notes: string[]): void {
  forEachObject(model, (object) => {
    const name = object['class_name'];
    if (typeof name !== 'string' || !/.Initializer$/.test(name)) return;
    object['class_name'] = name.slice(0, -'Initializer'.length);
    addNote(notes, `Keras 3: initializer ${name} read as ${String(object['class_name'])}`);
  });
}

// tfjs knows float32, int32, bool, string and complex64; Keras policies and numpy dtypes map onto them.
function tfjsDtype(name: string): string {
  if (['float32', 'int32', 'bool', 'string', 'complex64'].includes(name)) return name;
  if (name.includes('float')) return 'float32';
  if (/^u?int\d+$/.test(name)) return 'int32';
  return name;
}

function resolveDtypes(model: ModelConfig, notes: string[]): void {
  const changes = new Set<string>();
  forEachObject(model, (object) => {
    const dtype = object['dtype'];
    let name: string | undefined;
    if (isJsonObject(dtype) && isJsonObject(dtype['config'])) {
      const policy = dtype['config']['name'];
      if (typeof policy === 'string') name = policy;
      changes.add(`${String(dtype['class_name'])} objects → dtype strings`);
    } else if (typeof dtype === 'string') {
      name = dtype;
    }
    if (name === undefined) return;
    const resolved = tfjsDtype(name);
    if (resolved !== name) changes.add(`dtype ${name} read as ${resolved}`);
    object['dtype'] = resolved;
  });
  for (const change of changes) notes.push(`Keras dtype: ${change}`);
}

function renameBatchShape(entry: LayerEntry, notes: string[]): void {
  const config = entry.config;
  if (config['batch_shape'] === undefined) return;
  if (config['batch_input_shape'] === undefined)
    config['batch_input_shape'] = config['batch_shape'];
  delete config['batch_shape'];
  addNote(notes, 'Keras 3: batch_shape renamed batch_input_shape');
}

function addNote(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note);
}

// A Keras 3 Sequential built with model.build(shape) has no InputLayer: the shape sits on the model.
function applyBuildInputShape(model: ModelConfig, notes: string[]): void {
  const shape = model.config['build_input_shape'];
  delete model.config['build_input_shape'];
  const first = model.config.layers[0];
  if (!Array.isArray(shape) || first === undefined || first.class_name === 'InputLayer') return;
  if (first.config['batch_input_shape'] !== undefined) return;
  first.config['batch_input_shape'] = shape;
  notes.push('Keras 3: the Sequential build_input_shape became the first layer batch_input_shape');
}

function normaliseGraph(model: ModelConfig, notes: string[]): void {
  if (model.class_name === 'Sequential') applyBuildInputShape(model, notes);
  else normaliseFunctional(model, notes);
}

function normaliseFunctional(model: ModelConfig, notes: string[]): void {
  for (const key of ['input_layers', 'output_layers']) {
    const endpoints = model.config[key];
    // Keras 3 writes a single endpoint flat: ["input_layer", 0, 0] instead of [["input_layer", 0, 0]].
    if (Array.isArray(endpoints) && typeof endpoints[0] === 'string') {
      model.config[key] = [endpoints];
      addNote(notes, 'Keras 3: single input/output endpoints wrapped in a list');
    }
  }
  for (const entry of model.config.layers) {
    if (convertInboundNodes(entry)) {
      addNote(
        notes,
        'Keras 3: inbound_nodes {args, kwargs} rewritten as [layer, node, tensor, kwargs] lists'
      );
    }
  }
}

type TensorRef = [string, number, number];

function collectKerasTensors(value: unknown, into: TensorRef[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectKerasTensors(item, into);
  } else if (isJsonObject(value)) {
    if (value['class_name'] === '__keras_tensor__') {
      const config = isJsonObject(value['config']) ? value['config'] : {};
      const history = config['keras_history'];
      if (!Array.isArray(history) || typeof history[0] !== 'string') {
        throw badModel('model.json: a Keras 3 inbound node names a tensor without keras_history.');
      }
      into.push([history[0], Number(history[1] ?? 0), Number(history[2] ?? 0)]);
    } else {
      for (const item of Object.values(value)) collectKerasTensors(item, into);
    }
  }
}

function convertInboundNodes(entry: LayerEntry): boolean {
  const nodes = entry['inbound_nodes'];
  if (!Array.isArray(nodes) || nodes.every((node) => Array.isArray(node))) return false;
  entry['inbound_nodes'] = nodes.map((node: unknown) => {
    if (!isJsonObject(node))
      throw badModel(`model.json: layer ${layerName(entry)} has a malformed inbound node.`);
    const inputs: TensorRef[] = [];
    collectKerasTensors(node['args'], inputs);
    const kwargs: JsonObject = {};
    const callKwargs = isJsonObject(node['kwargs']) ? node['kwargs'] : {};
    for (const [key, value] of Object.entries(callKwargs)) {
      const tensors: TensorRef[] = [];
      collectKerasTensors(value, tensors);
      // tfjs reads an RNN's initial state from its extra inputs, as Keras 2 configs stored it.
      if (tensors.length > 0 && key === 'initial_state') inputs.push(...tensors);
      else if (tensors.length > 0) {
        throw new UnrolledError(
          'unsupported-layer',
          `Layer '${layerName(entry)}' (${entry.class_name}) is called with a tensor for '${key}', which TensorFlow.js cannot wire up.`,
          { layer: layerName(entry) }
        );
      } else if (value !== null) kwargs[key] = value;
    }
    return inputs.map((input) => [...input, kwargs]);
  });
  return true;
}

function withoutKeys(config: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(config).filter(([key]) => !keys.includes(key)));
}

function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => sameJson(a[key], b[key]));
  }
  return a === b;
}

// Keras 3 stores the forward copy (named forward_<name>) and its backward twin; tfjs derives both from one layer.
function normaliseBidirectional(entry: LayerEntry, notes: string[]): void {
  const forward = entry.config['layer'] as LayerEntry | undefined;
  const backward = entry.config['backward_layer'] as LayerEntry | undefined;
  if (forward === undefined || backward === undefined || backward === null) return;
  const ignored = ['name', 'go_backwards'];
  const mirrored =
    forward.class_name === backward.class_name &&
    forward.config['go_backwards'] !== backward.config['go_backwards'] &&
    sameJson(withoutKeys(forward.config, ignored), withoutKeys(backward.config, ignored));
  if (!mirrored) {
    const name = layerName(entry);
    throw new UnrolledError(
      'unsupported-layer',
      `Bidirectional layer '${name}' has a backward layer configured differently from its forward layer; TensorFlow.js builds the backward layer as a mirror of the forward one and cannot load it.`,
      { layer: name }
    );
  }
  delete entry.config['backward_layer'];
  const name = forward.config['name'];
  if (typeof name === 'string' && name.startsWith('forward_')) {
    forward.config['name'] = name.slice('forward_'.length);
  }
  addNote(notes, 'Keras 3: Bidirectional backward_layer dropped (a mirror of the forward layer)');
}

interface WeightScope {
  /** The weight names by position, for Keras 3 `.../vars/N` names. */
  order: readonly string[] | undefined;
  /** Bidirectional only: the tfjs name prefixes of the two directions. */
  directions?: { forward: string; backward: string };
}

function weightOrder(entry: LayerEntry | undefined): readonly string[] | undefined {
  if (entry === undefined) return undefined;
  const order = WEIGHT_ORDER[entry.class_name];
  if (order === undefined || !entry.class_name.endsWith('Normalization')) return order;
  // Normalization layers skip gamma without scale and beta without center.
  return order.filter(
    (name) =>
      !(name === 'gamma' && entry.config['scale'] === false) &&
      !(name === 'beta' && entry.config['center'] === false)
  );
}

function scopeOf(entry: LayerEntry, name: string): WeightScope | undefined {
  const wrapped = isJsonObject(entry.config['layer'])
    ? (entry.config['layer'] as LayerEntry)
    : undefined;
  if (entry.class_name === 'Bidirectional') {
    const inner = wrapped === undefined ? '' : layerName(wrapped);
    return {
      order: weightOrder(wrapped),
      directions: { forward: `${name}/forward_${inner}`, backward: `${name}/backward_${inner}` }
    };
  }
  if (entry.class_name === 'TimeDistributed') return { order: weightOrder(wrapped) };
  if (entry.class_name === 'RNN') {
    const cell = entry.config['cell'];
    return { order: isJsonObject(cell) ? weightOrder(cell as LayerEntry) : undefined };
  }
  // A nested model names its weights after its own layers: leave those names to tfjs.
  if (MODEL_CLASSES.has(entry.class_name)) return undefined;
  return { order: weightOrder(entry) };
}

function resolveWeightName(name: string, scopes: Map<string, WeightScope>): string | undefined {
  const tokens = name.split('/');
  let at = tokens.findIndex((token) => scopes.has(token));
  // Keras renames a variable `dense_1` to `dense_1_1` when a model is built twice in one session.
  if (at < 0) at = tokens.findIndex((token) => scopes.has(token.replace(/_\d+$/, '')));
  if (at < 0) return undefined;
  const token = tokens[at] ?? '';
  const layer = scopes.has(token) ? token : token.replace(/_\d+$/, '');
  const scope = scopes.get(layer);
  const last = tokens[tokens.length - 1] ?? '';
  const weight = /^\d+$/.test(last) ? scope?.order?.[Number(last)] : last;
  if (scope === undefined || weight === undefined || at === tokens.length - 1) return undefined;
  if (scope.directions === undefined) return `${layer}/${weight}`;
  const path = tokens.slice(at + 1, -1);
  const direction = path.some((part) => part.startsWith('forward'))
    ? 'forward'
    : path.some((part) => part.startsWith('backward'))
      ? 'backward'
      : undefined;
  return direction === undefined ? undefined : `${scope.directions[direction]}/${weight}`;
}

/**
 * Renames weight specs to the names tfjs gives the model's weights (`layer/kernel`,
 * `bidirectional/forward_gru/bias`), from whatever Keras wrote (`lstm/lstm_cell/kernel`,
 * `sequential/lstm/lstm_cell/kernel`, `layers/lstm/cell/vars/0`); names it cannot place stay as they are.
 */
export function matchWeightNames<T extends NamedWeightSpec>(
  modelConfig: ModelConfig,
  specs: readonly T[]
): { specs: T[]; notes: string[] } {
  const scopes = new Map<string, WeightScope>();
  for (const entry of modelConfig.config.layers) {
    const name = layerName(entry);
    const scope = scopeOf(entry, name);
    if (name !== '' && scope !== undefined) scopes.set(name, scope);
  }
  const resolved = specs.map((spec) =>
    spec.group === 'optimizer' ? undefined : resolveWeightName(spec.name, scopes)
  );
  const counts = new Map<string, number>();
  for (const name of resolved)
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  const renamed: string[] = [];
  const result = specs.map((spec, index) => {
    const name = resolved[index];
    // Two specs claiming one weight: keep both names and let the load report the clash.
    if (name === undefined || name === spec.name || counts.get(name) !== 1) return spec;
    renamed.push(`${spec.name} → ${name}`);
    return { ...spec, name };
  });
  const notes =
    renamed.length === 0
      ? []
      : [`weight names: ${renamed.length} renamed to tfjs's names (e.g. ${renamed[0]})`];
  return { specs: result, notes };
}
