// The /vanishing chapter's data (static/traces/memory-gradients.json) and the sentences that describe it.
import type { GradientQuantity } from '$lib/core/gradients/norms.js';
import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import type { GradientSeries } from '$lib/geometry/layout/gradient-flow.js';
import { fig, plainText, type Piece } from './figure.js';

/** A model at one stage: gradient norms per token (reading order) and its probability of the right language. */
export interface StageGradients {
  dx: number[];
  dh: number[];
  p: number;
}

/** The two stages the chapter compares. */
export type Stage = 'initial' | 'trained';

/** One gap of the slider: the sentence's tokens, where the country is, and every model at both stages. */
export interface GradientGap {
  gap: number;
  distance: number;
  countryPosition: number;
  tokens: string[];
  models: Record<string, Record<Stage, StageGradients>>;
}

/** The whole file. */
export interface MemoryGradients {
  language: string;
  gaps: GradientGap[];
}

/** Display names of the memory models. */
export const MODEL_NAMES: Record<string, string> = {
  'memory-rnn': 'Plain RNN',
  'memory-lstm': 'LSTM',
  'memory-gru': 'GRU'
};

/** Fetches /traces/memory-gradients.json with SvelteKit's fetch (prerendering inlines it). */
export async function loadMemoryGradients(
  fetch: typeof globalThis.fetch
): Promise<MemoryGradients> {
  const response = await fetch('/traces/memory-gradients.json');
  if (!response.ok) throw new Error(`Could not load the memory gradients (${response.status}).`);
  return response.json();
}

/** One line per memory model at a stage: the norm against steps back from the answer. */
export function stageSeries(
  gap: GradientGap,
  stage: Stage,
  quantity: Exclude<GradientQuantity, 'dc'> = 'dx'
): GradientSeries[] {
  return MEMORY_MODELS.map((model) => ({
    label: MODEL_NAMES[model]!,
    values: [...gap.models[model]![stage][quantity]].reverse()
  }));
}

/** A model's gradient at the country and at the last token, and their ratio. */
export interface CountryReach {
  model: string;
  atCountry: number;
  atLast: number;
  /** atCountry / atLast. */
  ratio: number;
  probability: number;
}

/** What reaches the country's word, per model, at one stage. */
export function countryReach(gap: GradientGap, stage: Stage): CountryReach[] {
  return MEMORY_MODELS.map((model) => {
    const { dx, p } = gap.models[model]![stage];
    const atCountry = dx[gap.countryPosition] ?? 0;
    const atLast = dx[dx.length - 1] ?? 0;
    return { model, atCountry, atLast, ratio: atLast > 0 ? atCountry / atLast : 0, probability: p };
  });
}

/** "10 000 times smaller than at the last word", "about as large as …", as the numbers say. */
export function ratioText(ratio: number): string {
  return plainText(ratioPieces(ratio, 'ratio'));
}

/** ratioText as pieces; `source` names the reach (reach:MODEL:INDEX:STAGE) whose ratio this is. */
function ratioPieces(ratio: number, source: string): Piece[] {
  if (ratio === 0) return ['zero'];
  if (ratio >= 0.5 && ratio <= 2) return ['about as large as at the last word'];
  if (ratio < 1)
    return [fig(1 / ratio, `${source}:inverse`, 'norm'), ' times smaller than at the last word'];
  return [fig(ratio, `${source}:ratio`, 'norm'), ' times larger than at the last word'];
}

/** "1.01 for the plain RNN (about as large as at the last word), …": what reaches the country's word, per model. */
export function reachSentence(reach: readonly CountryReach[]): string {
  return plainText(reachPieces(reach, 0, 'initial'));
}

/** reachSentence as pieces whose figures name gap `index` of memory-gradients.json at `stage`. */
export function reachPieces(reach: readonly CountryReach[], index: number, stage: Stage): Piece[] {
  return reach.flatMap((one, i): Piece[] => {
    const source = `reach:${one.model}:${index}:${stage}`;
    return [
      i === 0 ? '' : ', ',
      fig(one.atCountry, `${source}:atCountry`, 'norm'),
      ` for the ${MODEL_NAMES[one.model]!.replace('Plain', 'plain')} (`,
      ...ratioPieces(one.ratio, source),
      ')'
    ];
  });
}

/** Steps from the country's word back from the answer in a gap (as the chapter counts them). */
export function stepsBack(gap: GradientGap): number {
  return gap.tokens.length - 1 - gap.countryPosition;
}

/** The display name of the model whose gradient at the country is largest. */
export function strongest(reach: readonly CountryReach[]): string {
  const best = reach.reduce((a, b) => (b.atCountry > a.atCountry ? b : a));
  return MODEL_NAMES[best.model]!.replace('Plain', 'plain');
}
