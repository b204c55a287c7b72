// What each memory model answers on one sentence of the /memory gap slider, read from memory-gaps.json.
import { MEMORY_COUNTRIES, MEMORY_LABELS } from '$lib/core/corpus/memory-vocabulary.js';
import type { GapAnswer, MemoryGap } from './traces.js';

/** One model's answer on one gap sentence. */
export interface GapReadout {
  model: string;
  /** Probability of the expected language (the first label, Gaelic). */
  expected: number;
  /** The most probable language and its probability. */
  top: string;
  topProbability: number;
  /** The country token's share of the summed influence, 0–1. */
  countryShare: number;
  /** The summed |influence| over all tokens. */
  influenceTotal: number;
  /** With Ireland swapped for each other country: how many times the top answer became that country's language. */
  follows: number;
  /** How many countries were swapped in (0 when the file has no swaps). */
  swapCount: number;
  /** The mean probability of the swapped-in country's language. */
  followProbability: number;
}

/** The answer of `model` on `gap`, or undefined when the file has none for it. */
export function gapReadout(
  gap: MemoryGap,
  model: string,
  labels: readonly string[],
  swapped: readonly string[] = []
): GapReadout | undefined {
  const answer = gap[model] as GapAnswer | undefined;
  if (!answer || !Array.isArray(answer.output)) return undefined;
  let best = 0;
  answer.output.forEach((p, i) => {
    if (p > (answer.output[best] ?? -1)) best = i;
  });
  const total = answer.influence.reduce((sum, v) => sum + Math.abs(v), 0);
  const swaps = answer.swaps ?? [];
  const follows = swaps.filter(([, top], i) => top === languageIndex(labels, swapped[i])).length;
  const followProbability = swaps.reduce((sum, [p]) => sum + p, 0) / Math.max(1, swaps.length);
  return {
    model,
    expected: answer.output[0] ?? 0,
    top: labels[best] ?? `class ${best}`,
    topProbability: answer.output[best] ?? 0,
    countryShare: total > 0 ? Math.abs(answer.influence[gap.countryPosition] ?? 0) / total : 0,
    influenceTotal: total,
    follows,
    swapCount: swaps.length,
    followProbability
  };
}

/** The class index of a country's language in `labels` (-1 when unknown). */
function languageIndex(labels: readonly string[], country: string | undefined): number {
  const at = MEMORY_COUNTRIES.indexOf(country as (typeof MEMORY_COUNTRIES)[number]);
  return at < 0 ? -1 : labels.indexOf(MEMORY_LABELS[at]!);
}

/** A probability as a percentage with one decimal, e.g. "96.2%". */
export function percentText(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}
