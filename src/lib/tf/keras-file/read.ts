// A Keras model file (.keras archive or legacy .h5) read into the artifacts the converter path
// produces, so one Keras→tfjs mapping (keras-compat) serves both. jsfive and fflate load on first use.
import type * as tf from '@tensorflow/tfjs';
import type { Group } from 'jsfive';
import { UnrolledError } from '../../core/errors.js';
import { isJsonObject, layerName, type LayerEntry, type ModelConfig } from '../keras-compat.js';
import { nameArchiveLayers } from './archive-names.js';
import { convertCudnnWeight, replaceCudnnLayers } from './cudnn.js';
import { listArrays, openHdf5, stringAttribute, subgroup, type Hdf5Array } from './hdf5.js';
import { kerasFileKind } from './names.js';
import { cutTextVectorization, type TextVectorizationInfo } from './text-vectorization.js';

/** A Keras file read: tfjs artifacts, plus the text vectorizer that was cut off the model, if any. */
export interface KerasFile {
  /** modelTopology is { keras_version, backend, model_config }, as the converter writes it. */
  artifacts: tf.io.ModelArtifacts;
  /** The TextVectorization layer unrolled removed (its vocabulary is read by archiveVocabulary). */
  textVectorization?: TextVectorizationInfo;
}

function bad(message: string): UnrolledError {
  return new UnrolledError('bad-input', message);
}

function parseConfig(text: string, where: string): ModelConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw bad(
      `${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`
    );
  }
  if (!isJsonObject(value)) throw bad(`${where} holds no Keras model config.`);
  // Keras 2.2 wrote a Sequential's config as a bare layer list.
  if (Array.isArray(value['config'])) value['config'] = { layers: value['config'] };
  if (!isJsonObject(value['config']) || !Array.isArray(value['config']['layers'])) {
    throw bad(`${where} holds no Keras model config.`);
  }
  return value as ModelConfig;
}

/** The files of a zip archive; a file that is not a zip or is cut short says so in one line. */
export async function unzipArchive(
  bytes: Uint8Array,
  name: string
): Promise<Record<string, Uint8Array>> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw bad(`${name} is not a .keras archive (not a zip file).`);
  }
  const { unzipSync } = await import('fflate');
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw bad(
      `${name} could not be unzipped (truncated or corrupt: ${error instanceof Error ? error.message : String(error)}).`
    );
  }
}

function topLayerNames(model: ModelConfig): Set<string> {
  return new Set(model.config.layers.map((entry: LayerEntry) => layerName(entry)));
}

// Optimizer slots, metrics and Keras 3 seed-generator states are not model weights tfjs would take.
function modelWeights(arrays: Hdf5Array[], layers: Set<string>): Hdf5Array[] {
  return arrays.filter((array) => {
    const tokens = array.path.split('/');
    if (tokens.includes('seed_generator')) return false;
    return tokens.some((token) => layers.has(token) || layers.has(token.replace(/_\d+$/, '')));
  });
}

function artifactsOf(
  model: ModelConfig,
  version: string | undefined,
  backend: string | undefined,
  arrays: Hdf5Array[]
): tf.io.ModelArtifacts {
  const cudnn = replaceCudnnLayers(model);
  const converted = arrays.map((array) => {
    const layer = array.path.split('/').find((token) => cudnn.has(token));
    return layer === undefined ? array : convertCudnnWeight(array, cudnn.get(layer)!);
  });
  const total = converted.reduce((sum, array) => sum + array.values.length, 0);
  const data = new Float32Array(total);
  let at = 0;
  const weightSpecs = converted.map((array) => {
    data.set(array.values, at);
    at += array.values.length;
    return { name: array.path.replace(/:\d+$/, ''), shape: array.shape, dtype: 'float32' as const };
  });
  return {
    modelTopology: { keras_version: version, backend, model_config: model },
    weightSpecs,
    weightData: data.buffer
  };
}

async function readArchive(bytes: Uint8Array, name: string): Promise<KerasFile> {
  const files = await unzipArchive(bytes, name);
  const configBytes = files['config.json'];
  const weightBytes = files['model.weights.h5'];
  if (configBytes === undefined || weightBytes === undefined) {
    throw bad(
      `${name} lacks ${configBytes === undefined ? 'config.json' : 'model.weights.h5'}: not a Keras model archive.`
    );
  }
  const decoder = new TextDecoder();
  const model = parseConfig(decoder.decode(configBytes), `${name}: config.json`);
  const metadata = files['metadata.json'];
  let version: string | undefined;
  try {
    const parsed: unknown = metadata ? JSON.parse(decoder.decode(metadata)) : undefined;
    if (isJsonObject(parsed) && typeof parsed['keras_version'] === 'string')
      version = parsed['keras_version'];
  } catch {
    // metadata.json only says which Keras wrote the file; the model reads without it.
  }
  const textVectorization = cutTextVectorization(model);
  const root = await openHdf5(weightBytes, `${name}: model.weights.h5`);
  const groups = ['layers', '_layer_checkpoint_dependencies'];
  const arrays = nameArchiveLayers(
    listArrays(root, `${name}: model.weights.h5`).filter((array) =>
      groups.includes(array.path.split('/')[0] ?? '')
    ),
    model.config.layers
  );
  return {
    artifacts: artifactsOf(model, version, undefined, modelWeights(arrays, topLayerNames(model))),
    textVectorization
  };
}

async function readLegacy(bytes: Uint8Array, name: string): Promise<KerasFile> {
  const root: Group = await openHdf5(bytes, name);
  const configText = stringAttribute(root, 'model_config');
  if (configText === undefined) {
    throw bad(
      `${name} holds weights only (saved with save_weights): save the whole model with model.save('model.keras') or model.save('model.h5').`
    );
  }
  const model = parseConfig(configText, `${name}: model_config`);
  const weights = subgroup(root, 'model_weights');
  if (weights === undefined) throw bad(`${name} has a model_config but no model_weights group.`);
  if (model.config.layers.some((entry) => entry.class_name === 'TextVectorization')) {
    throw new UnrolledError(
      'unsupported-layer',
      `${name} holds a TextVectorization layer, which an .h5 file cannot restore: save the model as .keras.`
    );
  }
  const arrays = listArrays(weights, name);
  return {
    artifacts: artifactsOf(
      model,
      stringAttribute(root, 'keras_version'),
      stringAttribute(root, 'backend'),
      modelWeights(arrays, topLayerNames(model))
    )
  };
}

/** Reads a .keras, .h5 or .hdf5 model file from its bytes; any problem is a one-line UnrolledError. */
export async function readKerasFile(bytes: Uint8Array, name: string): Promise<KerasFile> {
  const kind = kerasFileKind(name);
  if (kind === undefined) throw bad(`${name} is not a Keras model file (.keras, .h5 or .hdf5).`);
  if (bytes.length === 0) throw bad(`${name} is empty.`);
  return kind === 'keras' ? readArchive(bytes, name) : readLegacy(bytes, name);
}
