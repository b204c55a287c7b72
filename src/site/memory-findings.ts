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
import { fig, plainText, type Piece } from './figure.js';

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

// Every number below is a figure naming its source (figure-sources.ts), so the prose test can recompute it.
const pct = (value: number, source: string): Piece[] => [fig(value, source, 'pct0'), '%'];
const points = (value: number, source: string): Piece[] => [
  fig(value, source, 'points'),
  ' points'
];
const bucket = (name: string): Piece =>
  name === LONG_BUCKET
    ? fig(name, 'rule:LONG_BUCKET', 'text')
    : fig(name, 'json:experiments/memory:runs.0.heldOut.buckets.0.name', 'text');

/** "79% (75–89% across 5 seeds)", or "100% in all 5 seeds" when every seed agrees. */
export function bandText(band: Band, seeds: number): string {
  return plainText(bandPieces(band, seeds, 'band', 'runs'));
}

/** bandText as pieces; `source` names the band (band:CELL:REGIME:BUCKET) and `runs` the seed count (runs:CELL:REGIME). */
function bandPieces(band: Band, seeds: number, source: string, runs: string): Piece[] {
  const count = fig(seeds, runs);
  return band.min === band.max
    ? [...pct(band.median, `${source}:median`), ' in all ', count, ' seeds']
    : [
        ...pct(band.median, `${source}:median`),
        ' (',
        ...pct(band.min, `${source}:min`),
        '–',
        ...pct(band.max, `${source}:max`),
        ' across ',
        count,
        ' seeds)'
      ];
}

/** Per cell of a regime: "LSTM 100% … at 2–4 and 100% … at 33–40". */
function regimeSentence(experiment: MemoryExperiment, regime: Regime, short: string): Piece[] {
  const parts = experiment.protocol.cells.flatMap((cell) => {
    const runs = runsOf(experiment, cell, regime);
    if (runs.length === 0) return [];
    const at = (name: string) =>
      bandPieces(
        bandOf(runs.map((r) => heldOutAccuracy(r, name))),
        runs.length,
        `band:${cell}:${regime}:${name}`,
        `runs:${cell}:${regime}`
      );
    return [
      [
        `${CELL_TITLES[cell]} `,
        ...at(short),
        ' at ',
        bucket(short),
        ' and ',
        ...at(LONG_BUCKET),
        ' at ',
        bucket(LONG_BUCKET)
      ]
    ];
  });
  if (parts.length === 0) return [];
  const first = REGIME_TITLES[regime];
  return [
    `With ${first}, the median held-out accuracy was: `,
    ...parts.flatMap((part, i) => (i === 0 ? part : ['; ', ...part])),
    '.'
  ];
}

