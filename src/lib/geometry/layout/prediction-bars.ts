// What PredictionBars draws: class probabilities as sorted rows, or a single sigmoid score between two labels.
import type { TableData } from '../table-data.js';

/** Row order: most probable first, or the model's label order. */
export type PredictionOrder = 'probability' | 'label';

/** One class of the output. */
export interface PredictionRow {
  /** Index of the class in the output. */
  index: number;
  /** Its name. */
  label: string;
  /** Its probability (or score). */
  value: number;
  /** True for the most probable class (the first of equals). */
  top: boolean;
}

/** A probability as a percentage with one decimal: percent(0.1234) → '12.3%'. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Names for `count` classes: the given labels, else "class i" for any missing. */
export function classLabels(count: number, labels: readonly string[] = []): string[] {
  return Array.from({ length: count }, (_, i) => labels[i] ?? `class ${i}`);
}

/** Index of the largest value (the first of equals), or -1 for none. */
export function topIndex(output: readonly number[]): number {
  return output.reduce((best, value, i) => (best === -1 || value > output[best]! ? i : best), -1);
}

/** The rows to draw, most probable first or in label order. */
export function predictionRows(
  output: readonly number[],
  labels: readonly string[] = [],
  order: PredictionOrder = 'probability'
): PredictionRow[] {
  const names = classLabels(output.length, labels);
  const top = topIndex(output);
  const rows = output.map((value, index) => ({
    index,
    label: names[index]!,
    value,
    top: index === top
  }));
  return order === 'probability'
    ? rows.sort((a, b) => b.value - a.value || a.index - b.index)
    : rows;
}

/** A single sigmoid score read against its two labels: which side of 0.5 it falls and by how much. */
export interface SigmoidReading {
  score: number;
  /** Label of score 0. */
  negative: string;
  /** Label of score 1. */
  positive: string;
  /** The label the score points to (positive at 0.5 or above). */
  predicted: string;
  /** Distance from the 0.5 threshold, 0 to 0.5. */
  margin: number;
}

/** Reads a sigmoid score: positive at 0.5 or above, as Keras's binary accuracy counts it. */
export function sigmoidReading(score: number, labels: readonly string[] = []): SigmoidReading {
  const [negative, positive] = classLabels(2, labels) as [string, string];
  return {
    score,
    negative,
    positive,
    predicted: score >= 0.5 ? positive : negative,
    margin: Math.abs(score - 0.5)
  };
}

/** A bar chart in SVG units: labels end at `labelWidth`, bars run from `barLeft` (0) to `barRight` (1). */
export interface PredictionLayout {
  width: number;
  height: number;
  labelWidth: number;
  barLeft: number;
  barRight: number;
  /** Each row with its top `y` and its bar's `length`. */
  bars: (PredictionRow & { y: number; length: number })[];
}

/** Rows of a bar chart in SVG units: label column, bar from `barLeft` to `barRight` for values in [0, 1]. */
export function predictionLayout(
  rows: readonly PredictionRow[],
  width: number,
  rowHeight = 24
): PredictionLayout {
  const longest = rows.reduce((most, row) => Math.max(most, row.label.length), 0);
  const labelWidth = Math.min(140, Math.max(40, longest * 7.2 + 22));
  const barLeft = labelWidth + 6;
  const barRight = width - 64;
  const span = Math.max(0, barRight - barLeft);
  return {
    width,
    height: rows.length * rowHeight + 4,
    labelWidth,
    barLeft,
    barRight,
    bars: rows.map((row, i) => ({
      ...row,
      y: 2 + i * rowHeight,
      length: Math.min(1, Math.max(0, row.value)) * span
    }))
  };
}

/** A score track in SVG units: 0 at `left`, 1 at `right`, the track's centre line at `track`. */
export interface ScoreLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  track: number;
  /** The x of a score, clamped to the track. */
  x: (score: number) => number;
}

/** A score track in SVG units: 0 at `left`, 1 at `right`, with rows for the labels above and the score below. */
export function scoreLayout(width: number): ScoreLayout {
  const left = 16;
  const right = Math.max(left + 1, width - 16);
  return {
    width,
    height: 84,
    left,
    right,
    track: 40,
    x: (score) => left + Math.min(1, Math.max(0, score)) * (right - left)
  };
}

/** How the score's label lines up under its marker: a score near either end would spill past the track if centred. */
export function scoreAnchor(score: number): 'start' | 'middle' | 'end' {
  return score < 0.15 ? 'start' : score > 0.85 ? 'end' : 'middle';
}

/** The text alternative: the top class and its probability, the runners-up, or the sigmoid score and its side. */
export function describePrediction(
  output: readonly number[],
  labels: readonly string[] = []
): string {
  if (output.length === 0) return 'The model gave no output.';
  if (output.length === 1) {
    const reading = sigmoidReading(output[0]!, labels);
    return `The model's score is ${reading.score.toFixed(3)} on a scale from 0 (${reading.negative}) to 1 (${reading.positive}): ${reading.score >= 0.5 ? 'at or above' : 'below'} the 0.5 threshold, so it predicts ${reading.predicted}.`;
  }
  const rows = predictionRows(output, labels);
  const [first, ...rest] = rows;
  const sentences = [
    `The model's prediction over ${output.length} classes: ${first!.label} is most probable at ${percent(first!.value)}.`
  ];
  if (rest.length > 0)
    sentences.push(
      `Next: ${rest
        .slice(0, 3)
        .map((row) => `${row.label} ${percent(row.value)}`)
        .join(', ')}.`
    );
  return sentences.join(' ');
}

/** The numbers behind the chart: one row per class, in label order. */
export function predictionTable(
  output: readonly number[],
  labels: readonly string[] = []
): TableData {
  const names = classLabels(output.length, labels);
  return {
    columns: ['class', 'label', 'output'],
    rows: output.map((value, i) => [i, names[i]!, value])
  };
}
