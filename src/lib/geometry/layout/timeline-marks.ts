// The marks GateTimeline draws besides its lines: a point per step of a unit, and the hatched bands of masked steps.
import { hatchPath } from '../hatch.js';
import type { TimelineFrame } from './gate-timeline.js';

/** Where one unit's point markers go: one per step, none at steps where `skip` is true. */
export function unitPoints(
  values: readonly (readonly number[])[],
  unit: number,
  frame: TimelineFrame,
  skip: readonly boolean[] = []
): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  values.forEach((row, t) => {
    if (!skip[t]) points.push({ x: frame.x(t), y: frame.y(row[unit] ?? 0) });
  });
  return points;
}

/** Hatch path data over the whole height of each masked step's band, in step order. */
export function maskedBands(masked: readonly boolean[], frame: TimelineFrame): string[] {
  const bands: string[] = [];
  masked.forEach((on, t) => {
    if (on)
      bands.push(
        hatchPath(frame.x(t) - frame.band / 2, frame.top, frame.band, frame.bottom - frame.top)
      );
  });
  return bands;
}
