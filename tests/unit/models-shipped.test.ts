// Every model in static/models: it loads, traces faithfully and still scores what its meta.json says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { memorySentence, MEMORY_LABELS } from '$lib/core/corpus/index.js';
import { loadTokenizer } from '$lib/core/tokenize/index.js';
import type { Tokenizer } from '$lib/core/tokenize/types.js';
import { evaluateModel } from '$lib/tf/evaluate.js';
import type { ModelMeta } from '$lib/tf/models/meta.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { Tracer } from '$lib/tf/tracer.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ROOT = path.join('static', 'models');
const IDS = existsSync(ROOT) ? readdirSync(ROOT).sort() : [];
/** A seed no training run uses (they use 8, 1001–1999) and not the one meta.json reports. */
const CHECK_SEED = 424_242;
const CHECK_SAMPLES = 300;

interface Shipped {
  meta: ModelMeta;
  tokenizer?: Tokenizer;
  model: tf.LayersModel;
}

async function load(id: string): Promise<Shipped> {
  const folder = path.join(ROOT, id);
  const meta = JSON.parse(readFileSync(path.join(folder, 'meta.json'), 'utf8')) as ModelMeta;
  const tokenizer = meta.tokenizer
    ? loadTokenizer(readFileSync(path.join(folder, meta.tokenizer), 'utf8'))
    : undefined;
  return { meta, tokenizer, model: await loadModelFromFile(path.join(folder, 'model.json')) };
}

/** How far a bucket measured on n samples may stray from the 3000-sample figure: 4 standard errors. */
function tolerance(accuracy: number, n: number): number {
  return 4 * Math.sqrt(Math.max(accuracy * (1 - accuracy), 0.02) / n);
}

function exampleIds(shipped: Shipped): number[] {
  const { meta, tokenizer } = shipped;
  if (meta.task === 'fibonacci') return [1, 0, 0, 0, 0];
  const text =
    meta.task === 'memory' ? memorySentence('Ireland').text : 'good acting but a boring plot';
  return tokenizer!.encode(text);
}

it('static/models holds the eight shipped models, under 5 MB together', () => {
  expect(IDS).toEqual([
    'fibonacci',
    'memory-gru',
    'memory-lstm',
    'memory-rnn',
    'memory-rnn-curriculum',
    'sentiment-bilstm',
    'sentiment-gru',
    'sentiment-stacked-bilstm'
  ]);
  const bytes = IDS.flatMap((id) =>
    // Recursive: a model folder may hold its initial weights in initial/.
    readdirSync(path.join(ROOT, id), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name)).length)
  ).reduce((sum, size) => sum + size, 0);
  expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
});

describe.each(IDS)('static/models/%s', (id) => {
  let shipped: Shipped;
  beforeAll(async () => {
    shipped = await load(id);
  });

  it('loads, and a trace of a real input matches tfjs within 1e-5', () => {
    const trace = new Tracer(shipped.model).trace({ ids: exampleIds(shipped) });
    expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(1e-5);
    expect(trace.layers.length).toBeGreaterThan(0);
  });

  it('scores on fresh held-out data what meta.json reports, within sampling error', () => {
    const { meta, model, tokenizer } = shipped;
    const quick = evaluateModel(model, meta, {
      seed: CHECK_SEED,
      samples: CHECK_SAMPLES,
      tokenizer
    });
    expect(quick.buckets.map((b) => b.name)).toEqual(meta.evaluation.buckets.map((b) => b.name));
    quick.buckets.forEach((bucket, i) => {
      const reported = meta.evaluation.buckets[i]!.accuracy;
      expect(Math.abs(bucket.accuracy - reported), `${id} ${bucket.name}`).toBeLessThanOrEqual(
        tolerance(reported, bucket.n)
      );
    });
  });
});

describe('the bars of issues 4 and 11, on the held-out evaluation in meta.json (3000 samples)', () => {
  const metaOf = (id: string) =>
    JSON.parse(readFileSync(path.join(ROOT, id, 'meta.json'), 'utf8')) as ModelMeta;
  const bucket = (meta: ModelMeta, name: string) =>
    meta.evaluation.buckets.find((b) => b.name === name)!.accuracy;

  it('memory-lstm and memory-gru score at least 0.95 in every distance bucket', () => {
    for (const id of ['memory-lstm', 'memory-gru']) {
      const meta = metaOf(id);
      expect(meta.evaluation.samples).toBeGreaterThanOrEqual(2000);
      for (const b of meta.evaluation.buckets)
        expect(b.accuracy, `${id} ${b.name}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('memory-rnn (standard regime) is at least 0.30 below memory-lstm at 33–40 (issue 11)', () => {
    const gap = bucket(metaOf('memory-lstm'), '33–40') - bucket(metaOf('memory-rnn'), '33–40');
    expect(gap).toBeGreaterThanOrEqual(0.3);
  });

  it('memory-rnn-curriculum scores at least 0.95 in every distance bucket (issue 11)', () => {
    for (const b of metaOf('memory-rnn-curriculum').evaluation.buckets)
      expect(b.accuracy, b.name).toBeGreaterThanOrEqual(0.95);
  });

  it('the memory models are the experiment runs they name, reproduced exactly', () => {
    for (const id of ['memory-rnn', 'memory-lstm', 'memory-gru', 'memory-rnn-curriculum']) {
      const experiment = metaOf(id).training!.experiment!;
      expect(experiment.regime, id).toBe(id.endsWith('curriculum') ? 'curriculum' : 'standard');
      expect(experiment.reproduced, id).toBe(true);
    }
  });

  it('every sentiment model scores at least 0.90 overall and 0.85 on negated sentences', () => {
    for (const id of ['sentiment-bilstm', 'sentiment-stacked-bilstm', 'sentiment-gru']) {
      const meta = metaOf(id);
      expect(meta.evaluation.accuracy, id).toBeGreaterThanOrEqual(0.9);
      expect(bucket(meta, 'negated'), id).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('memory-lstm and memory-gru give "Gaelic" at least 0.9 on the course sentence', async () => {
    for (const id of ['memory-lstm', 'memory-gru']) {
      const shipped = await load(id);
      const ids = shipped.tokenizer!.encode(
        'I lived in Ireland, so at school they made me learn how to speak'
      );
      const probabilities = (shipped.model.predict(tf.tensor2d([ids])) as tf.Tensor).dataSync();
      expect(probabilities[MEMORY_LABELS.indexOf('Gaelic')], id).toBeGreaterThanOrEqual(0.9);
      shipped.model.dispose();
    }
  });
});
