// `unrolled train`: one model on the memory or sentiment task, trained by the library's loop and
// written as a loadable folder (model.json, weights, tokenizer, meta.json with the curve).
import path from 'node:path';
import { CELL_KINDS, type CellKind } from '../../core/trace/types.js';
import { FULL_BUDGET } from '../train/budget.js';
import { DEFAULT_LEARNING_RATE, type TrainSettings } from '../train/settings.js';
import { runCandidate } from '../train/candidate.js';
import { finishTraining } from '../train/finish.js';
import { jobFor } from '../train/jobs.js';
import { MEMORY_DISTANCES } from '../train/memory-task.js';
import { HAND_MADE_HELD_OUT_SAMPLES, handMadeSpec } from '../train/hand-made.js';
import { writeModelFolder } from '../train/write-folder.js';
import { EVALUATION_SEED } from '../train/seeds.js';
import { parseArgs, positiveInteger, required, UsageError, type ParsedArgs } from './args.js';
import { backendName, useBackend } from './backend.js';
import type { Command } from './command.js';

const TASKS = ['memory', 'sentiment'] as const;

/** Held-out sentences `unrolled train` evaluates the result on. */
const HELD_OUT_SAMPLES = HAND_MADE_HELD_OUT_SAMPLES;

function oneOf<T extends string>(args: ParsedArgs, name: string, options: readonly T[]): T {
  const value = required(args, name);
  if (!(options as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${options.join(', ')}, got "${value}".`);
  }
  return value as T;
}

function positiveNumber(args: ParsedArgs, name: string, fallback: number): number {
  const value = args[name];
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(parsed) || parsed <= 0) {
    throw new UsageError(`--${name} must be a positive number, got "${String(value)}".`);
  }
  return parsed;
}

/** "A-B" with MEMORY_DISTANCES.min ≤ A ≤ B ≤ MEMORY_DISTANCES.max. */
export function distanceRange(value: string | true | undefined): { min: number; max: number } {
  if (value === undefined) return { ...MEMORY_DISTANCES };
  const match = typeof value === 'string' ? /^(\d+)-(\d+)$/.exec(value.trim()) : null;
  const [min, max] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(min >= MEMORY_DISTANCES.min && max >= min && max <= MEMORY_DISTANCES.max)) {
    throw new UsageError(
      `--distances must be A-B with ${MEMORY_DISTANCES.min} ≤ A ≤ B ≤ ${MEMORY_DISTANCES.max}, got "${String(value)}".`
    );
  }
  return { min, max };
}

/** The settings of one hand-made training run, from the command line. */
export function settingsFromArgs(args: ParsedArgs, task: 'memory' | 'sentiment'): TrainSettings {
  if (args.curriculum && task !== 'memory') {
    throw new UsageError('--curriculum is for the memory task.');
  }
  if (args.distances !== undefined && task !== 'memory') {
    throw new UsageError('--distances is for the memory task.');
  }
  return {
    task,
    cell: oneOf<CellKind>(args, 'cell', CELL_KINDS),
    epochs: positiveInteger(args, 'epochs', FULL_BUDGET[task].epochs),
    units: positiveInteger(args, 'units', task === 'memory' ? FULL_BUDGET.memory.units : 32),
    learningRate: positiveNumber(args, 'learning-rate', DEFAULT_LEARNING_RATE),
    samplesPerEpoch: positiveInteger(args, 'samples', FULL_BUDGET[task].samplesPerEpoch),
    curriculum: args.curriculum === true,
    distances: distanceRange(args.distances),
    seed: positiveInteger(args, 'seed', 1)
  };
}

/** `unrolled train`: trains one model and writes its folder. */
export const trainCommand: Command = {
  name: 'train',
  usage:
    'train --task memory|sentiment --cell simple_rnn|lstm|gru [--units N] [--epochs N] [--distances A-B] [--curriculum] [--learning-rate R] [--samples N] [--seed S] [--backend cpu|wasm] --out DIR [--json]',
  async run(argv) {
    const args = parseArgs(argv, {
      values: [
        'task',
        'cell',
        'units',
        'epochs',
        'distances',
        'learning-rate',
        'samples',
        'seed',
        'backend',
        'out'
      ],
      flags: ['curriculum', 'json']
    });
    const task = oneOf(args, 'task', TASKS);
    const settings = settingsFromArgs(args, task);
    const out = required(args, 'out');
    const seed = settings.seed!;
    const backend = backendName(args.backend);
    await useBackend(backend);
    const job = jobFor(task, settings.cell);
    const { spec, tokenizer } = handMadeSpec(settings);
    const candidate = await runCandidate(spec, undefined, (point) => {
      if (args.json) return;
      const buckets = (point.buckets ?? [])
        .map((bucket) => `${bucket.name} ${bucket.accuracy.toFixed(2)}`)
        .join(', ');
      process.stdout.write(
        `epoch ${point.epoch}: loss ${point.loss.toFixed(4)}, accuracy ${point.accuracy.toFixed(3)}, validation ${point.valAccuracy.toFixed(3)} (${buckets})\n`
      );
    });
    const { model, meta } = finishTraining(job, [candidate], tokenizer, spec.budget, seed, {
      seed: EVALUATION_SEED,
      samples: HELD_OUT_SAMPLES
    });
    const trainedMeta = { ...meta, training: meta.training && { ...meta.training, backend } };
    await writeModelFolder(out, model, trainedMeta, tokenizer);
    model.dispose();
    const modelFile = path.join(out, 'model.json');
    if (args.json) {
      const epochs = candidate.curve.map(({ epoch, loss, accuracy, valAccuracy, buckets }) => ({
        epoch,
        loss,
        accuracy,
        valAccuracy,
        buckets: buckets ?? []
      }));
      process.stdout.write(JSON.stringify({ epochs, model: modelFile }) + '\n');
    } else {
      process.stdout.write(
        `wrote ${modelFile}: held-out accuracy ${meta.evaluation.accuracy.toFixed(3)} on ${HELD_OUT_SAMPLES} sentences (seed ${EVALUATION_SEED})\n`
      );
    }
    return 0;
  }
};
