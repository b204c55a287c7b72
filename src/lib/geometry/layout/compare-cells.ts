// What CompareCells draws: several models on the same tokens, one block each (hidden state over time, influence of
// every token, the prediction), all on one step axis so a column is the same token in every block.
import type { Trace, TraceLayer, TraceToken } from '../../core/trace/types.js';
import { maxAbsOf, signedScale } from '../colour.js';
import { cellName } from '../layer-choice.js';
import type { TableData } from '../table-data.js';
import { displayText } from '../token-strip.js';
import { longestLabel, shortLabel, thinnedTicks } from '../token-ticks.js';
import {
  colourLookup,
  formatValue,
  stripPixels,
  type ColourLookup,
  type Pixels
} from '../unit-strip.js';
import { influenceShares, topTokens } from './influence-bar.js';
import { classLabels, percent, sigmoidReading, topIndex } from './prediction-bars.js';

/** One model to compare: what to call it and its trace. */
export interface ComparedModel {
  /** Name shown for the model, e.g. 'memory-lstm'. */
  label: string;
  /** The model's trace; every compared trace must read the same tokens. */
  trace: Trace;
}

/** Why the models cannot be drawn side by side, or undefined when they can. Tokens are compared by text only, since
 * models with different vocabularies give the same word different ids. */
export function compareProblem(models: readonly ComparedModel[]): string | undefined {
  const [first, ...rest] = models;
  if (!first) return 'No models to compare.';
  const empty = models.find((model) => model.trace.layers.length === 0);
  if (empty) return `"${empty.label}" has no recurrent layer to show.`;
  const reference = first.trace.tokens;
  for (const other of rest) {
    const tokens = other.trace.tokens;
    if (tokens.length !== reference.length) {
      return `The models did not read the same sentence: "${first.label}" has ${reference.length} tokens, "${other.label}" has ${tokens.length}.`;
    }
    const at = tokens.findIndex((token, i) => token.text !== reference[i]!.text);
    if (at >= 0) {
      return `The models did not read the same sentence: token ${at + 1} is "${displayText(reference[at]!.text)}" for "${first.label}" but "${displayText(tokens[at]!.text)}" for "${other.label}".`;
    }
  }
  return undefined;
}

/** The layer a block shows: the top recurrent layer (the one feeding the prediction), its forward half. */
export function shownLayer(trace: Trace): TraceLayer | undefined {
  for (let i = trace.layers.length - 1; i >= 0; i--) {
    if (trace.layers[i]!.direction === 'forward') return trace.layers[i];
  }
  return trace.layers[0];
}

/** RGB pixels of a layer's h as an image `steps` wide and `units` tall: one column per token, unit 1 at the top. */
export function statePixels(layer: TraceLayer, steps: number, lookup: ColourLookup): Uint8Array {
  const pixels = new Uint8Array(steps * layer.units * 3);
  for (let t = 0; t < steps; t++) {
    const column = stripPixels(layer.steps[t]?.h ?? new Array<number>(layer.units).fill(0), lookup);
    for (let u = 0; u < layer.units; u++) {
      const to = (u * steps + t) * 3;
      pixels[to] = column[u * 3]!;
      pixels[to + 1] = column[u * 3 + 1]!;
      pixels[to + 2] = column[u * 3 + 2]!;
    }
  }
  return pixels;
}

/** The hidden-state images of every model on one shared colour scale, so the blocks can be compared by colour. */
export function compareImages(models: readonly ComparedModel[]): {
  /** Largest |h| over every model: the scale runs from −hMax to hMax. */
  hMax: number;
  /** One picture per model (steps wide, units tall). */
  images: Pixels[];
} {
  const layers = models.map((model) => shownLayer(model.trace));
  const hMax = maxAbsOf(layers.flatMap((layer) => layer?.steps.map((step) => step.h) ?? []));
  const lookup = colourLookup(signedScale(hMax), hMax);
  const images = models.map((model, i) => {
    const layer = layers[i];
    const steps = Math.max(1, model.trace.tokens.length);
    if (!layer || layer.units === 0) return { width: 1, height: 1, rgb: new Uint8Array(3) };
    return { width: steps, height: layer.units, rgb: statePixels(layer, steps, lookup) };
  });
  return { hMax, images };
}

