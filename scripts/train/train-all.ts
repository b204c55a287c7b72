// The whole training run: tokenizers, every candidate (model × learning rate) on worker processes,
// the best learning rate per model kept, evaluated on held-out data and written out.
import path from 'node:path';
import type { Tokenizer } from '../../src/lib/core/tokenize/types.js';
import type { BackendName } from '../../src/lib/tf/cli/backend.js';
import type { ModelMeta } from '../../src/lib/tf/models/meta.js';
import type { Budget } from '../../src/lib/tf/train/budget.js';
import type { CandidateResult, CandidateSpec } from '../../src/lib/tf/train/candidate.js';
import { writeFibonacci } from './fibonacci-folder.js';
import { JOBS, type ModelJob } from '../../src/lib/tf/train/jobs.js';
import { memoryTokenizer } from '../../src/lib/tf/train/memory-task.js';
import { EVALUATION_SEED, TRAINING_SEED } from '../../src/lib/tf/train/seeds.js';
export { TRAINING_SEED };
import { finishTraining } from '../../src/lib/tf/train/finish.js';
import { candidateKey, runCandidates } from './pool.js';
import { ProgressBoard, type ProgressOutput } from './progress.js';
import { sentimentTokenizer } from '../../src/lib/tf/train/sentiment-task.js';
import { writeModelFolder } from '../../src/lib/tf/train/write-folder.js';

/** Options of a training run. */
export interface TrainOptions {
  /** Folder that receives one sub-folder per model. */
  outDir: string;
  budget: Budget;
  /** Training seed. @default TRAINING_SEED */
  seed?: number;
  /** Seed of the evaluation written to meta.json. @default EVALUATION_SEED */
  evaluationSeed?: number;
  /** Worker processes; 0 trains in this process on its current backend. @default 2 */
  workers?: number;
  /** The workers' backend. @default 'wasm' */
  backend?: BackendName;
  /** Only these model ids (fibonacci included); default all. */
  only?: readonly string[];
  /** Where progress goes. @default nowhere */
  progress?: ProgressOutput;
}

// Rough relative cost of a candidate, so the slowest start first and the workers finish together.
const COST: Record<string, number> = {
  'sentiment-stacked-bilstm': 5,
  'sentiment-bilstm': 3,
  'memory-lstm': 2.5,
  'memory-gru': 2.2,
  'sentiment-gru': 2,
  'memory-rnn': 1.2
};

function tokenizersFor(jobs: readonly ModelJob[], budget: Budget, seed: number) {
  const needs = (task: ModelJob['task']) => jobs.some((job) => job.task === task);
  return {
    memory: needs('memory') ? memoryTokenizer(seed) : undefined,
    sentiment: needs('sentiment')
      ? sentimentTokenizer(seed, budget.sentiment.vocabularyTarget)
      : undefined
  };
}

/** Trains every model and writes its folder; resolves to the meta.json of each, in job order. */
export async function trainAll(options: TrainOptions): Promise<ModelMeta[]> {
  const { outDir, budget, only, progress } = options;
  const seed = options.seed ?? TRAINING_SEED;
  const evaluationSeed = options.evaluationSeed ?? EVALUATION_SEED;
  const jobs = JOBS.filter((job) => !only || only.includes(job.id));
  const tokenizers = tokenizersFor(jobs, budget, seed);
  const tokenizerOf = (job: ModelJob): Tokenizer => tokenizers[job.task]!;

  const specs: CandidateSpec[] = jobs.flatMap((job) =>
    (job.task === 'memory' ? budget.memory : budget.sentiment).learningRates.map(
      (learningRate) => ({
        modelId: job.id,
        learningRate,
        seed,
        budget,
        tokenizer: tokenizerOf(job).serialize()
      })
    )
  );
  specs.sort((a, b) => (COST[b.modelId] ?? 1) - (COST[a.modelId] ?? 1));

  const board = progress
    ? new ProgressBoard(
        jobs.map((job) => job.id),
        progress
      )
    : undefined;
  const fractions = new Map<string, number>();
  const modelFraction = (id: string) => {
    const mine = specs.filter((spec) => spec.modelId === id).map(candidateKey);
    return mine.reduce((sum, key) => sum + (fractions.get(key) ?? 0), 0) / mine.length;
  };
  const keysOf = (job: ModelJob) =>
    specs.filter((spec) => spec.modelId === job.id).map(candidateKey);
  const finished = new Map<string, CandidateResult>();
  const written = new Map<string, Promise<ModelMeta>>();
  // A model is evaluated and written as soon as its last learning rate is done.
  const finish = async (job: ModelJob): Promise<ModelMeta> => {
    const candidates = keysOf(job).map((key) => finished.get(key)!);
    const meta = await finishModel(
      job,
      candidates,
      tokenizerOf(job),
      options,
      seed,
      evaluationSeed
    );
    const timings = candidates.map((c) => `lr ${c.learningRate} ${Math.round(c.seconds)} s`);
    board?.finish(job.id, `${summaryOf(meta)}; trained ${timings.join(', ')}`);
    return meta;
  };
  await runCandidates(specs, {
    workers: options.workers ?? 2,
    backend: options.backend ?? 'wasm',
    onProgress(key, fraction) {
      fractions.set(key, fraction);
      const id = key.split('@')[0]!;
      board?.update(id, modelFraction(id), `lr ${key.split('@')[1]}`);
    },
    onDone(key, result) {
      fractions.set(key, 1);
      finished.set(key, result);
      const job = jobs.find((candidate) => candidate.id === result.modelId)!;
      const complete = keysOf(job).every((k) => finished.has(k));
      board?.update(job.id, modelFraction(job.id), complete ? 'evaluating' : '');
      if (!complete) return;
      const meta = finish(job);
      // Awaited below; this keeps a failure from counting as unhandled in the meantime.
      meta.catch(() => undefined);
      written.set(job.id, meta);
    }
  });
  const metas: ModelMeta[] = [];
  for (const job of jobs) metas.push(await written.get(job.id)!);
  if (!only || only.includes('fibonacci')) metas.push(await writeFibonacci(outDir));
  return metas;
}

/** Builds the shipped model from the best candidate, evaluates it on held-out data and writes its folder. */
async function finishModel(
  job: ModelJob,
  candidates: readonly CandidateResult[],
  tokenizer: Tokenizer,
  options: TrainOptions,
  seed: number,
  evaluationSeed: number
): Promise<ModelMeta> {
  const { budget, outDir } = options;
  const { model, meta } = finishTraining(job, candidates, tokenizer, budget, seed, {
    seed: evaluationSeed,
    samples: budget.evaluationSamples
  });
  await writeModelFolder(path.join(outDir, job.id), model, meta, tokenizer);
  model.dispose();
  return meta;
}

/** One line per model: learning rate kept and held-out accuracy per bucket. */
export function summaryOf(meta: ModelMeta): string {
  const buckets = meta.evaluation.buckets
    .map((bucket) => `${bucket.name} ${bucket.accuracy.toFixed(3)}`)
    .join(', ');
  const lr = meta.training ? `lr ${meta.training.learningRate}, ` : '';
  return `${lr}accuracy ${meta.evaluation.accuracy.toFixed(3)} (${buckets})`;
}
