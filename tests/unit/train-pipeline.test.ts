import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer } from '$lib/core/tokenize/index.js';
import { useBackend } from '$lib/tf/cli/backend.js';
import { evaluateModel } from '$lib/tf/evaluate.js';
import type { ModelMeta } from '$lib/tf/models/meta.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { TINY_BUDGET } from '$lib/tf/train/budget.js';
import { jobById } from '$lib/tf/train/jobs.js';
import { trainAll } from '../../scripts/train/train-all.js';

const MODELS = [
  'memory-rnn',
  'memory-lstm',
  'memory-gru',
  'memory-rnn-curriculum',
  'sentiment-bilstm',
  'sentiment-stacked-bilstm',
  'sentiment-gru',
  'fibonacci'
];

let root: string;
let first: string;

beforeAll(async () => {
  await useBackend('wasm');
  root = await mkdtemp(path.join(tmpdir(), 'unrolled-train-'));
  first = path.join(root, 'first');
  await trainAll({ outDir: first, budget: TINY_BUDGET, workers: 0 });
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function readMeta(folder: string): Promise<ModelMeta> {
  return JSON.parse(await readFile(path.join(folder, 'meta.json'), 'utf8')) as ModelMeta;
}

describe('trainAll({ budget: TINY_BUDGET })', () => {
  it('trainAll writes one folder per model with model.json, weights, tokenizer and meta.json', async () => {
    expect((await readdir(first)).sort()).toEqual([...MODELS].sort());
    for (const id of MODELS) {
      const folder = path.join(first, id);
      const meta = await readMeta(folder);
      const expected = ['meta.json', 'model.json', 'model.weights.bin'];
      if (meta.tokenizer) expected.push(meta.tokenizer);
      if (meta.task === 'memory') expected.push('initial');
      expect((await readdir(folder)).sort()).toEqual(expected.sort());
      expect(meta.id).toBe(id);
    }
  });

  it("trainAll's meta.json has issue 4's fields and a curve point per epoch", async () => {
    for (const id of MODELS.filter((model) => model !== 'fibonacci')) {
      const meta = await readMeta(path.join(first, id));
      for (const key of ['id', 'title', 'description', 'cell', 'task', 'labels', 'maxLength']) {
        expect(meta, `${id}.${key}`).toHaveProperty(key);
      }
      expect(meta.padding).toBe('pre');
      expect(meta.training).toMatchObject({ seed: 1, epochs: 1, optimizer: 'adam' });
      const task = meta.task === 'memory' ? TINY_BUDGET.memory : TINY_BUDGET.sentiment;
      expect(meta.training!.sweep.map((s) => s.learningRate)).toEqual(task.learningRates);
      expect(Object.keys(meta.training!.curve[0]!).sort()).toEqual(
        ['accuracy', 'buckets', 'epoch', 'loss', 'valAccuracy'].sort()
      );
      // The learning curve by bucket: every validation bucket after every epoch.
      const names = meta.training!.curve[0]!.buckets!.map((bucket) => bucket.name);
      expect(names).toEqual(meta.evaluation.buckets.map((bucket) => bucket.name));
      expect(meta.evaluation.samples).toBe(TINY_BUDGET.evaluationSamples);
      expect(meta.evaluation.buckets.reduce((sum, b) => sum + b.n, 0)).toBe(
        TINY_BUDGET.evaluationSamples
      );
    }
  });

  it('trainAll writes models and tokenizers that load back and reproduce their evaluation', async () => {
    for (const id of ['memory-gru', 'sentiment-gru']) {
      const folder = path.join(first, id);
      const meta = await readMeta(folder);
      const tokenizer = loadTokenizer(await readFile(path.join(folder, meta.tokenizer!), 'utf8'));
      const model = await loadModelFromFile(path.join(folder, 'model.json'));
      expect(model.layers[0]!.getConfig().inputDim).toBe(tokenizer.vocabSize);
      const { seed, samples } = meta.evaluation;
      const again = evaluateModel(model, meta, { seed, samples, tokenizer });
      expect(again.buckets).toEqual(meta.evaluation.buckets);
      model.dispose();
    }
  });

  it('trainAll writes initial/: the memory model with the exact weights its training started from', async () => {
    const folder = path.join(first, 'memory-lstm');
    const meta = await readMeta(folder);
    const tokenizer = loadTokenizer(await readFile(path.join(folder, meta.tokenizer!), 'utf8'));
    const initial = await loadModelFromFile(path.join(folder, 'initial', 'model.json'));
    const seeded = jobById('memory-lstm').build(
      tokenizer.vocabSize,
      meta.training!.seed,
      TINY_BUDGET
    );
    const trained = await loadModelFromFile(path.join(folder, 'model.json'));
    const values = (model: { getWeights(): { dataSync(): ArrayLike<number> }[] }) =>
      model.getWeights().map((w) => Array.from(w.dataSync()));
    expect(values(initial)).toEqual(values(seeded));
    expect(values(trained)).not.toEqual(values(seeded));
    for (const model of [initial, seeded, trained]) model.dispose();
  });

  it('trainAll(same seed) twice writes byte-identical models', async () => {
    const second = path.join(root, 'second');
    const only = ['memory-lstm', 'sentiment-gru'];
    await trainAll({ outDir: second, budget: TINY_BUDGET, workers: 0, only });
    for (const id of only) {
      const files = await readdir(path.join(first, id), { recursive: true });
      for (const file of files.filter((name) => name.includes('.'))) {
        const a = await readFile(path.join(first, id, file));
        const b = await readFile(path.join(second, id, file));
        expect(b.equals(a), `${id}/${file}`).toBe(true);
      }
    }
  }, 30_000);

  it('trainAll(another seed) trains other weights', async () => {
    const other = path.join(root, 'other');
    await trainAll({
      outDir: other,
      budget: TINY_BUDGET,
      workers: 0,
      only: ['memory-rnn'],
      seed: 2
    });
    const a = await readFile(path.join(first, 'memory-rnn', 'model.weights.bin'));
    const b = await readFile(path.join(other, 'memory-rnn', 'model.weights.bin'));
    expect(b.equals(a)).toBe(false);
    expect((await readMeta(path.join(other, 'memory-rnn'))).training!.seed).toBe(2);
  }, 30_000);

  it('evaluateModel(model, meta, { seed }) refuses a seed that made training data', async () => {
    const folder = path.join(first, 'memory-rnn');
    const meta = await readMeta(folder);
    const model = await loadModelFromFile(folder);
    const tokenizer = loadTokenizer(await readFile(path.join(folder, meta.tokenizer!), 'utf8'));
    expect(() =>
      evaluateModel(model, meta, { seed: meta.training!.dataSeeds[1]!, samples: 10, tokenizer })
    ).toThrow(/generated training/);
    model.dispose();
  });
});