/** The prediction as a short readout: the top class and its probability, or a sigmoid score and the side it falls on. */
export function predictionReadout(
  output: readonly number[],
  labels: readonly string[] = []
): string {
  if (output.length === 0) return 'no output';
  if (output.length === 1) {
    const reading = sigmoidReading(output[0]!, labels);
    return `${reading.predicted} (score ${reading.score.toFixed(3)})`;
  }
  const top = topIndex(output);
  return `${classLabels(output.length, labels)[top]} ${percent(output[top]!)}`;
}

/** One token's influence bar inside a block. */
export interface CompareBar {
  step: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Influence as a share of this model's largest, 0 to 1. */
  share: number;
}

/** One model's block. */
export interface CompareRow {
  /** The model's label. */
  label: string;
  /** Cell kind and size, e.g. 'LSTM · 8 units'. */
  subtitle: string;
  /** The prediction readout, e.g. 'Gaelic 21.7%'. */
  readout: string;
  /** Baseline of the block's title line. */
  titleY: number;
  /** Top and height of the hidden-state image. */
  hBand: { y: number; height: number };
  /** Top of the influence plot (share 1). */
  influenceTop: number;
  /** Bottom of the influence plot (share 0). */
  influenceBottom: number;
  /** One bar per token. */
  bars: CompareBar[];
  /** True when every influence of this model is 0 (its gradient vanished). */
  silent: boolean;
}

/** Everything CompareCells draws, in SVG units. */
export interface CompareLayout {
  width: number;
  height: number;
  /** Left edge of the step axis (room for the band names before it). */
  left: number;
  /** Right edge of the step axis. */
  right: number;
  /** Width of one token's column. */
  band: number;
  /** x of the band names ('h', 'influence'), right-aligned. */
  nameX: number;
  /** One block per model, top to bottom. */
  rows: CompareRow[];
  /** Top of the token labels under the last block. */
  axisY: number;
  /** Tokens that get a label (thinned when the columns are narrow). */
  ticks: { step: number; x: number; label: string }[];
  /** How the hidden-state images are scaled: crisp blocks when every cell gets a pixel, smoothed when squeezed. */
  rendering: 'pixelated' | 'auto';
}

const LEFT = 64;
const RIGHT = 8;
const TITLE = 14;
const H_BAND = 32;
// Room above the influence bars for the current bar's value.
const HEADROOM = 18;
const INFLUENCE = 30;
const GAP = 18;

/** Lays out one block per model along a shared step axis `width` SVG units wide. */
export function compareLayout(
  models: readonly ComparedModel[],
  labels: readonly string[],
  width: number
): CompareLayout {
  const tokens = models[0]?.trace.tokens ?? [];
  const steps = Math.max(1, tokens.length);
  const right = width - RIGHT;
  const band = (right - LEFT) / steps;
  const barWidth = Math.max(1, band * 0.75);
  let y = 0;
  const rows = models.map((model): CompareRow => {
    const layer = shownLayer(model.trace);
    const shares = influenceShares(model.trace.influence);
    const titleY = y + TITLE;
    const hBand = { y: titleY + 8, height: H_BAND };
    const influenceTop = hBand.y + H_BAND + HEADROOM;
    const influenceBottom = influenceTop + INFLUENCE;
    y = influenceBottom + GAP;
    return {
      label: model.label,
      subtitle: layer
        ? `${cellName(layer.cell)} · ${layer.units} unit${layer.units === 1 ? '' : 's'}`
        : '',
      readout: predictionReadout(model.trace.output, labels),
      titleY,
      hBand,
      influenceTop,
      influenceBottom,
      bars: tokens.map((_, step) => {
        const share = shares[step] ?? 0;
        return {
          step,
          x: LEFT + step * band + (band - barWidth) / 2,
          y: influenceBottom - share * INFLUENCE,
          width: barWidth,
          height: share * INFLUENCE,
          share
        };
      }),
      silent: shares.every((share) => share === 0)
    };
  });
  const labelsShown = tokens.map((token) => shortLabel(token.text, 10));
  const axisY = y - GAP + 8;
  const maxUnits = Math.max(1, ...models.map((model) => shownLayer(model.trace)?.units ?? 1));
  return {
    width,
    height: axisY + 6 + Math.ceil(longestLabel(labelsShown) * 4.8),
    left: LEFT,
    right,
    band,
    nameX: LEFT - 6,
    rows,
    axisY,
    ticks: thinnedTicks(tokens.length, band, 15).map((step) => ({
      step,
      x: LEFT + (step + 0.5) * band,
      label: labelsShown[step]!
    })),
    rendering: steps <= right - LEFT && maxUnits <= H_BAND ? 'pixelated' : 'auto'
  };
}

