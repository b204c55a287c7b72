// A training-curve chart (a /models card, the training lab): loss and accuracy per epoch as SVG path data.
import { line } from 'd3-shape';

/** One epoch of a training curve. */
export interface TrainingPoint {
  epoch: number;
  loss: number;
  accuracy: number;
  valAccuracy: number;
}

/** The chart in SVG units: frame, the three lines, and the epoch ticks. */
export interface TrainingCurveLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Training loss, scaled to the largest loss in the curve. */
  loss: string;
  /** Training accuracy, 0–1. */
  accuracy: string;
  /** Validation accuracy, 0–1. */
  valAccuracy: string;
  ticks: { epoch: number; x: number }[];
}

/**
 * Lays out `curve` in a width × height box; accuracies on a 0–1 scale, loss on 0–max loss. The
 * epoch axis spans the curve, or 1–`epochs` when given (a curve still growing fills it from the left).
 */
export function trainingCurveLayout(
  curve: readonly TrainingPoint[],
  width = 320,
  height = 140,
  epochs?: number
): TrainingCurveLayout {
  const left = 34;
  const right = width - 8;
  const top = 8;
  // Two rows under the axis: the epoch numbers, then the axis title.
  const bottom = height - 30;
  const last = Math.max(1, epochs ?? 1, ...curve.map((p) => p.epoch));
  const first = epochs === undefined ? Math.min(last, ...curve.map((p) => p.epoch)) : 1;
  const maxLoss = Math.max(1e-9, ...curve.map((p) => p.loss));
  const x = (epoch: number) =>
    last === first
      ? (left + right) / 2
      : left + ((epoch - first) / (last - first)) * (right - left);
  const y = (fraction: number) => bottom - fraction * (bottom - top);
  const path = (value: (p: TrainingPoint) => number) =>
    line<TrainingPoint>(
      (p) => x(p.epoch),
      (p) => y(value(p))
    )(curve as TrainingPoint[]) ?? '';
  const every = Math.max(1, Math.ceil((last - first + 1) / 6));
  const marked =
    epochs === undefined
      ? curve.map((p) => p.epoch)
      : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const ticks = marked
    .filter((epoch) => (epoch - first) % every === 0 || epoch === last)
    .map((epoch) => ({ epoch, x: x(epoch) }));
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    loss: path((p) => p.loss / maxLoss),
    accuracy: path((p) => p.accuracy),
    valAccuracy: path((p) => p.valAccuracy),
    ticks
  };
}

/** A one-sentence text alternative of a training curve, with the real first and last numbers. */
export function describeTrainingCurve(curve: readonly TrainingPoint[]): string {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (!first || !last) return 'No training curve: this model was not trained.';
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return `Over ${curve.length} epochs the training loss went from ${first.loss.toFixed(3)} to ${last.loss.toFixed(3)}, training accuracy from ${pct(first.accuracy)} to ${pct(last.accuracy)} and validation accuracy from ${pct(first.valAccuracy)} to ${pct(last.valAccuracy)}.`;
}
