// Checks around a load: model.json syntax, weight byte counts, layer classes, finite weights, and
// tfjs's own load errors turned into UnrolledErrors that name the file, layer or weight involved.
import * as tf from '@tensorflow/tfjs';
import { UnrolledError } from '../core/errors.js';
import { forEachLayer, isJsonObject, layerName, type ModelConfig } from './keras-compat.js';

/** What unrolled can trace, for the messages of layers it cannot. */
export const SUPPORTED_RECURRENT =
  'unrolled can instrument SimpleRNN, LSTM, GRU (incl. Keras reset_after) and Bidirectional wrappers of them';

const UNSUPPORTED_CLASSES = new Set([
  'ConvLSTM1D',
  'ConvLSTM2D',
  'ConvLSTM3D',
  'ConvLSTM2DCell',
  'ConvRNN2D',
  'StackedRNNCells'
]);
const STANDARD_CELLS = new Set(['SimpleRNNCell', 'LSTMCell', 'GRUCell']);
// Bytes per element, as tfjs's io_utils stores them (quantised weights use their quantisation dtype).
const BYTES_PER_ELEMENT: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  float16: 2,
  uint16: 2,
  uint8: 1
};

/** Where a JSON text first breaks the grammar, or -1 when it parses (engines word their errors differently). */
export function jsonErrorOffset(text: string): number {
  const scanner = new JsonScanner(text);
  try {
    scanner.value();
    scanner.skipSpace();
    if (scanner.at < text.length) scanner.fail();
    return -1;
  } catch (error) {
    if (error === scanner) return scanner.at;
    throw error;
  }
}

// A recogniser only: it walks the grammar and throws itself at the first character that breaks it.
class JsonScanner {
  at = 0;
  private readonly number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  constructor(private readonly text: string) {}

  fail(): never {
    throw this;
  }

  skipSpace(): void {
    while (' \t\n\r'.includes(this.text[this.at] || 'x')) this.at++;
  }

  expect(char: string): void {
    this.skipSpace();
    if (this.text[this.at] !== char) this.fail();
    this.at++;
  }

  value(): void {
    this.skipSpace();
    const char = this.text[this.at];
    if (char === '{') this.list('}', () => this.member());
    else if (char === '[') this.list(']', () => this.value());
    else if (char === '"') this.string();
    else this.literal();
  }

  private member(): void {
    this.string();
    this.expect(':');
    this.value();
  }

  private list(close: string, item: () => void): void {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      item();
      this.skipSpace();
      if (this.text[this.at] !== ',') break;
      this.at++;
    }
    this.expect(close);
  }

  private string(): void {
    this.expect('"');
    for (let char = this.text[this.at]; char !== '"'; char = this.text[this.at]) {
      if (char === undefined || char < ' ') this.fail();
      if (char === '\\') this.escape();
      else this.at++;
    }
    this.at++;
  }

  private escape(): void {
    this.at++;
    const char = this.text[this.at] ?? '';
    if (char === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 1, this.at + 5))) {
      this.at += 5;
    } else if (char !== 'u' && char !== '' && '"\\/bfnrt'.includes(char)) {
      this.at++;
    } else {
      this.fail();
    }
  }

  private literal(): void {
    const word = ['true', 'false', 'null'].find((name) => this.text.startsWith(name, this.at));
    if (word !== undefined) {
      this.at += word.length;
      return;
    }
    this.number.lastIndex = this.at;
    if (this.number.exec(this.text) === null) this.fail();
    this.at = this.number.lastIndex;
  }
}

function describeOffset(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset >= text.length ? 'end of file' : JSON.stringify(text[offset]);
  return `unexpected ${found} at line ${line}, column ${column} (character ${offset})`;
}

/** model.json text parsed and checked to be a Keras LayersModel with a weights manifest. */
export function parseModelJson(text: string, fileName = 'model.json'): tf.io.ModelJSON {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const offset = jsonErrorOffset(text);
    const where = offset < 0 ? String(cause) : describeOffset(text, offset);
    throw new UnrolledError('bad-model-json', `${fileName} is not valid JSON: ${where}.`, {
      cause
    });
  }
  if (!isJsonObject(json))
    throw new UnrolledError('bad-model-json', `${fileName} is not a JSON object.`);
  if (json['format'] === 'graph-model') {
    throw new UnrolledError(
      'bad-model-json',
      `${fileName} holds a graph model (converted from a SavedModel). unrolled needs a Keras LayersModel: convert the Keras model with tensorflowjs_converter --input_format keras.`
    );
  }
  if (!isJsonObject(json['modelTopology'])) {
    throw new UnrolledError('bad-model-json', `${fileName} has no modelTopology object.`);
  }
  checkManifest(json['weightsManifest'], fileName);
  return json as unknown as tf.io.ModelJSON;
}

