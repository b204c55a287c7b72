// `npm run experiment:memory`: the memory experiment, written to static/experiments/memory.json.
//   npx tsx scripts/experiment-memory.ts [--out FILE] [--workers N]
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Regime } from '../src/lib/core/experiment/types.js';
import { useBackend } from '../src/lib/tf/cli/backend.js';
import { TINY_BUDGET } from '../src/lib/tf/train/budget.js';
import { runMemoryExperiment } from './experiment/run-memory.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'static/experiments/memory.json' },
    workers: { type: 'string', default: '2' },
    // A smoke run in seconds: tiny models, two seeds, 60 held-out sentences.
    tiny: { type: 'boolean', default: false }
  }
});

const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();
const started = performance.now();
await useBackend('wasm');
const experiment = await runMemoryExperiment({
  workers: Number(values.workers),
  log: process.stdout,
  ...(values.tiny && {
    seeds: [1, 2],
    heldOutSamples: 60,
    budgetOf: (regime: Regime) => ({
      ...TINY_BUDGET,
      name: regime,
      memory: {
        ...TINY_BUDGET.memory,
        epochs: 2,
        curriculumEpochs: regime === 'curriculum' ? 1 : 0
      }
    })
  })
});
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(values.out, JSON.stringify(experiment, null, 1) + '\n');
const minutes = (performance.now() - started) / 60_000;
process.stdout.write(
  `\nWrote ${values.out}: ${experiment.runs.length} runs in ${minutes.toFixed(1)} min ` +
    `(load average ${loadAtStart} at the start, ${load()} at the end).\n`
);
for (const choice of experiment.choices) {
  const run = experiment.runs.find(
    (r) => r.cell === choice.cell && r.regime === choice.regime && r.seed === choice.medianSeed
  )!;
  const buckets = run.heldOut.buckets.map((b) => `${b.name} ${b.accuracy.toFixed(3)}`).join(', ');
  process.stdout.write(
    `  ${choice.regime} ${choice.cell}: lr ${choice.learningRate}, median seed ${choice.medianSeed}: ${buckets}\n`
  );
}
