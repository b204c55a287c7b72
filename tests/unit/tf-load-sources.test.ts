import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type ModelInMemory } from '$lib/tf/load.js';
import { loadModelFromFile, nodeFileSystem, saveModelToFile } from '$lib/tf/node-fs.js';
import { saveModel } from '$lib/tf/save.js';

tf.env().set('IS_TEST', true);

/** Embedding → LSTM → GRU → Dense with seeded weights: every recurrent kind tfjs saves itself. */
function smallModel(): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.embedding({ inputDim: 10, outputDim: 3, inputLength: 4 }));
  model.add(tf.layers.lstm({ units: 4, returnSequences: true }));
  model.add(tf.layers.gru({ units: 3 }));
  model.add(tf.layers.dense({ units: 2, activation: 'softmax' }));
  model.setWeights(
    model.getWeights().map((w, i) => tf.randomUniform(w.shape, -0.5, 0.5, 'float32', i + 1))
  );
  return model;
}

const input = tf.tensor2d([
  [1, 2, 3, 4],
  [9, 0, 5, 5]
]);

function predict(model: tf.LayersModel): number[][] {
  return (model.predict(input) as tf.Tensor).arraySync() as number[][];
}

/** model.json text and named weight files, split into shards of at most shardBytes. */
type Bytes = Uint8Array<ArrayBuffer>;

function asFiles(saved: ModelInMemory, shardBytes = Infinity): Map<string, Bytes> {
  const bytes = new Uint8Array(tf.io.CompositeArrayBuffer.join(saved.weightData));
  const count = Math.max(1, Math.ceil(bytes.byteLength / shardBytes));
  const paths = Array.from({ length: count }, (_, i) => `group1-shard${i + 1}of${count}.bin`);
  const files = new Map<string, Bytes>();
  paths.forEach((name, i) => files.set(name, bytes.slice(i * shardBytes, (i + 1) * shardBytes)));
  const modelJson = {
    modelTopology: saved.modelTopology,
    format: 'layers-model',
    weightsManifest: [{ paths, weights: saved.weightSpecs }]
  };
  files.set('model.json', new TextEncoder().encode(JSON.stringify(modelJson)));
  return files;
}

function secondShard(files: Map<string, Bytes>): string {
  const name = [...files.keys()].find((file) => file.startsWith('group1-shard2of'));
  if (name === undefined) throw new Error('the model was expected to need several shards');
  return name;
}

function toFileObjects(files: Map<string, Bytes>): File[] {
  return [...files].map(([name, bytes]) => new File([bytes], name));
}

describe('saveModel(model, "memory") → loadModel(artifacts)', () => {
  it('round-trips the predictions exactly', async () => {
    const model = smallModel();
    const saved = await saveModel(model, 'memory');
    expect(saved.weightData).toBeInstanceOf(ArrayBuffer);
    expect(predict(await loadModel(saved))).toEqual(predict(model));
  });
});

describe('loadModel(files)', () => {
  it('loads model.json and its shards handed over in any order, ignoring extra files', async () => {
    const model = smallModel();
    const files = asFiles(await saveModel(model, 'memory'), 200);
    expect(files.size).toBeGreaterThan(3);
    const picked = toFileObjects(files).reverse();
    picked.splice(
      1,
      0,
      new File(['{"hello": 1}'], 'word_index.json'),
      new File(['MIT'], 'LICENSE')
    );
    expect(predict(await loadModel(picked))).toEqual(predict(model));
  });

  it('names the shard that is missing', async () => {
    const files = asFiles(await saveModel(smallModel(), 'memory'), 200);
    const second = secondShard(files);
    files.delete(second);
    const error = await loadModel(toFileObjects(files)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'missing-weights' });
    expect(String(error)).toContain(`"${second}"`);
  });

  it('asks for model.json when none is given', async () => {
    const files = asFiles(await saveModel(smallModel(), 'memory'));
    files.delete('model.json');
    await expect(loadModel(toFileObjects(files))).rejects.toMatchObject({ code: 'bad-input' });
  });
});

describe('loadModel(url)', () => {
  let server: Server;
  let base = '';
  const served = new Map<string, Bytes>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const body = served.get(request.url ?? '');
      response.statusCode = body === undefined ? 404 : 200;
      response.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function serve(folder: string, files: Map<string, Bytes>) {
    for (const [name, bytes] of files) served.set(`/${folder}/${name}`, bytes);
    return `${base}/${folder}/model.json`;
  }

  it('loads over HTTP with the platform fetch and predicts the same', async () => {
    const model = smallModel();
    const url = await serve('ok', asFiles(await saveModel(model, 'memory'), 300));
    expect(predict(await loadModel(url))).toEqual(predict(model));
    expect(predict(await loadModel(new URL(url)))).toEqual(predict(model));
  });

  it('reports a weight file the server does not have as missing-weights, with its name', async () => {
    const files = asFiles(await saveModel(smallModel(), 'memory'), 300);
    const url = await serve('gap', files);
    const second = secondShard(files);
    served.delete(`/gap/${second}`);
    const error = await loadModel(url).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'missing-weights' });
    expect(String(error)).toContain(`"${second}" could not be fetched`);
    expect(String(error)).toContain('HTTP 404');
  });

  it('uses the fetchFunc it is given', async () => {
    const model = smallModel();
    const files = asFiles(await saveModel(model, 'memory'));
    const requested: string[] = [];
    const fetchFunc: typeof fetch = async (resource) => {
      const name = String(resource).split('/').pop() ?? '';
      requested.push(name);
      return new Response(files.get(name) ?? null, { status: files.has(name) ? 200 : 404 });
    };
    const loaded = await loadModel('https://models.example/m/model.json', { fetchFunc });
    expect(requested).toEqual(['model.json', 'group1-shard1of1.bin']);
    expect(predict(loaded)).toEqual(predict(model));
  });
});

