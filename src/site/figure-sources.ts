// What a figure's source names, recomputed from the shipped files: the prose test reads every printed figure's
// data-source and asks this module for the value, so a retrained model or regenerated trace either keeps the prose
// true or fails the build. Each kind below is the same computation the page makes, on the raw file.
//
// Grammar: kind:arg:arg… (files are paths under static/ without .json: traces/memory-lstm-ireland,
// experiments/memory, models/memory-lstm/meta, models/memory-gru/model, models/memory-lstm/tokenizer).
//   json:FILE:PATH[|op]          the value at a dotted path (numbers index arrays, negative from the end; "length");
//                                op: max, minus1, minus2, join (", "), sorted-ids (a trace's token ids, sorted)
//   keeper:TRACE:FIELD           keeperOf's unit at "Ireland" (a field of Keeper)
//   gap:MODEL:INDEX:FIELD        gapReadout on memory-gaps.json's gap INDEX
//   reach:MODEL:INDEX:STAGE:F    countryReach on memory-gradients.json (F: atCountry, ratio, inverse = 1/ratio)
//   back:INDEX                   steps from the country to the answer in memory-gradients.json's gap INDEX
//   band:CELL:REGIME:BUCKET:STAT the held-out accuracy band over seeds (STAT: median, min, max)
//   drop:CELL:REGIME:NEAR:FAR    median at NEAR minus median at FAR
//   lead:SEED                    LSTM minus plain RNN at the longest bucket, standard regime, one seed
//   leading:RULE                 seeds whose lead is at least a rule's threshold
//   count:CELL:REGIME:BUCKET:ge|le:RULE   runs at or above / at or below a rule's threshold
//   runs:CELL:REGIME             how many runs
//   distance:first|last          the shortest and longest trained distance (the buckets' ends)
//   chance:MODEL                 1 / number of labels
//   weights:MODEL:LAYER          weights in a layer, from model.json
//   curve:MODEL                  the training curve's description
//   encode:MODEL:list|count:TEXT TEXT through MODEL's word tokenizer: "word → id, …", or how many ids
//   rule:NAME                    a threshold or limit of the code (see RULES)
import { LONG_BUCKET, bandOf, heldOutAccuracy, runsOf } from '$lib/core/experiment/index.js';
import type { CellKind } from '$lib/core/trace/types.js';
import type { MemoryExperiment, Regime } from '$lib/core/experiment/types.js';
import { MAX_SENTENCE_CHARACTERS, encodeSentence } from '$lib/core/model-input.js';
import { loadTokenizer } from '$lib/core/tokenize/index.js';
import type { Trace } from '$lib/core/trace/types.js';
import type { TrainingPoint } from '$lib/geometry/layout/training-curve.js';
import { irelandIndex, keeperOf, type Keeper } from './keeper.js';
import { FAILS_LONG, GATE_GAP, LEARNS_SHORT, trainedDistances } from './memory-findings.js';
import { gapReadout, type GapReadout } from './memory-readout.js';
import { layerWeightCount, type WeightsManifestFile } from './model-weights.js';
import type { MemoryGap } from './traces.js';
import { describeTrainingCurve } from './training-curve.js';
import { countryReach, type MemoryGradients, type Stage } from './vanishing.js';

/** Reads a shipped file by its path under static/ without .json (parsed JSON). */
export type FileReader = (file: string) => unknown;

/** Thresholds and limits of the code that prose quotes: they are rules, not measurements. */
export const RULES: Record<string, number | string> = {
  LEARNS_SHORT,
  FAILS_LONG,
  GATE_GAP,
  LONG_BUCKET,
  MAX_SENTENCE_CHARACTERS
};

/** The value a figure's source names, recomputed from the files; throws one line on a source it cannot read. */
export function resolveSource(source: string, read: FileReader): number | string {
  const [kind, ...args] = source.split(':');
  const resolve = KINDS[kind ?? ''];
  if (!resolve) throw new Error(`unknown kind "${kind}" in figure source "${source}"`);
  const value = resolve(args, read);
  if (typeof value !== 'number' && typeof value !== 'string')
    throw new Error(`figure source "${source}" names no number or string`);
  return value;
}

type Kind = (args: string[], read: FileReader) => unknown;

const experiment = (read: FileReader) => read('experiments/memory') as MemoryExperiment;
const runs = (read: FileReader, cell: string | undefined, regime: string | undefined) =>
  runsOf(experiment(read), cell as CellKind, regime as Regime);
