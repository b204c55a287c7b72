// The whole training run: tokenizers, every candidate (model × learning rate) on worker processes,
// the best learning rate per model kept, evaluated on held-out data and written out.
import path from 'node:path';
import type { Tokenizer } from '../../src/lib/core/tokenize/types.js';
import type { BackendName } from '../../src/lib/tf/cli/backend.js';
import type { ModelMeta } from '../../src/lib/tf/models/meta.js';
import type { Budget } from '../../src/lib/tf/train/budget.js';
import type { CandidateResult, CandidateSpec } from '../../src/lib/tf/train/candidate.js';
import { writeFibonacci } from './fibonacci-folder.js';
import { JOBS } from '../../src/lib/tf/train/jobs.js';
import { memoryTokenizer } from '../../src/lib/tf/train/memory-task.js';
import { EVALUATION_SEED, TRAINING_SEED } from '../../src/lib/tf/train/seeds.js';
export { TRAINING_SEED };
import { finishTraining, modelWithWeights, type HeldOut } from '../../src/lib/tf/train/finish.js';
import type { MemoryExperiment } from '../../src/lib/core/experiment/types.js';
import { saveModelToFile } from '../../src/lib/tf/node-fs.js';
import { plansFor, type ModelPlan } from './plan.js';
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
  /** The memory experiment's results: the memory models are its chosen runs. */
  experiment?: MemoryExperiment;
}

// Rough relative cost of a candidate, so the slowest start first and the workers finish together.
const COST: Record<string, number> = {
  'sentiment-stacked-bilstm': 5,
  'sentiment-bilstm': 3,
  'memory-lstm': 2.5,
  'memory-gru': 2.2,
  'sentiment-gru': 2,
  'memory-rnn': 1.2,
  'memory-rnn-curriculum': 1.2
};

/** The tokenizer of a task and seed, made once. */
function tokenizerCache() {
  const made = new Map<string, Tokenizer>();
  return (plan: ModelPlan): Tokenizer => {
    const key = `${plan.job.task}/${plan.seed}`;
    if (!made.has(key)) {
      made.set(
        key,
        plan.job.task === 'memory'
          ? memoryTokenizer(plan.seed)
          : sentimentTokenizer(plan.seed, plan.budget.sentiment.vocabularyTarget)
      );
    }
    return made.get(key)!;
  };
}

/** Trains every model and writes its folder; resolves to the meta.json of each, in job order. */
export async function trainAll(options: TrainOptions): Promise<ModelMeta[]> {
  const { outDir, budget, only, progress } = options;
  const evaluationSeed = options.evaluationSeed ?? EVALUATION_SEED;
  const jobs = JOBS.filter((job) => !only || only.includes(job.id));
  const plans = plansFor(jobs, budget, options.seed ?? TRAINING_SEED, options.experiment);
  const tokenizerOf = tokenizerCache();

  const specs: CandidateSpec[] = plans.flatMap((plan) =>
    plan.learningRates.map((learningRate) => ({
      modelId: plan.job.id,
      learningRate,
      seed: plan.seed,
      budget: plan.budget,
      tokenizer: tokenizerOf(plan).serialize()
    }))
  );
  specs.sort((a, b) => (COST[b.modelId] ?? 1) - (COST[a.modelId] ?? 1));

  const board = progress
    ? new ProgressBoard(
        jobs.map((job) => job.id),
        progress
      )
    : undefined;
  const fractions = new Map<string, number>();
  const keysOf = (id: string) => specs.filter((spec) => spec.modelId === id).map(candidateKey);
  const modelFraction = (id: string) => {
    const mine = keysOf(id);
    return mine.reduce((sum, key) => sum + (fractions.get(key) ?? 0), 0) / mine.length;
  };
  const finished = new Map<string, CandidateResult>();
  const written = new Map<string, Promise<ModelMeta>>();
  // A model is evaluated and written as soon as its last learning rate is done.
  const finish = async (plan: ModelPlan): Promise<ModelMeta> => {
    const candidates = keysOf(plan.job.id).map((key) => finished.get(key)!);
    const meta = await finishModel(plan, candidates, tokenizerOf(plan), outDir, {
      seed: evaluationSeed,
      samples: plan.budget.evaluationSamples
    });
    const timings = candidates.map((c) => `lr ${c.learningRate} ${Math.round(c.seconds)} s`);
    board?.finish(plan.job.id, `${summaryOf(meta)}; trained ${timings.join(', ')}`);
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
      const id = result.modelId;
      const complete = keysOf(id).every((k) => finished.has(k));
      board?.update(id, modelFraction(id), complete ? 'evaluating' : '');
      if (!complete) return;
      const meta = finish(plans.find((plan) => plan.job.id === id)!);
      // Awaited below; this keeps a failure from counting as unhandled in the meantime.
      meta.catch(() => undefined);
      written.set(id, meta);
    }
  });
  const metas: ModelMeta[] = [];
  for (const job of jobs) metas.push(await written.get(job.id)!);
  if (!only || only.includes('fibonacci')) metas.push(await writeFibonacci(outDir));
  return metas;
}

/**
 * Builds the shipped model from the best candidate, evaluates it on held-out data and writes its
 * folder; a memory model also gets `initial/`, the same model with the weights it started from.
 */
async function finishModel(
  plan: ModelPlan,
  candidates: readonly CandidateResult[],
  tokenizer: Tokenizer,
  outDir: string,
  heldOut: HeldOut
): Promise<ModelMeta> {
  const { job, budget, seed, experiment } = plan;
  const finished = finishTraining(job, candidates, tokenizer, budget, seed, heldOut);
  const { model, best } = finished;
  let meta = finished.meta;
  if (experiment && meta.training) {
    const { regime, seeds, selection, sweep } = experiment;
    const course = meta.evaluation.courseSentence;
    const reproduced =
      JSON.stringify(meta.evaluation.buckets) === JSON.stringify(experiment.heldOut.buckets) &&
      course?.probabilities[course.label] === experiment.courseProbability;
    meta = {
      ...meta,
      training: {
        ...meta.training,
        sweep: sweep.map(({ learningRate, valAccuracy, valLoss }) => ({
          learningRate,
          valAccuracy,
          valLoss
        })),
        experiment: { regime, seeds, selection, reproduced }
      }
    };
  }
  const folder = path.join(outDir, job.id);
  await writeModelFolder(folder, model, meta, tokenizer);
  model.dispose();
  if (job.task === 'memory') {
    const initial = modelWithWeights(job, tokenizer, budget, seed, best.initialWeights);
    await saveModelToFile(initial, path.join(folder, 'initial', 'model.json'));
    initial.dispose();
  }
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