describe('Node file system: saveModelToFile → loadModelFromFile', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'unrolled-tf-load-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes model.json plus one .bin and loads them back with the same predictions', async () => {
    const model = smallModel();
    await saveModelToFile(model, path.join(folder, 'one'));
    expect((await readdir(path.join(folder, 'one'))).sort()).toEqual([
      'model.json',
      'model.weights.bin'
    ]);
    const modelJson = JSON.parse(await readFile(path.join(folder, 'one', 'model.json'), 'utf8'));
    expect(modelJson.weightsManifest[0].paths).toEqual(['./model.weights.bin']);
    expect(predict(await loadModelFromFile(path.join(folder, 'one')))).toEqual(predict(model));
    expect(predict(await loadModelFromFile(path.join(folder, 'one', 'model.json')))).toEqual(
      predict(model)
    );
  });

  it('reads sharded weights next to model.json through the IOHandler', async () => {
    const model = smallModel();
    const files = asFiles(await saveModel(model, 'memory'), 250);
    await Promise.all(
      [...files].map(([name, bytes]) => writeFile(path.join(folder, `sharded-${name}`), bytes))
    );
    // Shard names in the manifest are relative to model.json; rewrite them to the prefixed copies.
    const json = JSON.parse(new TextDecoder().decode(files.get('model.json')));
    json.weightsManifest[0].paths = json.weightsManifest[0].paths.map(
      (p: string) => `sharded-${p}`
    );
    await writeFile(path.join(folder, 'sharded.json'), JSON.stringify(json));
    const loaded = await loadModel(nodeFileSystem(path.join(folder, 'sharded.json')));
    expect(predict(loaded)).toEqual(predict(model));
  });

  it('names the missing shard file', async () => {
    await saveModelToFile(smallModel(), path.join(folder, 'gone'));
    await rm(path.join(folder, 'gone', 'model.weights.bin'));
    const error = await loadModelFromFile(path.join(folder, 'gone')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'missing-weights' });
    expect(String(error)).toContain('"./model.weights.bin"');
  });

  it('refuses a manifest path that climbs out of the model folder', async () => {
    const json = {
      modelTopology: {},
      weightsManifest: [{ paths: ['../secret.bin'], weights: [] }]
    };
    await writeFile(path.join(folder, 'climb.json'), JSON.stringify(json));
    await expect(loadModelFromFile(path.join(folder, 'climb.json'))).rejects.toMatchObject({
      code: 'bad-model-json'
    });
  });

  it('says when there is no model.json at the path', async () => {
    await expect(loadModelFromFile(path.join(folder, 'nowhere'))).rejects.toMatchObject({
      code: 'bad-input'
    });
  });
});

describe('loadModel(path) in Node', () => {
  it('points to loadModelFromFile when given a file path instead of a URL', async () => {
    const error = await loadModel('models/model.json').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad-input' });
    expect(String(error)).toContain('loadModelFromFile');
  });
});

describe('loadModel leaks nothing', () => {
  it('keeps the tensor count flat over loads, disposals and failed loads', async () => {
    const saved = await saveModel(smallModel(), 'memory');
    const poisoned = new Float32Array(tf.io.CompositeArrayBuffer.join(saved.weightData));
    poisoned[0] = NaN;
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      (await loadModel(saved)).dispose();
      await loadModel({ ...saved, weightData: poisoned.buffer }).catch(() => undefined);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('saveModel(model, { download })', () => {
  it('explains in Node that downloads need a browser', async () => {
    await expect(saveModel(smallModel(), { download: 'my-model' })).rejects.toMatchObject({
      code: 'bad-input'
    });
  });
});

describe('saveModel(model, ioHandler)', () => {
  it('passes the artifacts to any tfjs save handler', async () => {
    let saved: tf.io.ModelArtifacts | undefined;
    const handler = tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    });
    const result = await saveModel(smallModel(), handler);
    expect(result.modelArtifactsInfo.weightDataBytes).toBeGreaterThan(0);
    expect(saved?.weightSpecs?.length).toBe(smallModel().weights.length);
  });
});