const band = (read: FileReader, cell?: string, regime?: string, bucket?: string) =>
  bandOf(runs(read, cell, regime).map((run) => heldOutAccuracy(run, bucket ?? '')));

const KINDS: Record<string, Kind> = {
  json: ([file, path = ''], read) => {
    const [where, op] = path.split('|');
    return applyOp(at(read(file ?? ''), where ?? ''), op);
  },
  keeper: ([trace, field], read) => {
    const file = read(`traces/${trace}`) as Trace;
    return keeperOf(file.layers[0]!, irelandIndex(file))[field as keyof Keeper];
  },
  gap: ([model, index, field], read) => {
    const file = read('traces/memory-gaps') as {
      labels: string[];
      swapped?: string[];
      gaps: MemoryGap[];
    };
    const gap = file.gaps.at(Number(index))!;
    return gapReadout(gap, model ?? '', file.labels, file.swapped)?.[field as keyof GapReadout];
  },
  reach: ([model, index, stage, field], read) => {
    const gap = (read('traces/memory-gradients') as MemoryGradients).gaps.at(Number(index))!;
    const one = countryReach(gap, stage as Stage).find((r) => r.model === model)!;
    return field === 'inverse' ? 1 / one.ratio : one[field as 'atCountry' | 'ratio'];
  },
  back: ([index], read) => {
    const gap = (read('traces/memory-gradients') as MemoryGradients).gaps.at(Number(index))!;
    return gap.tokens.length - 1 - gap.countryPosition;
  },
  band: ([cell, regime, bucket, stat], read) =>
    band(read, cell, regime, bucket)[stat as 'median' | 'min' | 'max'],
  drop: ([cell, regime, near, far], read) =>
    band(read, cell, regime, near).median - band(read, cell, regime, far).median,
  lead: ([seed], read) => {
    const of = (cell: string) =>
      runs(read, cell, 'standard').find((run) => run.seed === Number(seed))!;
    return (
      heldOutAccuracy(of('lstm'), LONG_BUCKET) - heldOutAccuracy(of('simple_rnn'), LONG_BUCKET)
    );
  },
  count: ([cell, regime, bucket, side, rule], read) => {
    const limit = Number(RULES[rule ?? '']);
    return runs(read, cell, regime).filter((run) => {
      const accuracy = heldOutAccuracy(run, bucket ?? '');
      return side === 'ge' ? accuracy >= limit : accuracy <= limit;
    }).length;
  },
  runs: ([cell, regime], read) => runs(read, cell, regime).length,
  distance: ([end], read) => trainedDistances(experiment(read))[end === 'first' ? 0 : 1],
  leading: ([rule], read) =>
    experiment(read).protocol.seeds.filter((seed) => {
      const lead = KINDS.lead!([String(seed)], read) as number;
      return lead >= Number(RULES[rule ?? '']);
    }).length,
  chance: ([model], read) =>
    1 / (read(`models/${model}/meta`) as { labels: string[] }).labels.length,
  weights: ([model, layer], read) =>
    layerWeightCount(read(`models/${model}/model`) as WeightsManifestFile, layer ?? ''),
  curve: ([model], read) =>
    describeTrainingCurve(
      (read(`models/${model}/meta`) as { training: { curve: TrainingPoint[] } }).training.curve
    ),
  encode: ([model, what, ...text], read) => {
    const words = loadTokenizer(JSON.stringify(read(`models/${model}/tokenizer`)));
    const tokens = encodeSentence(words, text.join(':')).tokens;
    return what === 'count' ? tokens.length : tokens.map((t) => `${t.text} → ${t.id}`).join(', ');
  },
  rule: ([name]) => RULES[name ?? '']
};

function at(value: unknown, path: string): unknown {
  if (path === '') return value;
  return path.split('.').reduce<unknown>((node, key) => {
    if (Array.isArray(node)) return key === 'length' ? node.length : node.at(Number(key));
    return (node as Record<string, unknown> | undefined)?.[key];
  }, value);
}

function applyOp(value: unknown, op: string | undefined): unknown {
  switch (op) {
    case undefined:
      return value;
    case 'max':
      return Math.max(...(value as number[]));
    case 'minus1':
      return (value as number) - 1;
    case 'minus2':
      return (value as number) - 2;
    case 'join':
      return (value as unknown[]).join(', ');
    case 'sorted-ids':
      return (value as { id: number }[])
        .map((token) => token.id)
        .sort((a, b) => a - b)
        .join(', ');
    default:
      throw new Error(`unknown operation "${op}"`);
  }
}
