import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadTokenizer } from '../../core/tokenize/index.js';
import { evaluateModel } from '../evaluate.js';
import type { Evaluation, ModelMeta } from '../models/meta.js';
import { loadModelFromFile } from '../node-fs.js';
import { parseArgs, positiveInteger, required, UsageError } from './args.js';
import { backendName, useBackend } from './backend.js';
import type { Command } from './command.js';

const TASKS = ['memory', 'sentiment', 'fibonacci'];

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
}

/** meta.json next to the model, checked enough to evaluate with. */
async function readMeta(folder: string): Promise<ModelMeta> {
  const file = path.join(folder, 'meta.json');
  let meta: ModelMeta;
  try {
    meta = JSON.parse(await readText(file, 'model description')) as ModelMeta;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof meta !== 'object' || meta === null || !TASKS.includes(meta.task)) {
    throw new UsageError(`${file} names no task unrolled can evaluate (${TASKS.join(', ')}).`);
  }
  return meta;
}

function report(meta: ModelMeta, evaluation: Evaluation): string {
  const width = Math.max(...evaluation.buckets.map((bucket) => bucket.name.length), 7);
  const lines = [
    meta.task === 'fibonacci'
      ? `${meta.id}: ${evaluation.samples} inputs, ${evaluation.sampling}`
      : `${meta.id}: ${evaluation.samples} held-out samples, seed ${evaluation.seed} (${evaluation.sampling})`,
    `  ${'overall'.padEnd(width)}  ${evaluation.accuracy.toFixed(3)}`,
    ...evaluation.buckets.map(
      (bucket) => `  ${bucket.name.padEnd(width)}  ${bucket.accuracy.toFixed(3)}  (n = ${bucket.n})`
    )
  ];
  const course = evaluation.courseSentence;
  if (course) {
    const probability = course.probabilities[course.label] ?? NaN;
    lines.push(`  "${course.text}" → ${course.label} with probability ${probability.toFixed(3)}`);
  }
  return lines.join('\n');
}

/** `unrolled evaluate`: accuracy on fresh held-out data of the model's task, overall and per bucket. */
export const evaluateCommand: Command = {
  name: 'evaluate',
  usage:
    'evaluate --model PATH/model.json|FILE.keras|FILE.h5 [--seed S] [--samples N] [--backend cpu|wasm] [--json]',
  async run(argv) {
    const args = parseArgs(argv, {
      values: ['model', 'seed', 'samples', 'backend'],
      flags: ['json']
    });
    const modelPath = required(args, 'model');
    const folder = modelPath.toLowerCase().endsWith('.json') ? path.dirname(modelPath) : modelPath;
    const meta = await readMeta(folder);
    const seed = positiveInteger(args, 'seed', meta.evaluation.seed || 1);
    const samples = positiveInteger(args, 'samples', meta.evaluation.samples || 2000);
    const tokenizer = meta.tokenizer
      ? loadTokenizer(await readText(path.join(folder, meta.tokenizer), 'tokenizer'))
      : undefined;
    await useBackend(backendName(args.backend));
    const model = await loadModelFromFile(modelPath);
    const evaluation = evaluateModel(model, meta, { seed, samples, tokenizer });
    if (args.json) {
      const { accuracy, buckets } = evaluation;
      process.stdout.write(JSON.stringify({ accuracy, buckets }) + '\n');
    } else {
      process.stdout.write(report(meta, evaluation) + '\n');
    }
    return 0;
  }
};