/** What the standard-regime plain RNN did at short and long distances, in the words its numbers call for. */
function rnnSentence(experiment: MemoryExperiment, short: string, chance: number): Piece[] {
  const runs = runsOf(experiment, 'simple_rnn', 'standard');
  if (runs.length === 0) return [];
  const near = bandOf(runs.map((r) => heldOutAccuracy(r, short)));
  const far = bandOf(runs.map((r) => heldOutAccuracy(r, LONG_BUCKET)));
  const learned = runs.filter((r) => heldOutAccuracy(r, short) >= LEARNS_SHORT).length;
  const failed = runs.filter((r) => heldOutAccuracy(r, LONG_BUCKET) <= FAILS_LONG).length;
  const drop = near.median - far.median;
  const S = bucket(short);
  const L = bucket(LONG_BUCKET);
  const nearMedian = pct(near.median, `band:simple_rnn:standard:${short}:median`);
  const farMedian = pct(far.median, `band:simple_rnn:standard:${LONG_BUCKET}:median`);
  const chancePct = pct(chance, 'chance:memory-rnn');
  const learnsPct = pct(LEARNS_SHORT, 'rule:LEARNS_SHORT');
  const failsPct = pct(FAILS_LONG, 'rule:FAILS_LONG');
  const all = fig(runs.length, 'runs:simple_rnn:standard');
  const fall: Piece[] =
    drop > 0
      ? [
          'falling by ',
          ...points(drop, `drop:simple_rnn:standard:${short}:${LONG_BUCKET}`),
          ' from ',
          S,
          ' to ',
          L
        ]
      : ['no lower at ', L, ' than at ', S];
  const seeds: Piece[] = [
    fig(learned, `count:simple_rnn:standard:${short}:ge:LEARNS_SHORT`),
    ' of ',
    all,
    ' seeds reach ',
    ...learnsPct,
    ' at ',
    S,
    '; ',
    fig(failed, `count:simple_rnn:standard:${LONG_BUCKET}:le:FAILS_LONG`),
    ' of ',
    all,
    ' are at or below ',
    ...failsPct,
    ' at ',
    L,
    '.'
  ];
  const learnsShort = near.median >= LEARNS_SHORT;
  const failsLong = far.median <= FAILS_LONG;
  // prettier-ignore
  if (learnsShort && failsLong)
    return ['Trained the standard way, the plain RNN learns the short gaps (median ', ...nearMedian, ' at ', S, ') and fails the long ones (median ', ...farMedian, ' at ', L, ', chance is ', ...chancePct, '): the forgetting curve the textbooks describe. ', ...seeds];
  // prettier-ignore
  if (learnsShort)
    return ['Trained the standard way, the plain RNN learns the short gaps (median ', ...nearMedian, ' at ', S, ') and keeps more of the long ones than the textbook story says: median ', ...farMedian, ' at ', L, ', ', ...fall, '. ', ...seeds];
  // prettier-ignore
  if (failsLong)
    return ['Trained the standard way, the plain RNN fails near and far alike: median ', ...nearMedian, ' at ', S, ' and ', ...farMedian, ' at ', L, '. It has not learned the short gaps either, so this is poor learning overall rather than a memory that fades with distance. ', ...seeds];
  // prettier-ignore
  return ['This is not the textbook forgetting curve. Trained the standard way, the plain RNN neither learns the short gaps well (median ', ...nearMedian, ' at ', S, ', below ', ...learnsPct, ') nor falls to chance at the long ones (median ', ...farMedian, ' at ', L, ', above ', ...failsPct, '; chance is ', ...chancePct, '). It is mediocre at every distance, ', ...fall, '. ', ...seeds];
}

/** Whether the LSTM beats the plain RNN at the longest distances by GATE_GAP in every seed, seed by seed. */
function gapSentence(experiment: MemoryExperiment): Piece[] {
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
  if (pairs.length === 0) return [];
  const list = pairs.flatMap((p, i): Piece[] => [
    i === 0 ? '' : ', ',
    `seed ${p.seed}: `,
    ...points(p.gap, `lead:${p.seed}`)
  ]);
  const held = pairs.filter((p) => p.gap >= GATE_GAP);
  const gate = points(GATE_GAP, 'rule:GATE_GAP');
  const L = bucket(LONG_BUCKET);
  const count = fig(pairs.length, 'runs:simple_rnn:standard');
  if (held.length === pairs.length)
    return [
      'In every one of the ',
      count,
      ' seeds the LSTM beats the plain RNN at ',
      L,
      ' by at least ',
      ...gate,
      ' (',
      ...list,
      ').'
    ];
  return [
    'The LSTM beats the plain RNN at ',
    L,
    ' by at least ',
    ...gate,
    ' in only ',
    fig(held.length, 'leading:GATE_GAP'),
    ' of ',
    count,
    ' seeds (',
    ...list,
    ').'
  ];
}

/** The paragraphs /memory shows beside the experiment's figures, as pieces whose figures name their sources. */
export function memoryFindingPieces(experiment: MemoryExperiment, chance: number): Piece[][] {
  const short = experiment.runs[0]?.heldOut.buckets[0]?.name ?? '2–4';
  return [
    regimeSentence(experiment, 'standard', short),
    rnnSentence(experiment, short, chance),
    gapSentence(experiment),
    regimeSentence(experiment, 'curriculum', short)
  ].filter((pieces) => pieces.length > 0);
}

/** The paragraphs /memory shows beside the experiment's figures, chosen and filled in from its numbers. */
export function memoryFindings(experiment: MemoryExperiment, chance: number): string[] {
  return memoryFindingPieces(experiment, chance).map(plainText);
}

/** The shortest and longest distance the experiment trained and tested on (its buckets' ends), e.g. [2, 40]. */
export function trainedDistances(experiment: MemoryExperiment): [number, number] {
  const names = experiment.runs[0]?.heldOut.buckets.map((b) => b.name) ?? [];
  const ends = (name: string | undefined) => (name ?? '').split('–').map(Number);
  return [ends(names[0])[0] ?? 0, ends(names.at(-1)).at(-1) ?? 0];
}
