// One hand-made training run (the CLI's flags, the lab's controls) as the trainer's CandidateSpec, so
// that `unrolled train` and the browser lab start from the same spec for the same settings.
import type { Tokenizer } from '../../core/tokenize/types.js';
import { jobFor } from './jobs.js';
import { memoryTokenizer } from './memory-task.js';
import { sentimentTokenizer } from './sentiment-task.js';
import { settingsBudget, type TrainSettings } from './settings.js';
import type { CandidateSpec } from './training-run.js';

/** Held-out sentences a hand-made model is evaluated on for its meta.json. */
export const HAND_MADE_HELD_OUT_SAMPLES = 1200;

/** The spec of a hand-made run and the tokenizer it reads (seeded, so it is the same everywhere). */
export function handMadeSpec(settings: TrainSettings): {
  spec: CandidateSpec;
  tokenizer: Tokenizer;
} {
  const seed = settings.seed ?? 1;
  const budget = settingsBudget(settings);
  const tokenizer =
    settings.task === 'memory'
      ? memoryTokenizer(seed)
      : sentimentTokenizer(seed, budget.sentiment.vocabularyTarget);
  const spec: CandidateSpec = {
    modelId: jobFor(settings.task, settings.cell).id,
    learningRate: budget[settings.task].learningRates[0]!,
    seed,
    budget,
    tokenizer: tokenizer.serialize()
  };
  return { spec, tokenizer };
}
