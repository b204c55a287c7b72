// The training lab's heatmap: validation accuracy per distance bucket (rows, shortest first) after
// every epoch (columns, growing to the right), coloured on the 0–1 scale the gates use.
import { gateScale, textOn } from '../colour.js';

/** The part of a curve point the heatmap reads. */
export interface BucketPoint {
  epoch: number;
  buckets?: { name: string; accuracy: number }[];
}

/** One cell of the grid. */
export interface BucketCell {
  epoch: number;
  bucket: string;
  accuracy: number;
  fill: string;
  text: string;
}

/** The grid: bucket names (rows), epochs done (columns) and one cell per pair. */
export interface BucketGrid {
  buckets: string[];
  epochs: number[];
  /** rows[bucket][epoch column]. */
  rows: BucketCell[][];
}

/** The grid of the points so far, buckets in the order the first point gives. */
export function bucketGrid(points: readonly BucketPoint[]): BucketGrid {
  const colour = gateScale();
  const buckets = (points[0]?.buckets ?? []).map((bucket) => bucket.name);
  const rows = buckets.map((bucket) =>
    points.map((point) => {
      const accuracy = point.buckets?.find((b) => b.name === bucket)?.accuracy ?? NaN;
      const fill = colour(Number.isNaN(accuracy) ? 0 : accuracy);
      return { epoch: point.epoch, bucket, accuracy, fill, text: textOn(fill) };
    })
  );
  return { buckets, epochs: points.map((point) => point.epoch), rows };
}

/** A one-sentence text alternative: each bucket's accuracy after the last epoch. */
export function describeBucketGrid(grid: BucketGrid): string {
  const last = grid.epochs.length - 1;
  if (last < 0) return 'No epoch has finished yet.';
  const parts = grid.rows.map(
    (row, i) => `${grid.buckets[i]} tokens ${Math.round((row[last]?.accuracy ?? 0) * 100)}%`
  );
  return `Validation accuracy by distance after epoch ${grid.epochs[last]}: ${parts.join(', ')}.`;
}
