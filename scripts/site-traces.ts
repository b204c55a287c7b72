// The traces the site serves from static/traces/, computed from the shipped models. Shared by
// scripts/make-site-traces.ts (which writes them) and tests/unit/site-traces.test.ts (which checks them).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  MEMORY_COUNTRIES,
  MEMORY_LABELS,
  memorySentence,
  type MemoryCountry
} from '../src/lib/core/corpus/index.js';
import { encodeSentence } from '../src/lib/core/model-input.js';
import { loadTokenizer } from '../src/lib/core/tokenize/index.js';
import type { Tokenizer } from '../src/lib/core/tokenize/types.js';
import type { Trace, TraceToken } from '../src/lib/core/trace/types.js';
import { loadModelFromFile } from '../src/lib/tf/node-fs.js';
import { Tracer } from '../src/lib/tf/tracer.js';
import { MEMORY_MODELS, roundTrace, type SiteSentence } from '../src/lib/core/site-sentences.js';

/** One shipped model, ready to trace. */
interface LoadedModel {
  meta: { labels?: unknown; tokenizer?: string };
  tokenizer: Tokenizer | undefined;
  tracer: Tracer;
}

/** What computes the site's traces: each sentence's trace and the /memory slider's table, rounded as saved. */
export interface SiteTraceMaker {
  /** The rounded trace of one site sentence, with its inputs. */
  sentence(site: SiteSentence): Promise<Trace>;
  /** The /memory slider's table: per gap, each memory model's answer, influence, check, and its answers with the country swapped. */
  memoryGaps(
    gaps: readonly number[]
  ): Promise<{ labels: unknown; swapped: readonly string[]; gaps: unknown[] }>;
}

/** The countries /memory puts in Ireland's place. */
const SWAPPED = MEMORY_COUNTRIES.filter((country) => country !== 'Ireland');

/**
 * With the token at `position` (0-based) swapped for `id` by the replay's token swap: [the probability of class
 * `follow` (the swapped country's language), the index of the top class].
 */
function swappedAnswer(
  tracer: Tracer,
  tokens: TraceToken[],
  position: number,
  id: number,
  follow: number
): [number, number] {
  const swap = { interventions: [{ token: position + 1, id }] };
  const { tensor, editsOf } = tracer.prepare({ tokens }, swap);
  try {
    const output = Array.from(tracer.replay(tensor, editsOf).outputs[0]!);
    return [output[follow]!, output.indexOf(Math.max(...output))];
  } finally {
    tensor.dispose();
  }
}

/** The class index of a country's language in a model's labels. */
function languageIndex(meta: LoadedModel['meta'], country: string): number {
  const language = MEMORY_LABELS[MEMORY_COUNTRIES.indexOf(country as MemoryCountry)];
  const index = (meta.labels as string[]).indexOf(language!);
  if (index < 0) throw new Error(`The model has no label ${language}.`);
  return index;
}

/** A SiteTraceMaker over the models in a folder (static/models); each model is loaded once. */
export function siteTraceMaker(modelsDir: string): SiteTraceMaker {
  const loaded = new Map<string, Promise<LoadedModel>>();
  const load = async (id: string): Promise<LoadedModel> => {
    const meta = JSON.parse(await readFile(path.join(modelsDir, id, 'meta.json'), 'utf8'));
    const tokenizer = meta.tokenizer
      ? loadTokenizer(await readFile(path.join(modelsDir, id, meta.tokenizer), 'utf8'))
      : undefined;
    const tracer = new Tracer(await loadModelFromFile(path.join(modelsDir, id, 'model.json')));
    return { meta, tokenizer, tracer };
  };
  const get = (id: string): Promise<LoadedModel> => {
    const known = loaded.get(id) ?? load(id);
    loaded.set(id, known);
    return known;
  };

  return {
    async sentence({ model, text, ids }) {
      const { tokenizer, tracer } = await get(model);
      const input = ids
        ? { ids, texts: ids.map((id) => (id === 1 ? 'start' : '·')) }
        : { tokens: encodeSentence(tokenizer!, text!).tokens };
      return roundTrace(tracer.trace(input, { includeInputs: true }));
    },

    async memoryGaps(gapList) {
      const gaps = [];
      for (const gap of gapList) {
        const example = memorySentence('Ireland', gap);
        const row: Record<string, unknown> = {
          gap,
          distance: example.distance,
          text: example.text,
          countryPosition: example.countryPosition
        };
        for (const id of MEMORY_MODELS) {
          const { meta, tokenizer, tracer } = await get(id);
          const trace = tracer.trace({ tokens: encodeSentence(tokenizer!, example.text).tokens });
          row.tokens = trace.tokens.map((token) => token.text);
          row[id] = roundTrace({
            output: trace.output,
            influence: trace.influence,
            maxAbsDiff: trace.check.maxAbsDiff,
            swaps: SWAPPED.map((country) =>
              swappedAnswer(
                tracer,
                trace.tokens,
                example.countryPosition,
                tokenizer!.encode(country)[0]!,
                languageIndex(meta, country)
              )
            )
          });
        }
        gaps.push(row);
      }
      return { labels: (await get('memory-lstm')).meta.labels, swapped: SWAPPED, gaps };
    }
  };
}
