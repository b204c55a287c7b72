import { describe, expect, it } from 'vitest';
import { timelineFrame } from '$lib/geometry/layout/gate-timeline.js';
import { maskedBands, unitPoints } from '$lib/geometry/layout/timeline-marks.js';
import { hatchPath } from '$lib/geometry/hatch.js';

const values = [
  [0.1, 0.9],
  [0.4, 0.5],
  [0.8, 0.2]
];
const frame = timelineFrame(344, 3, [0, 1], 7);

describe('unitPoints(values, unit, frame, skip)', () => {
  it('puts a point at each step, in the middle of its band at the value', () => {
    expect(unitPoints(values, 1, frame)).toEqual([
      { x: frame.x(0), y: frame.y(0.9) },
      { x: frame.x(1), y: frame.y(0.5) },
      { x: frame.x(2), y: frame.y(0.2) }
    ]);
  });

  it('leaves out skipped steps', () => {
    expect(unitPoints(values, 0, frame, [false, true, false]).map((p) => p.x)).toEqual([
      frame.x(0),
      frame.x(2)
    ]);
  });
});

describe('maskedBands(masked, frame)', () => {
  it('hatches the full band of each masked step only', () => {
    const bands = maskedBands([true, false, true], frame);
    expect(bands).toEqual([
      hatchPath(frame.left, frame.top, frame.band, frame.bottom - frame.top),
      hatchPath(frame.left + 2 * frame.band, frame.top, frame.band, frame.bottom - frame.top)
    ]);
    expect(maskedBands([], frame)).toEqual([]);
  });
});
