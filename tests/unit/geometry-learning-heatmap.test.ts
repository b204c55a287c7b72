import { describe, expect, it } from 'vitest';
import {
  describeLearningHeatmap,
  firstEpochAt,
  learningHeatmapLayout,
  learningHeatmapTable
} from '$lib/geometry/layout/learning-heatmap.js';
import type { LearningCurve } from '$lib/geometry/layout/memory-experiment.js';
import { accuracyScale } from '$lib/geometry/colour.js';

// A hand-made run: three epochs, two buckets; not any model's results.
const curve: LearningCurve = {
  label: 'Plain RNN',
  cell: 'simple_rnn',
  seed: 4,
  buckets: ['2–4', '33–40'],
  epochs: [1, 2, 3],
  accuracy: [
    [0.1, 0.1],
    [0.95, 0.2],
    [0.97, 0.4]
  ]
};

describe('learningHeatmapLayout(curve, width)', () => {
  const layout = learningHeatmapLayout(curve, 300, 20);

  it('has one square per epoch and bucket, epochs left to right, the longest bucket on top', () => {
    expect(layout.cells).toHaveLength(6);
    const at = (epoch: number, bucket: string) =>
      layout.cells.find((c) => c.epoch === epoch && c.bucket === bucket)!;
    expect(at(1, '2–4').x).toBeLessThan(at(2, '2–4').x);
    expect(at(1, '33–40').y).toBeLessThan(at(1, '2–4').y);
    expect(at(2, '33–40').accuracy).toBe(0.2);
    expect(layout.bottom - layout.top).toBe(40);
    expect(
      layout.cells.every((c) => c.x >= layout.left && c.x + c.width <= layout.right + 0.01)
    ).toBe(true);
  });

  it('labels the first and last epoch and every bucket', () => {
    expect(layout.columns.map((c) => c.epoch)).toEqual([1, 2, 3]);
    expect(layout.rows.map((r) => r.name)).toEqual(['2–4', '33–40']);
  });
});

describe('the text alternatives', () => {
  it('tables every epoch of every run', () => {
    const table = learningHeatmapTable([curve]);
    expect(table.columns).toEqual(['cell', 'seed', 'epoch', 'accuracy 2–4', 'accuracy 33–40']);
    expect(table.rows).toEqual([
      ['Plain RNN', 4, 1, 0.1, 0.1],
      ['Plain RNN', 4, 2, 0.95, 0.2],
      ['Plain RNN', 4, 3, 0.97, 0.4]
    ]);
  });

  it('says when each end of the distance range reaches 90%, or that it never does', () => {
    expect(firstEpochAt(curve, 0, 0.9)).toBe(2);
    expect(firstEpochAt(curve, 1, 0.9)).toBeUndefined();
    expect(describeLearningHeatmap([curve])).toContain(
      'Plain RNN, seed 4: at 2–4 10% after epoch 1 and 97% after epoch 3, reaching 90% in epoch 2; at 33–40 10% after epoch 1 and 40% after epoch 3, never reaching 90%.'
    );
  });
});

describe('accuracyScale', () => {
  it('runs from dark (0) to bright (1)', () => {
    const scale = accuracyScale();
    const brightness = (c: string) =>
      (c.match(/\d+/g) ?? []).slice(0, 3).reduce((s, v) => s + Number(v), 0);
    expect(brightness(scale(0))).toBeLessThan(brightness(scale(0.5)));
    expect(brightness(scale(0.5))).toBeLessThan(brightness(scale(1)));
  });
});
