// Where an element reads the shipped models' files and precomputed traces: from the elements bundle itself (lazy chunks
// next to unrolled.js, found by the bundler wherever it puts them: no server, no `base`), or from a site given as `base`.
import type { ModelSource } from '../tf/load.js';
import { fetchJson, fetchText } from './fetch-json.js';

/** Reads files named like the site's paths: 'models/memory-lstm/meta.json', 'traces/memory-lstm-ireland.json'. */
export interface ShippedFiles {
  /** A JSON file, parsed. */
  json(path: string, what: string, signal?: AbortSignal): Promise<unknown>;
  /** A text file (a tokenizer). */
  text(path: string, what: string, signal?: AbortSignal): Promise<string>;
  /** A shipped model, as something loadModel reads, and a key to cache it under. */
  model(id: string): { key: string; source: () => Promise<ModelSource> };
}

// Paths relative to this file, so the glob patterns below stay literal for the bundler.
const ROOT = '../../../static/';
const jsonModules = import.meta.glob<unknown>(
  [
    '../../../static/models/*/{meta,model}.json',
    '../../../static/traces/*.json',
    '!../../../static/traces/memory-gaps.json'
  ],
  { import: 'default' }
);
const textModules = import.meta.glob<string>('../../../static/models/*/tokenizer.{json,subwords}', {
  query: '?raw',
  import: 'default'
});
// Weights as base64 text (the elements build's `?base64` loader): a chunk any bundler can carry, no URL to resolve.
const weightModules = import.meta.glob<string>('../../../static/models/*/model.weights.bin', {
  query: '?base64',
  import: 'default'
});

function bundled<T>(modules: Record<string, () => Promise<T>>, path: string, what: string) {
  const load = modules[ROOT + path];
  if (!load)
    return Promise.reject(new Error(`The ${what} (${path}) is not in the elements bundle.`));
  return load();
}

function bytesOf(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

interface ModelJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: never[] }[];
}

/** The files bundled with the elements. */
export const bundledFiles: ShippedFiles = {
  json: (path, what) => bundled(jsonModules, path, what),
  text: (path, what) => bundled(textModules, path, what),
  model: (id) => ({
    key: `unrolled:${id}`,
    source: async () => {
      const [json, weights] = await Promise.all([
        bundled(jsonModules, `models/${id}/model.json`, `model ${id}`),
        bundled(weightModules, `models/${id}/model.weights.bin`, `weights of ${id}`)
      ]);
      const { modelTopology, weightsManifest } = json as ModelJson;
      return {
        modelTopology,
        weightSpecs: weightsManifest.flatMap((group) => group.weights),
        weightData: bytesOf(weights)
      };
    }
  })
};

/** The same files fetched from a site that serves them (an element's `base`). */
export function fetchedFiles(base: URL): ShippedFiles {
  return {
    json: (path, what, signal) => fetchJson(new URL(path, base), what, signal),
    text: (path, what, signal) => fetchText(new URL(path, base), what, signal),
    model: (id) => {
      const url = new URL(`models/${id}/model.json`, base).href;
      return { key: url, source: async () => url };
    }
  };
}
