// The Node file system as a tfjs IOHandler (pure tfjs has no file:// handler). Import this module
// from Node code only (the CLI, scripts, tests): it pulls in node:fs, which load.ts must never do.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { UnrolledError } from '../core/errors.js';
import { kerasFileKind } from './keras-file/names.js';
import { kerasFileHandler, loadModel, readModelFiles, type ModelFileReader } from './load.js';
import { joinedWeightData, modelJsonFor, saveModel } from './save.js';

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ENOENT';
}

function jsonPathOf(modelPath: string): string {
  return modelPath.toLowerCase().endsWith('.json') ? modelPath : path.join(modelPath, 'model.json');
}

function fileReader(jsonPath: string): ModelFileReader {
  const folder = path.dirname(jsonPath);
  const jsonName = path.basename(jsonPath);
  return {
    jsonName,
    async readJson() {
      try {
        return await readFile(jsonPath, 'utf8');
      } catch (error) {
        if (!isMissing(error)) throw error;
        throw new UnrolledError('bad-input', `There is no model file at ${jsonPath}.`, {
          cause: error
        });
      }
    },
    async readWeightFile(weightPath) {
      const file = path.resolve(folder, weightPath);
      // A manifest path may not climb out of the model's folder.
      if (path.relative(folder, file).startsWith('..')) {
        throw new UnrolledError(
          'bad-model-json',
          `${jsonName} names a weight file outside its folder: "${weightPath}".`
        );
      }
      try {
        const bytes = await readFile(file);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      } catch (error) {
        if (!isMissing(error)) throw error;
        throw new UnrolledError(
          'missing-weights',
          `${jsonName} lists the weight file "${weightPath}", but ${file} does not exist.`,
          { cause: error }
        );
      }
    }
  };
}

/** An IOHandler for a model.json path (or its folder): loads it with its weight files, saves model.json + one .bin. */
export function nodeFileSystem(modelPath: string): tf.io.IOHandler {
  const jsonPath = jsonPathOf(modelPath);
  return {
    load: () => readModelFiles(fileReader(jsonPath)),
    async save(artifacts) {
      if (artifacts.modelTopology instanceof ArrayBuffer) {
        throw new UnrolledError(
          'bad-input',
          'Only JSON model topologies can be saved as model.json.'
        );
      }
      const weightsName = `${path.basename(jsonPath, path.extname(jsonPath))}.weights.bin`;
      const folder = path.dirname(jsonPath);
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, weightsName), new Uint8Array(joinedWeightData(artifacts)));
      await writeFile(jsonPath, JSON.stringify(modelJsonFor(artifacts, `./${weightsName}`)));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }
  };
}

/**
 * Spends the cpu backend's first tensor with IS_TEST set, so tfjs's "install tfjs-node" banner never lands in a
 * library user's output (IS_TEST is set back at once: it also switches on leak checks).
 */
export function quietNodeBackend(): void {
  tf.backend(); // starts the best backend when none has started yet (getBackend is undefined until then)
  if (tf.getBackend() !== 'cpu') return;
  const was = tf.env().getBool('IS_TEST');
  tf.env().set('IS_TEST', true);
  tf.tensor([0]).dispose();
  tf.env().set('IS_TEST', was);
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw new UnrolledError('bad-input', `There is no model file at ${file}.`, { cause: error });
  }
}

/** Loads a model from a model.json path (or its folder), or a Keras .keras / .h5 / .hdf5 file, on the Node file system. */
export function loadModelFromFile(modelPath: string): ReturnType<typeof loadModel> {
  quietNodeBackend();
  if (kerasFileKind(modelPath) !== undefined) {
    return loadModel(kerasFileHandler(path.basename(modelPath), () => readBytes(modelPath)));
  }
  return loadModel(nodeFileSystem(modelPath));
}

/** Saves a model as model.json + model.weights.bin at a model.json path (or into a folder). */
export function saveModelToFile(
  model: tf.LayersModel,
  modelPath: string
): Promise<tf.io.SaveResult> {
  quietNodeBackend();
  return saveModel(model, nodeFileSystem(modelPath));
}