function checkManifest(manifest: unknown, fileName: string): void {
  if (manifest === undefined) {
    throw new UnrolledError(
      'missing-weights',
      `${fileName} has no weightsManifest: it names no weight files.`
    );
  }
  const valid =
    Array.isArray(manifest) &&
    manifest.every(
      (group) =>
        isJsonObject(group) &&
        Array.isArray(group['paths']) &&
        group['paths'].every((path) => typeof path === 'string') &&
        Array.isArray(group['weights']) &&
        group['weights'].every(
          (spec) =>
            isJsonObject(spec) &&
            typeof spec['name'] === 'string' &&
            Array.isArray(spec['shape']) &&
            spec['shape'].every((size) => Number.isInteger(size) && size >= 0)
        )
    );
  if (!valid) {
    throw new UnrolledError(
      'bad-model-json',
      `${fileName}: weightsManifest must be a list of { paths, weights: [{ name, shape, dtype }] }.`
    );
  }
}

/** The byte length a weight spec takes in a weight file; undefined for strings, whose length the manifest does not give. */
export function weightByteLength(spec: tf.io.WeightsManifestEntry): number | undefined {
  if (spec.dtype === 'string') return undefined;
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const size = BYTES_PER_ELEMENT[dtype];
  if (size === undefined) {
    throw new UnrolledError(
      'bad-model-json',
      `Weight '${spec.name}' has an unknown dtype '${dtype}'.`
    );
  }
  return spec.shape.reduce((count, length) => count * length, 1) * size;
}

function totalBytes(specs: readonly tf.io.WeightsManifestEntry[]): number | undefined {
  let total = 0;
  for (const spec of specs) {
    const length = weightByteLength(spec);
    if (length === undefined) return undefined;
    total += length;
  }
  return total;
}

function sizeError(
  files: string,
  actual: number,
  expected: number,
  specs: tf.io.WeightsManifestEntry[]
) {
  const hint = actual < expected ? 'truncated or an older file?' : 'the weights of another model?';
  return new UnrolledError(
    'bad-weights',
    `${files} ${actual} bytes, but model.json's weightsManifest expects ${expected} bytes for its ${specs.length} weights (${hint}).`
  );
}

/**
 * Checks that each weight group's files hold exactly the bytes its weights need, before tfjs
 * decodes them (tfjs would read a short file as garbage or fail with a bare RangeError).
 */
export function checkWeightFileSizes(
  manifest: tf.io.WeightsManifestConfig,
  fileSizes: readonly number[]
): void {
  let next = 0;
  for (const group of manifest) {
    const sizes = fileSizes.slice(next, next + group.paths.length);
    next += group.paths.length;
    const expected = totalBytes(group.weights);
    const actual = sizes.reduce((sum, size) => sum + size, 0);
    if (expected === undefined || actual === expected) continue;
    const files =
      group.paths.length === 1
        ? `Weight file "${baseName(group.paths[0] ?? '')}" has`
        : `Weight files ${group.paths.map((path, index) => `"${baseName(path)}" (${sizes[index]} bytes)`).join(', ')} have`;
    throw sizeError(files, actual, expected, group.weights);
  }
}

/** Checks in-memory weight data against its specs (no file names to report). */
export function checkWeightDataSize(
  specs: readonly tf.io.WeightsManifestEntry[],
  weightData: tf.io.WeightData
): void {
  // An empty buffer list has no byteLength in tfjs 4.22.
  const actual = new tf.io.CompositeArrayBuffer(weightData).byteLength ?? 0;
  const expected = totalBytes(specs);
  if (expected !== undefined && actual !== expected) {
    throw sizeError('The weight data has', actual, expected, [...specs]);
  }
}

