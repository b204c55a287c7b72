import { describe, expect, it } from 'vitest';
import {
  decades,
  describeGradientFlow,
  gradientFlowLayout,
  gradientFlowTable
} from '$lib/geometry/layout/gradient-flow.js';
import { formatNorm } from '$lib/geometry/format-norm.js';
import { stepsBack } from '$lib/core/gradients/norms.js';

const series = [
  { label: 'A', values: [2, 0.2, 0.002] },
  { label: 'B', values: [1, 0, 0.5] }
];

describe('gradient-flow geometry', () => {
  it('decades(series) spans whole powers of ten around the positive values', () => {
    expect(decades(series)).toEqual([1e-3, 10]);
    expect(decades([{ label: 'zero', values: [0, 0] }])).toEqual([1e-3, 1]);
  });

  it('gradientFlowLayout puts the answer (0 steps back) on the right and leaves zeros out of the line', () => {
    const layout = gradientFlowLayout(series, 400);
    const [a, b] = layout.lines;
    expect(a!.points.map((p) => p.back)).toEqual([0, 1, 2]);
    expect(a!.points[0]!.x).toBeGreaterThan(a!.points[2]!.x);
    // Log scale: equal ratios are equal heights.
    expect(a!.points[1]!.y - a!.points[0]!.y).toBeCloseTo(
      (a!.points[2]!.y - a!.points[1]!.y) / 2,
      1
    );
    expect(b!.points.map((p) => p.back)).toEqual([0, 2]);
    expect(b!.path.match(/M/g)).toHaveLength(2);
  });

  it('describes each line by its two ends and the factor between them', () => {
    expect(describeGradientFlow(series, '‖∂y/∂x_t‖')).toContain(
      'A: 2 at the last token, 0.002 2 steps back: 1000 times smaller.'
    );
    expect(formatNorm(9.001e-6)).toBe('9.0e-6');
  });

  it('tabulates by steps back with the token each row belongs to', () => {
    expect(gradientFlowTable(series, ['x', 'y', 'z']).rows[0]).toEqual([0, 'z', 2, 1]);
  });

  it('stepsBack(steps, quantity) reads a trace layer from the last token back', () => {
    expect(
      stepsBack(
        [
          { dx: 1, dh: 2 },
          { dx: 3, dh: 4 }
        ],
        'dh'
      )
    ).toEqual([4, 2]);
    expect(stepsBack([{ dx: 1, dh: 2 }], 'dc')).toEqual([0]);
  });
});
