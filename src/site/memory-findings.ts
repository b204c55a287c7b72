// What /memory says about the memory experiment, worded from its numbers at prerender: the same function
// writes "the textbook forgetting curve" or "not the textbook curve" depending on what the seeds measured.
import {
  LONG_BUCKET,
  bandOf,
  heldOutAccuracy,
  runsOf,
  type Band
} from '$lib/core/experiment/index.js';
import type { MemoryExperiment, Regime } from '$lib/core/experiment/types.js';
import { CELL_TITLES } from '$lib/geometry/layout/memory-experiment.js';

/** A plain RNN "learns" the short gaps at this accuracy or above (the bar). */
export const LEARNS_SHORT = 0.85;
/** A plain RNN "fails" the long gaps at this accuracy or below. */
export const FAILS_LONG = 0.5;
/** The gap between the LSTM and the plain RNN at the longest distances that the lesson rests on. */
export const GATE_GAP = 0.3;

/** How each regime is named in prose. */
export const REGIME_TITLES: Record<Regime, string> = {
  standard: 'standard training (every distance from the first batch)',
  curriculum: 'curriculum training (short gaps first, longer ones later)'
};

const pct = (value: number) => `${Math.round(value * 100)}%`;
const points = (value: number) => `${Math.round(value * 100)} points`;

/** "79% (75–89% across 5 seeds)", or "100% in all 5 seeds" when every seed agrees. */
export function bandText(band: Band, seeds: number): string {
  return band.min === band.max
    ? `${pct(band.median)} in all ${seeds} seeds`
    : `${pct(band.median)} (${pct(band.min)}–${pct(band.max)} across ${seeds} seeds)`;
}

/** Per cell of a regime: "LSTM 100% … at 2–4 and 100% … at 33–40". */
function regimeSentence(experiment: MemoryExperiment, regime: Regime, short: string): string {
  const parts = experiment.protocol.cells.flatMap((cell) => {
    const runs = runsOf(experiment, cell, regime);
    if (runs.length === 0) return [];
    const at = (bucket: string) =>
      bandText(bandOf(runs.map((r) => heldOutAccuracy(r, bucket))), runs.length);
    return [
      `${CELL_TITLES[cell]} ${at(short)} at ${short} and ${at(LONG_BUCKET)} at ${LONG_BUCKET}`
    ];
  });
  if (parts.length === 0) return '';
  const first = REGIME_TITLES[regime];
  return `With ${first}, the median held-out accuracy was: ${parts.join('; ')}.`;
}

/** What the standard-regime plain RNN did at short and long distances, in the words its numbers call for. */
function rnnSentence(experiment: MemoryExperiment, short: string, chance: number): string {
  const runs = runsOf(experiment, 'simple_rnn', 'standard');
  if (runs.length === 0) return '';
  const near = bandOf(runs.map((r) => heldOutAccuracy(r, short)));
  const far = bandOf(runs.map((r) => heldOutAccuracy(r, LONG_BUCKET)));
  const learned = runs.filter((r) => heldOutAccuracy(r, short) >= LEARNS_SHORT).length;
  const failed = runs.filter((r) => heldOutAccuracy(r, LONG_BUCKET) <= FAILS_LONG).length;
  const drop = near.median - far.median;
  const fall =
    drop > 0
      ? `falling by ${points(drop)} from ${short} to ${LONG_BUCKET}`
      : `no lower at ${LONG_BUCKET} than at ${short}`;
  const seeds = `${learned} of ${runs.length} seeds reach ${pct(LEARNS_SHORT)} at ${short}; ${failed} of ${runs.length} are at or below ${pct(FAILS_LONG)} at ${LONG_BUCKET}.`;
  const learnsShort = near.median >= LEARNS_SHORT;
  const failsLong = far.median <= FAILS_LONG;
  if (learnsShort && failsLong)
    return `Trained the standard way, the plain RNN learns the short gaps (median ${pct(near.median)} at ${short}) and fails the long ones (median ${pct(far.median)} at ${LONG_BUCKET}, chance is ${pct(chance)}): the forgetting curve the textbooks describe. ${seeds}`;
  if (learnsShort)
    return `Trained the standard way, the plain RNN learns the short gaps (median ${pct(near.median)} at ${short}) and keeps more of the long ones than the textbook story says: median ${pct(far.median)} at ${LONG_BUCKET}, ${fall}. ${seeds}`;
  if (failsLong)
    return `Trained the standard way, the plain RNN fails near and far alike: median ${pct(near.median)} at ${short} and ${pct(far.median)} at ${LONG_BUCKET}. It has not learned the short gaps either, so this is poor learning overall rather than a memory that fades with distance. ${seeds}`;
  return `This is not the textbook forgetting curve. Trained the standard way, the plain RNN neither learns the short gaps well (median ${pct(near.median)} at ${short}, below ${pct(LEARNS_SHORT)}) nor falls to chance at the long ones (median ${pct(far.median)} at ${LONG_BUCKET}, above ${pct(FAILS_LONG)}; chance is ${pct(chance)}). It is mediocre at every distance, ${fall}. ${seeds}`;
}

/** Whether the LSTM beats the plain RNN at the longest distances by GATE_GAP in every seed, seed by seed. */
function gapSentence(experiment: MemoryExperiment): string {
  const lstm = runsOf(experiment, 'lstm', 'standard');
  const pairs = runsOf(experiment, 'simple_rnn', 'standard').flatMap((rnn) => {
    const other = lstm.find((run) => run.seed === rnn.seed);
    return other
      ? [
          {
            seed: rnn.seed,
            gap: heldOutAccuracy(other, LONG_BUCKET) - heldOutAccuracy(rnn, LONG_BUCKET)
          }
        ]
      : [];
  });
  if (pairs.length === 0) return '';
  const list = pairs.map((p) => `seed ${p.seed}: ${points(p.gap)}`).join(', ');
  const held = pairs.filter((p) => p.gap >= GATE_GAP);
  if (held.length === pairs.length)
    return `In every one of the ${pairs.length} seeds the LSTM beats the plain RNN at ${LONG_BUCKET} by at least ${points(GATE_GAP)} (${list}).`;
  return `The LSTM beats the plain RNN at ${LONG_BUCKET} by at least ${points(GATE_GAP)} in only ${held.length} of ${pairs.length} seeds (${list}).`;
}

/** The paragraphs /memory shows beside the experiment's figures, chosen and filled in from its numbers. */
export function memoryFindings(experiment: MemoryExperiment, chance: number): string[] {
  const short = experiment.runs[0]?.heldOut.buckets[0]?.name ?? '2–4';
  return [
    regimeSentence(experiment, 'standard', short),
    rnnSentence(experiment, short, chance),
    gapSentence(experiment),
    regimeSentence(experiment, 'curriculum', short)
  ].filter((text) => text !== '');
}
