// The /vanishing chapter's numbers: for the course sentence at each gap, how strongly each memory model's logit for
// the right language depends on every earlier word, at initialization (static/models/<id>/initial/) and trained.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { memorySentence } from '../src/lib/core/corpus/index.js';
import { gradientNorms } from '../src/lib/core/gradients/norms.js';
import { encodeSentence } from '../src/lib/core/model-input.js';
import { MEMORY_MODELS } from '../src/lib/core/site-sentences.js';
import { loadTokenizer } from '../src/lib/core/tokenize/index.js';
import { GradientTracer } from '../src/lib/tf/gradients/gradient-tracer.js';
import { loadModelFromFile } from '../src/lib/tf/node-fs.js';
import { Tracer } from '../src/lib/tf/tracer.js';

/** The two states of a model the chapter compares. */
export const STAGES = ['initial', 'trained'] as const;

// Gradients span many decades: keep 4 significant digits rather than a fixed number of decimals.
const significant = (value: number) => Number(value.toPrecision(4));

/** Per gap, per model and stage: ‖∂y/∂x_t‖ and ‖∂y/∂h_t‖ in token order and the probability of the right language. */
export async function memoryGradients(modelsDir: string, gaps: readonly number[]) {
  const models = [];
  for (const id of MEMORY_MODELS) {
    const folder = path.join(modelsDir, id);
    const initial = path.join(folder, 'initial', 'model.json');
    if (!existsSync(initial))
      throw new Error(
        `${initial} is missing: run npm run train, which writes each memory model with its initial weights.`
      );
    const meta = JSON.parse(await readFile(path.join(folder, 'meta.json'), 'utf8'));
    const tokenizer = loadTokenizer(await readFile(path.join(folder, meta.tokenizer), 'utf8'));
    const stages = [];
    for (const file of [initial, path.join(folder, 'model.json')]) {
      const model = await loadModelFromFile(file);
      stages.push({ gradients: new GradientTracer(model), tracer: new Tracer(model) });
    }
    models.push({ id, tokenizer, stages, labels: meta.labels as string[] });
  }
  const rows = [];
  for (const gap of gaps) {
    const example = memorySentence('Ireland', gap);
    const row: Record<string, unknown> = {
      gap,
      distance: example.distance,
      countryPosition: example.countryPosition
    };
    const byModel: Record<string, unknown> = {};
    for (const { id, tokenizer, stages } of models) {
      const tokens = encodeSentence(tokenizer, example.text).tokens;
      row.tokens = tokens.map((token) => token.text);
      const entry: Record<string, unknown> = {};
      STAGES.forEach((stage, s) => {
        const { gradients, tracer } = stages[s]!;
        const full = gradients.gradients({ tokens }, { output: example.label });
        const [steps] = full.layers.map(gradientNorms);
        const probability = tracer.trace({ tokens }).output[example.label] ?? 0;
        entry[stage] = {
          dx: steps!.map((step) => significant(step.dx)),
          dh: steps!.map((step) => significant(step.dh)),
          p: significant(probability)
        };
      });
      byModel[id] = entry;
    }
    row.models = byModel;
    rows.push(row);
  }
  return { language: models[0]!.labels[memorySentence('Ireland').label], gaps: rows };
}