/** The file name at the end of a manifest path (`./group1-shard1of1.bin` → `group1-shard1of1.bin`). */
export function baseName(path: string): string {
  return path.split(/[?#]/)[0]?.split('/').pop() ?? path;
}

function layerClasses(): string[] {
  const classes = tf.serialization.SerializationMap.getMap().classNameMap;
  return Object.entries(classes)
    .filter(([, [cls]]) => (cls as { prototype?: unknown }).prototype instanceof tf.layers.Layer)
    .map(([name]) => name)
    .sort();
}

function unsupported(name: string, className: string, detail: string): UnrolledError {
  return new UnrolledError(
    'unsupported-layer',
    `Layer '${name}' (${className}${detail}) cannot be loaded: ${SUPPORTED_RECURRENT}.`,
    { layer: name }
  );
}

/**
 * Throws for layers unrolled refuses (ConvLSTM, RNNs over custom or stacked cells) and for
 * classes TensorFlow.js does not know, before tfjs tries to build them.
 */
export function checkLayerClasses(modelConfig: ModelConfig): void {
  const known = new Set(layerClasses());
  forEachLayer(modelConfig.config.layers, (entry) => {
    const name = layerName(entry);
    if (UNSUPPORTED_CLASSES.has(entry.class_name)) throw unsupported(name, entry.class_name, '');
    if (entry.config['padding'] === 'causal') {
      throw new UnrolledError(
        'unsupported-layer',
        `Layer '${name}' (${entry.class_name}) uses padding 'causal', which TensorFlow.js 4.22 does not implement.`,
        { layer: name }
      );
    }
    if (entry.class_name === 'RNN') {
      const cell = entry.config['cell'];
      const cellClass = isJsonObject(cell) ? String(cell['class_name']) : 'a list of cells';
      if (!STANDARD_CELLS.has(cellClass)) throw unsupported(name, 'RNN', ` over ${cellClass}`);
    }
    if (!known.has(entry.class_name)) {
      throw new UnrolledError(
        'unknown-layer-class',
        `Layer '${name}' has class '${entry.class_name}', which TensorFlow.js cannot build (a custom layer, or one tfjs 4.22 lacks). Layer classes it can load: ${[...known].join(', ')}.`,
        { layer: name }
      );
    }
  });
}

/** Throws 'bad-weights' naming the first layer and weight holding NaN or an infinity. */
export function assertFiniteWeights(model: tf.LayersModel): void {
  for (const layer of model.layers) {
    for (const weight of layer.weights) {
      const values = weight.read().dataSync();
      const index = values.findIndex((value: number) => !Number.isFinite(value));
      if (index < 0) continue;
      const count = values.filter((value: number) => !Number.isFinite(value)).length;
      throw new UnrolledError(
        'bad-weights',
        `Layer '${layer.name}': weight '${weight.originalName}' holds ${count} non-finite value(s) (first: ${values[index]} at index ${index}); the model was saved after training diverged.`,
        { layer: layer.name }
      );
    }
  }
}

function weightLayer(weightName: string): string {
  return weightName.split('/')[0] ?? weightName;
}

// The weight whose manifest shape differs from the layer built from model.json; tfjs's own message gives
// the two shapes but not the weight. Costs one more build of the model, on this error path only.
async function shapeMismatch(artifacts: tf.io.ModelArtifacts): Promise<UnrolledError | undefined> {
  type ModelAndWeights = Parameters<typeof tf.models.modelFromJSON>[0];
  const model = await tf.models.modelFromJSON({
    modelTopology: artifacts.modelTopology
  } as ModelAndWeights);
  try {
    const specs = new Map((artifacts.weightSpecs ?? []).map((spec) => [spec.name, spec.shape]));
    for (const layer of model.layers) {
      for (const weight of layer.weights) {
        const shape = specs.get(weight.originalName);
        if (shape === undefined || shape.join() === weight.shape.join()) continue;
        return new UnrolledError(
          'bad-weights',
          `Layer '${layer.name}': weight '${weight.originalName}' has shape [${shape.join(', ')}] in the weights manifest, but model.json builds it as [${weight.shape.join(', ')}].`,
          { layer: layer.name }
        );
      }
    }
    return undefined;
  } finally {
    model.dispose();
  }
}

/** tfjs's error from loadLayersModel, explained as an UnrolledError (unknown errors keep tfjs's message). */
export async function explainLoadError(
  error: unknown,
  artifacts: tf.io.ModelArtifacts
): Promise<UnrolledError> {
  if (error instanceof UnrolledError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const noTarget = /Provided weight data has no target variable: (\S+)/.exec(message);
  if (noTarget?.[1] !== undefined) {
    return new UnrolledError(
      'bad-weights',
      `The weights manifest has weight '${noTarget[1]}', which no layer of model.json owns (model.json and the weights come from different models?).`,
      { layer: weightLayer(noTarget[1]), cause: error }
    );
  }
  const unset = /(\d+) of (\d+) weights are not set: (.+)$/.exec(message);
  if (unset?.[3] !== undefined) {
    const first = unset[3].split(',')[0] ?? '';
    return new UnrolledError(
      'bad-weights',
      `The weights manifest lacks ${unset[1]} of the model's ${unset[2]} weights: ${unset[3].split(',').join(', ')}.`,
      { layer: weightLayer(first), cause: error }
    );
  }
  if (message.startsWith('Shape mismatch')) {
    const explained = await shapeMismatch(artifacts).catch(() => undefined);
    if (explained !== undefined) return explained;
    return new UnrolledError('bad-weights', `A weight has the wrong shape: ${message}`, {
      cause: error
    });
  }
  const unknown = /Unknown layer: (\w+)/.exec(message);
  if (unknown?.[1] !== undefined) {
    return new UnrolledError(
      'unknown-layer-class',
      `model.json uses layer class '${unknown[1]}', which TensorFlow.js cannot build.`,
      { cause: error }
    );
  }
  return new UnrolledError(
    'bad-model-json',
    `TensorFlow.js could not build the model from model.json: ${message}`,
    { cause: error }
  );
}
