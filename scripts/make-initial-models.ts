// Writes static/models/<id>/initial/ for the memory models: the same topology with the seeded starting weights, for
// the "at initialization" figures. Training writes these folders itself from the weights it actually started from;
// this script rebuilds them from the seeded builder when a checkout lacks them:
//   npx tsx scripts/make-initial-models.ts [--seed S]   (default: the training seed)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MEMORY_MODELS } from '../src/lib/core/site-sentences.js';
import { useBackend } from '../src/lib/tf/cli/backend.js';
import { saveModelToFile } from '../src/lib/tf/node-fs.js';
import { FULL_BUDGET } from './train/budget.js';
import { jobById } from './train/jobs.js';
import { TRAINING_SEED } from './train/train-all.js';

const at = process.argv.indexOf('--seed');
const seed = at >= 0 ? Number(process.argv[at + 1]) : TRAINING_SEED;
await useBackend('cpu');
for (const id of MEMORY_MODELS) {
  const folder = path.join('static/models', id);
  const meta = JSON.parse(await readFile(path.join(folder, 'meta.json'), 'utf8'));
  const model = jobById(id).build(meta.vocabSize, seed, FULL_BUDGET);
  const file = path.join(folder, 'initial', 'model.json');
  await saveModelToFile(model, file);
  console.log(`${file} (seed ${seed})`);
  model.dispose();
}