/** Where the cursor sits at a step: its column, its token's axis label, and the part of the step axis not read yet
 * (drawn faded). */
export function compareCursor(
  layout: CompareLayout,
  tokens: readonly TraceToken[],
  step: number
): { x: number; width: number; label: string; pendingX: number; pendingWidth: number } {
  const x = layout.left + step * layout.band;
  const pendingX = x + layout.band;
  return {
    x,
    width: layout.band,
    label: shortLabel(tokens[step]?.text ?? '', 10),
    pendingX,
    pendingWidth: Math.max(0, layout.right - pendingX)
  };
}

function extent(values: readonly number[]): string {
  if (values.length === 0) return 'no units';
  return `from ${formatValue(Math.min(...values))} to ${formatValue(Math.max(...values))}`;
}

/** The text alternative: each model's prediction and the token it depends on most, then every model at the step. */
export function describeCompareCells(
  models: readonly ComparedModel[],
  labels: readonly string[],
  step: number
): string {
  const tokens = models[0]?.trace.tokens ?? [];
  if (models.length === 0) return 'No models to compare.';
  if (tokens.length === 0) return 'No tokens.';
  const sentences = [
    `${models.length === 1 ? '1 recurrent model reads' : `${models.length} recurrent models read the same`} ${tokens.length} token${tokens.length === 1 ? '' : 's'}; each block shows the model's hidden state h at every step and how much each token mattered to its prediction (influence, as a share of that model's largest).`
  ];
  for (const model of models) {
    const layer = shownLayer(model.trace);
    const kind = layer ? `${cellName(layer.cell)}, ${layer.units} units` : 'no layer';
    const [top] = topTokens(model.trace.influence, tokens, 1);
    const depends =
      top && top.raw > 0
        ? `its answer depends most on "${top.text}" (step ${top.step + 1})`
        : "every token's influence on its answer is 0";
    sentences.push(
      `${model.label} (${kind}) predicts ${predictionReadout(model.trace.output, labels)}; ${depends}.`
    );
  }
  const token = tokens[step];
  if (token) {
    const readings = models.map((model) => {
      const share = influenceShares(model.trace.influence)[step] ?? 0;
      const h = shownLayer(model.trace)?.steps[step]?.h ?? [];
      return `${model.label} influence ${share.toFixed(2)}, h ${extent(h)}`;
    });
    sentences.push(
      `At step ${step + 1} of ${tokens.length}, "${displayText(token.text)}": ${readings.join('; ')}.`
    );
  }
  return sentences.join(' ');
}

/** The numbers behind the figure: one row per token with every model's raw influence. */
export function compareTable(models: readonly ComparedModel[]): TableData {
  const tokens: readonly TraceToken[] = models[0]?.trace.tokens ?? [];
  return {
    columns: ['step', 'token', ...models.map((model) => `${model.label} influence`)],
    rows: tokens.map((token, t) => [
      t + 1,
      displayText(token.text),
      ...models.map((model) => model.trace.influence[t] ?? null)
    ])
  };
}

/** What the figure's JSON export holds: the tokens once, then each model's layers, output and influence. */
export function compareJson(models: readonly ComparedModel[]) {
  return {
    tokens: models[0]?.trace.tokens ?? [],
    models: models.map(({ label, trace }) => ({
      label,
      layers: trace.layers,
      output: trace.output,
      influence: trace.influence
    }))
  };
}
