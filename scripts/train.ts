// `npm run train`: trains every shipped model from a fixed seed and writes static/models/<id>/.
//   npx tsx scripts/train.ts [--out DIR] [--budget full|tiny|no-curriculum] [--workers N]
//                            [--only id,id] [--seed S]
import { readdir, readFile, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { MemoryExperiment } from '../src/lib/core/experiment/types.js';
import { useBackend } from '../src/lib/tf/cli/backend.js';
import {
  FULL_BUDGET,
  NO_CURRICULUM_BUDGET,
  TINY_BUDGET,
  type Budget
} from '../src/lib/tf/train/budget.js';
import { summaryOf, trainAll, TRAINING_SEED } from './train/train-all.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'static/models' },
    budget: { type: 'string', default: 'full' },
    workers: { type: 'string', default: '2' },
    only: { type: 'string' },
    seed: { type: 'string', default: String(TRAINING_SEED) },
    // The memory experiment's results: the shipped memory models are its chosen runs.
    experiment: { type: 'string', default: 'static/experiments/memory.json' }
  }
});
const budgets = { full: FULL_BUDGET, tiny: TINY_BUDGET, 'no-curriculum': NO_CURRICULUM_BUDGET };
const budget = budgets[values.budget as keyof typeof budgets] as Budget | undefined;
if (!budget) {
  throw new Error(
    `--budget must be one of ${Object.keys(budgets).join(', ')}, not ${values.budget}.`
  );
}

/** Bytes of every file below each model's folder. */
async function folderBytes(root: string, ids: readonly string[]): Promise<number> {
  let total = 0;
  for (const id of ids) {
    const entries = await readdir(path.join(root, id), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
    }
  }
  return total;
}

// Training shares the machine: the load average says how much else was running.
const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();
const started = performance.now();
/** The experiment file, or undefined for budgets other than the full one (tests, quick runs). */
async function readExperiment(file: string): Promise<MemoryExperiment | undefined> {
  if (budget !== FULL_BUDGET) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as MemoryExperiment;
  } catch (error) {
    throw new Error(
      `The memory models come from the memory experiment, but ${file} cannot be read (${(error as Error).message}): run npm run experiment:memory first.`,
      { cause: error }
    );
  }
}

const experiment = await readExperiment(values.experiment);
await useBackend('wasm');
const metas = await trainAll({
  outDir: values.out,
  budget,
  seed: Number(values.seed),
  workers: Number(values.workers),
  only: values.only?.split(','),
  experiment,
  progress: process.stdout
});
const minutes = (performance.now() - started) / 60_000;
const megabytes =
  (await folderBytes(
    values.out,
    metas.map((meta) => meta.id)
  )) /
  2 ** 20;
process.stdout.write(
  `\nTrained ${metas.length} models into ${values.out} in ${minutes.toFixed(1)} min ` +
    `(load average ${loadAtStart} at the start, ${load()} at the end), ${megabytes.toFixed(2)} MB:\n`
);
for (const meta of metas) process.stdout.write(`  ${meta.id}: ${summaryOf(meta)}\n`);
