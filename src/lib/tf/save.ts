// Saving a LayersModel to memory, as a browser download, or through any IOHandler (node-fs.ts
// gives one for the Node file system): a thin layer over tfjs's own save handlers.
import * as tf from '@tensorflow/tfjs';
import { UnrolledError } from '../core/errors.js';
import type { ModelInMemory } from './load.js';

/** Where saveModel writes: 'memory', a browser download named `{ download }`, or any IOHandler. */
export type SaveTarget = 'memory' | { download: string } | tf.io.IOHandler;

/** The model.json text for saved artifacts whose weights sit in one file at weightsPath. */
export function modelJsonFor(
  artifacts: tf.io.ModelArtifacts,
  weightsPath: string
): tf.io.ModelJSON {
  const json: tf.io.ModelJSON = {
    modelTopology: artifacts.modelTopology as object,
    format: artifacts.format,
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy,
    weightsManifest: [{ paths: [weightsPath], weights: artifacts.weightSpecs ?? [] }]
  };
  if (artifacts.trainingConfig !== undefined) json.trainingConfig = artifacts.trainingConfig;
  if (artifacts.userDefinedMetadata !== undefined) {
    json.userDefinedMetadata = artifacts.userDefinedMetadata;
  }
  return json;
}

/** The weights of saved artifacts as one buffer (tfjs may hand over several). */
export function joinedWeightData(artifacts: tf.io.ModelArtifacts): ArrayBuffer {
  return artifacts.weightData === undefined
    ? new ArrayBuffer(0)
    : tf.io.CompositeArrayBuffer.join(artifacts.weightData);
}

async function saveToMemory(model: tf.LayersModel): Promise<ModelInMemory> {
  let saved: ModelInMemory | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = {
        modelTopology: artifacts.modelTopology as object,
        weightSpecs: artifacts.weightSpecs ?? [],
        weightData: joinedWeightData(artifacts)
      };
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    })
  );
  if (saved === undefined) throw new Error('tfjs finished saving without calling the save handler');
  return saved;
}

function isHandler(target: SaveTarget): target is tf.io.IOHandler {
  return typeof target === 'object' && typeof (target as tf.io.IOHandler).save === 'function';
}

/** Saves a model in memory ({ modelTopology, weightSpecs, weightData }, which loadModel reads back). */
export function saveModel(model: tf.LayersModel, target: 'memory'): Promise<ModelInMemory>;
/** Saves a model as a browser download (`name.json` + `name.weights.bin`) or through an IOHandler. */
export function saveModel(
  model: tf.LayersModel,
  target: { download: string } | tf.io.IOHandler
): Promise<tf.io.SaveResult>;
export async function saveModel(
  model: tf.LayersModel,
  target: SaveTarget
): Promise<ModelInMemory | tf.io.SaveResult> {
  if (target === 'memory') return saveToMemory(model);
  if (isHandler(target)) return model.save(target);
  if (!tf.env().getBool('IS_BROWSER')) {
    throw new UnrolledError(
      'bad-input',
      "Saving as a download needs a browser; in Node save to a file with saveModelToFile from 'unrolled/tf/node'."
    );
  }
  // tfjs 4.22 exports no browserDownloads(): its handler is reached through the downloads:// scheme.
  return model.save(`downloads://${target.download}`);
}
