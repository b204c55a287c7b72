// Loading a LayersModel from wherever a user has it (URL, picked or dropped files, memory, any
// IOHandler), through tfjs's own IOHandlers, with real Keras exports normalised first.
// No Node imports here: the Node file-system handler lives in node-fs.ts.
import * as tf from '@tensorflow/tfjs';
import { UnrolledError } from '../core/errors.js';
import { matchWeightNames, normaliseTopology } from './keras-compat.js';
import { kerasFileKind } from './keras-file/names.js';
import { registerKerasGru } from './keras-gru.js';
import { registerZeroPadding1D } from './zero-padding-1d.js';
import { registerDifferentiableConv1D } from './dilated-conv1d.js';
import {
  assertFiniteWeights,
  baseName,
  checkLayerClasses,
  checkWeightDataSize,
  checkWeightFileSizes,
  explainLoadError,
  parseModelJson
} from './validate-weights.js';

/** A model held in memory: what saveModel(model, 'memory') returns. */
export interface ModelInMemory {
  /** The model.json modelTopology (any format loadModel normalises). */
  modelTopology: object;
  /** One entry per weight, in weightData order. */
  weightSpecs: tf.io.WeightsManifestEntry[];
  /** The weight bytes, one buffer or several in a row. */
  weightData: tf.io.WeightData;
}

/** Anything loadModel reads: a model.json URL, the files a picker or drop hands over, a model in memory, or an IOHandler. */
export type ModelSource =
  string | URL | FileList | readonly File[] | ModelInMemory | tf.io.IOHandler;

/** Options for URL sources (passed on to tf.io.http). */
export interface LoadModelOptions {
  /** Extra fetch options (headers, credentials). Default: none. */
  requestInit?: RequestInit;
  /** The fetch to use. Default: the platform's fetch. */
  fetchFunc?: typeof fetch;
  /** Where the weight files are, when not next to model.json. Default: model.json's folder. */
  weightPathPrefix?: string;
  /** Called with the loaded fraction (0–1) while the weights download. */
  onProgress?: (fraction: number) => void;
}

/** Reads one model.json and its weight files, wherever they are kept. */
export interface ModelFileReader {
  /** The model.json name, for messages. */
  jsonName: string;
  /** The model.json text. */
  readJson(): Promise<string>;
  /** The bytes of a weight file named in weightsManifest; throws UnrolledError 'missing-weights' when absent. */
  readWeightFile(path: string): Promise<ArrayBuffer>;
}

/** A model.json and every weight file it names, checked (syntax, presence, byte counts) and turned into ModelArtifacts. */
export async function readModelFiles(reader: ModelFileReader): Promise<tf.io.ModelArtifacts> {
  const modelJson = parseModelJson(await reader.readJson(), reader.jsonName);
  const paths = modelJson.weightsManifest.flatMap((group) => group.paths);
  const buffers = await Promise.all(paths.map((path) => reader.readWeightFile(path)));
  checkWeightFileSizes(
    modelJson.weightsManifest,
    buffers.map((buffer) => buffer.byteLength)
  );
  return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => [
    tf.io.getWeightSpecs(manifest),
    buffers
  ]);
}

// tfjs's browserFiles needs FileReader (absent in Node), wants exactly the manifest's files (a
// dropped folder also holds a tokenizer, a licence...) and never settles on invalid JSON.
function fileReader(files: readonly File[]): ModelFileReader {
  const jsonFiles = files.filter((file) => file.name.toLowerCase().endsWith('.json'));
  const jsonFile =
    jsonFiles.find((file) => file.name === 'model.json') ??
    (jsonFiles.length === 1 ? jsonFiles[0] : undefined);
  const given = files.map((file) => file.name).join(', ') || 'none';
  if (jsonFile === undefined) {
    throw new UnrolledError(
      'bad-input',
      `Choose the model's model.json together with its weight files (given: ${given}).`
    );
  }
  return {
    jsonName: jsonFile.name,
    readJson: () => jsonFile.text(),
    async readWeightFile(path) {
      const name = baseName(path);
      const file = files.find((candidate) => candidate.name === name);
      if (file === undefined) {
        throw new UnrolledError(
          'missing-weights',
          `${jsonFile.name} lists the weight file "${name}", but it is not among the files given (${given}). Choose model.json together with every weight file next to it.`
        );
      }
      return file.arrayBuffer();
    }
  };
}

// tf.io.http does the fetching; its fetch is wrapped to parse model.json strictly, to catch a
// weight file that is not there (tfjs would decode a 404 page), and to keep the manifest for the size check.
function httpHandler(url: string, options: LoadModelOptions): tf.io.IOHandler {
  const platformFetch: typeof fetch = (input, init) => tf.env().platform.fetch(String(input), init);
  const baseFetch = options.fetchFunc ?? platformFetch;
  let manifest: tf.io.WeightsManifestConfig = [];
  const checkedFetch: typeof fetch = async (input, init) => {
    const address = String(input);
    const response = await baseFetch(input, init);
    if (address === url) {
      if (!response.ok) {
        throw new UnrolledError(
          'bad-input',
          `Could not fetch ${url}: HTTP ${response.status} ${response.statusText}.`
        );
      }
      const text = await response.text();
      manifest = parseModelJson(text, baseName(url) || url).weightsManifest;
      return new Response(text, { status: response.status, statusText: response.statusText });
    }
    if (!response.ok) {
      throw new UnrolledError(
        'missing-weights',
        `Weight file "${baseName(address)}" could not be fetched from ${address}: HTTP ${response.status} ${response.statusText}.`
      );
    }
    return response;
  };
  const handler = tf.io.http(url, {
    requestInit: options.requestInit,
    weightPathPrefix: options.weightPathPrefix,
    onProgress: options.onProgress,
    fetchFunc: checkedFetch
  });
  const load = handler.load?.bind(handler);
  if (load === undefined) throw new Error('tf.io.http returned a handler that cannot load');
  return {
    async load() {
      const artifacts = await load();
      const buffers = artifacts.weightData ?? [];
      checkWeightFileSizes(
        manifest,
        (Array.isArray(buffers) ? buffers : [buffers]).map((buffer) => buffer.byteLength)
      );
      return artifacts;
    }
  };
}

