// Traces the shipped models on the sentences the chapters show and writes them to static/traces/, so every figure
// has real numbers before tfjs loads. Run after `npm run train`: npx tsx scripts/make-site-traces.ts
// (tests/unit/site-traces.test.ts retraces a few and fails if these files no longer match the models).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { memorySentence } from '../src/lib/core/corpus/index.js';
import { encodeSentence } from '../src/lib/core/model-input.js';
import { loadTokenizer } from '../src/lib/core/tokenize/index.js';
import type { Trace } from '../src/lib/core/trace/types.js';
import { useBackend } from '../src/lib/tf/cli/backend.js';
import { loadModelFromFile } from '../src/lib/tf/node-fs.js';
import { Tracer } from '../src/lib/tf/tracer.js';
import {
  SITE_SENTENCES,
  MEMORY_GAPS,
  MEMORY_MODELS,
  roundTrace
} from '../src/lib/core/site-sentences.js';

const MODELS = 'static/models';
const OUT = 'static/traces';

async function tracerFor(id: string) {
  const meta = JSON.parse(await readFile(path.join(MODELS, id, 'meta.json'), 'utf8'));
  const tokenizer = meta.tokenizer
    ? loadTokenizer(await readFile(path.join(MODELS, id, meta.tokenizer), 'utf8'))
    : undefined;
  const tracer = new Tracer(await loadModelFromFile(path.join(MODELS, id, 'model.json')));
  return { meta, tokenizer, tracer };
}

async function save(name: string, value: unknown): Promise<void> {
  await writeFile(path.join(OUT, `${name}.json`), JSON.stringify(value) + '\n');
  console.log(`${OUT}/${name}.json`);
}

await useBackend('cpu');
await mkdir(OUT, { recursive: true });
const loaded = new Map<string, Awaited<ReturnType<typeof tracerFor>>>();
const get = async (id: string) => loaded.get(id) ?? loaded.set(id, await tracerFor(id)).get(id)!;

for (const { name, model, text, ids } of SITE_SENTENCES) {
  const { tokenizer, tracer } = await get(model);
  const input = ids
    ? { ids, texts: ids.map((id) => (id === 1 ? 'start' : '·')) }
    : { tokens: encodeSentence(tokenizer!, text!).tokens };
  const trace: Trace = tracer.trace(input, { includeInputs: true });
  await save(name, roundTrace(trace));
}

// The /memory slider: the course sentence with 0…N extra distractor tokens, each model's answer and influence.
const gaps = [];
for (const gap of MEMORY_GAPS) {
  const example = memorySentence('Ireland', gap);
  const row: Record<string, unknown> = {
    gap,
    distance: example.distance,
    text: example.text,
    countryPosition: example.countryPosition
  };
  for (const id of MEMORY_MODELS) {
    const { tokenizer, tracer } = await get(id);
    const trace = tracer.trace({ tokens: encodeSentence(tokenizer!, example.text).tokens });
    row.tokens = trace.tokens.map((token) => token.text);
    row[id] = roundTrace({
      output: trace.output,
      influence: trace.influence,
      maxAbsDiff: trace.check.maxAbsDiff
    });
  }
  gaps.push(row);
}
await save('memory-gaps', { labels: (await get('memory-lstm')).meta.labels, gaps });
