// What each memory model answers on one sentence of the /memory gap slider, read from memory-gaps.json.
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
  /** The summed |influence| over all tokens: it collapses when the units saturate. */
  totalInfluence: number;
}

/** The answer of `model` on `gap`, or undefined when the file has none for it. */
export function gapReadout(
  gap: MemoryGap,
  model: string,
  labels: readonly string[]
): GapReadout | undefined {
  const answer = gap[model] as GapAnswer | undefined;
  if (!answer || !Array.isArray(answer.output)) return undefined;
  let best = 0;
  answer.output.forEach((p, i) => {
    if (p > (answer.output[best] ?? -1)) best = i;
  });
  const total = answer.influence.reduce((sum, v) => sum + Math.abs(v), 0);
  return {
    model,
    expected: answer.output[0] ?? 0,
    top: labels[best] ?? `class ${best}`,
    topProbability: answer.output[best] ?? 0,
    countryShare: total > 0 ? Math.abs(answer.influence[gap.countryPosition] ?? 0) / total : 0,
    totalInfluence: total
  };
}

/** A probability as a percentage with one decimal, e.g. "96.2%". */
export function percentText(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}