function isFileList(source: ModelSource): source is FileList | readonly File[] {
  if (Array.isArray(source)) return true;
  return typeof FileList !== 'undefined' && source instanceof FileList;
}

function isInMemory(source: object): source is ModelInMemory {
  return 'modelTopology' in source && 'weightData' in source;
}

/** An IOHandler for one Keras model file (.keras, .h5, .hdf5); its readers load only when it is read. */
export function kerasFileHandler(name: string, bytes: () => Promise<Uint8Array>): tf.io.IOHandler {
  return {
    async load() {
      const { readKerasFile } = await import('./keras-file/read.js');
      return (await readKerasFile(await bytes(), name)).artifacts;
    }
  };
}

/** The tfjs IOHandler that reads a source. */
export function handlerFor(source: ModelSource, options: LoadModelOptions = {}): tf.io.IOHandler {
  if (typeof source === 'string' && source.startsWith('indexeddb://')) {
    // A model kept in this browser (the training lab keeps its models there for the playground).
    const [handler] = tf.io.getLoadHandlers(source);
    if (handler) return handler;
    throw new UnrolledError(
      'bad-input',
      'This browser keeps no models (IndexedDB is unavailable).'
    );
  }
  if (typeof source === 'string' || source instanceof URL) {
    return httpHandler(String(source), options);
  }
  if (isFileList(source)) {
    const keras = Array.from(source).find((file) => kerasFileKind(file.name) !== undefined);
    if (keras !== undefined) {
      return kerasFileHandler(keras.name, async () => new Uint8Array(await keras.arrayBuffer()));
    }
    const reader = fileReader(Array.from(source));
    return { load: () => readModelFiles(reader) };
  }
  if (isInMemory(source)) return tf.io.fromMemory(source);
  if (typeof source.load === 'function') return source;
  throw new UnrolledError(
    'bad-input',
    'loadModel needs a URL, the model files, { modelTopology, weightSpecs, weightData } or an IOHandler.'
  );
}

/** Artifacts ready for tfjs: the topology normalised, layer classes checked, weight names matched. */
export interface PreparedArtifacts {
  artifacts: tf.io.ModelArtifacts;
  /** One line per kind of change made to the files, empty when tfjs could read them as they were. */
  notes: string[];
}

/** Normalises loaded artifacts (Keras 2/3 and old tfjs formats) and checks them before tfjs builds the model. */
export function prepareArtifacts(artifacts: tf.io.ModelArtifacts): PreparedArtifacts {
  if (artifacts.modelTopology instanceof ArrayBuffer) {
    throw new UnrolledError(
      'bad-model-json',
      'The model topology is binary; unrolled needs model.json.'
    );
  }
  if (artifacts.weightSpecs === undefined || artifacts.weightData === undefined) {
    throw new UnrolledError('missing-weights', 'The model comes without weights.');
  }
  // What the model is comes first: an unsupported layer says more than the weight bytes it lacks.
  registerZeroPadding1D();
  registerDifferentiableConv1D();
  const { modelConfig, notes } = normaliseTopology(artifacts.modelTopology);
  checkLayerClasses(modelConfig);
  checkWeightDataSize(artifacts.weightSpecs, artifacts.weightData);
  const matched = matchWeightNames(modelConfig, artifacts.weightSpecs);
  return {
    artifacts: { ...artifacts, modelTopology: modelConfig, weightSpecs: matched.specs },
    notes: [...notes, ...matched.notes]
  };
}

/** Builds a LayersModel from loaded artifacts, as loadModel does after reading its source. */
export async function modelFromArtifacts(artifacts: tf.io.ModelArtifacts): Promise<tf.LayersModel> {
  registerKerasGru();
  const prepared = prepareArtifacts(artifacts).artifacts;
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel({ load: async () => prepared });
  } catch (error) {
    throw await explainLoadError(error, prepared);
  }
  try {
    assertFiniteWeights(model);
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}

/** Loads a tfjs LayersModel, including Keras 2/3 exports and reset_after GRUs; failures are UnrolledErrors. */
export async function loadModel(
  source: ModelSource,
  options: LoadModelOptions = {}
): Promise<tf.LayersModel> {
  const handler = handlerFor(source, options);
  if (handler.load === undefined) {
    throw new UnrolledError('bad-input', 'The IOHandler given to loadModel cannot load.');
  }
  let artifacts: tf.io.ModelArtifacts;
  try {
    artifacts = await handler.load();
  } catch (error) {
    if (error instanceof UnrolledError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const hint =
      typeof source === 'string' && !/^https?:/i.test(source) && !tf.env().getBool('IS_BROWSER')
        ? " (for a file on disk in Node, use loadModelFromFile from 'unrolled/tf/node')"
        : '';
    throw new UnrolledError('bad-input', `Could not read the model: ${message}${hint}`, {
      cause: error
    });
  }
  return modelFromArtifacts(artifacts);
}
