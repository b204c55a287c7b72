// Traces the shipped models on the sentences the chapters show and writes them to static/traces/, so every figure
// has real numbers before tfjs loads. Run after `npm run train`: npx tsx scripts/make-site-traces.ts
// (tests/unit/site-traces.test.ts retraces them and fails if these files no longer match the models).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { useBackend } from '../src/lib/tf/cli/backend.js';
import { SITE_SENTENCES, MEMORY_GAPS } from '../src/lib/core/site-sentences.js';
import { memoryGradients } from './memory-gradients.js';
import { siteTraceMaker } from './site-traces.js';

const MODELS = 'static/models';
const OUT = 'static/traces';

async function save(name: string, value: unknown): Promise<void> {
  await writeFile(path.join(OUT, `${name}.json`), JSON.stringify(value) + '\n');
  console.log(`${OUT}/${name}.json`);
}

await useBackend('cpu');
await mkdir(OUT, { recursive: true });
const maker = siteTraceMaker(MODELS);
for (const site of SITE_SENTENCES) await save(site.name, await maker.sentence(site));
// The /memory slider: the course sentence with 0…N extra distractor tokens, each model's answer and influence.
await save('memory-gaps', await maker.memoryGaps(MEMORY_GAPS));
// The /vanishing chapter: each memory model's gradient per earlier word, at initialization and trained.
await save('memory-gradients', await memoryGradients(MODELS, MEMORY_GAPS));
