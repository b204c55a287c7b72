// What each memory model answers on one sentence of the /memory gap slider, read from memory-gaps.json.
import { MEMORY_COUNTRIES, MEMORY_LABELS } from '$lib/core/corpus/memory-vocabulary.js';
import { fig, type Piece } from './figure.js';
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

/** How a model's answers on the gap sentences read, nearest and farthest, as prose whose figures name sources. */
export function rnnGapPieces(
  file: { labels: string[]; swapped?: string[]; gaps: MemoryGap[] },
  model = 'memory-rnn'
): Piece[] | undefined {
  const { labels, swapped = [], gaps } = file;
  const readouts = gaps.map((gap) => gapReadout(gap, model, labels, swapped));
  const near = readouts[0];
  const far = readouts.at(-1);
  if (!near || !far || gaps.length < 2) return undefined;
  const src = (index: number, field: keyof GapReadout) => `gap:${model}:${index}:${field}`;
  const distance = (index: number) =>
    fig(gaps.at(index)!.distance, `json:traces/memory-gaps:gaps.${index}.distance`);
  const opening: Piece[] = [
    'What the real models do: the plain RNN answers ',
    near.top,
    ' with ',
    fig(near.topProbability, src(0, 'topProbability'), 'pct1'),
    '% at distance ',
    distance(0),
    ' and ',
    far.top,
    ' with ',
    fig(far.topProbability, src(-1, 'topProbability'), 'pct1'),
    '% at distance ',
    distance(-1),
    '. '
  ];
  if (far.top !== labels[0]) return [...opening, 'Over the longer gap it has lost the country.'];
  const everywhere = readouts.every((r) => r?.top === labels[0]);
  const moves = (from: number, to: number) => (to < from ? 'falls' : 'rises');
  return [
    ...opening,
    everywhere
      ? 'On this one sentence it keeps the country at every distance. '
      : 'On this one sentence it ends with the right country. ',
    "With another country in Ireland's place at distance ",
    distance(-1),
    ', its answer follows for ',
    fig(far.follows, src(-1, 'follows')),
    ' of ',
    fig(far.swapCount, src(-1, 'swapCount')),
    ' countries',
    far.follows < far.swapCount
      ? ': for the others it has not learned to carry the country that far'
      : '',
    '. The share of its influence on “Ireland” ',
    moves(near.countryShare, far.countryShare),
    ' from ',
    fig(near.countryShare, src(0, 'countryShare'), 'pct1'),
    '% to ',
    fig(far.countryShare, src(-1, 'countryShare'), 'pct1'),
    '%, and the total influence ',
    moves(near.influenceTotal, far.influenceTotal),
    ' from ',
    fig(near.influenceTotal, src(0, 'influenceTotal'), 'fixed2'),
    ' to ',
    fig(far.influenceTotal, src(-1, 'influenceTotal'), 'fixed2'),
    far.influenceTotal < near.influenceTotal
      ? ': its units saturate and integrated gradients find little to attribute to any word. A smaller share is not a lost country.'
      : '.'
  ];
}
