import { describe, expect, it } from 'vitest';
import {
  LAB_DEFAULTS,
  labQuery,
  labSettingsFrom,
  parseCells,
  parseDistances
} from '$lib/core/train/lab-settings.js';
import { bucketGrid, describeBucketGrid } from '$lib/geometry/layout/bucket-heatmap.js';
import { trainingCurveLayout } from '$lib/geometry/layout/training-curve.js';

const fromQuery = (query: string) => {
  const params = new URLSearchParams(query);
  return labSettingsFrom((key) => params.get(key));
};

describe('labSettingsFrom(read)', () => {
  it('takes the defaults when the query names nothing', () => {
    expect(fromQuery('')).toEqual({ settings: LAB_DEFAULTS, problems: [] });
  });

  it('reads every key of the query', () => {
    const { settings, problems } = fromQuery(
      'cells=gru,simple_rnn&units=8&epochs=3&samples=512&distances=4-16&curriculum=0&lr=0.003&seed=7'
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      cells: ['gru', 'simple_rnn'],
      units: 8,
      epochs: 3,
      samplesPerEpoch: 512,
      distances: { min: 4, max: 16 },
      curriculum: false,
      learningRate: 0.003,
      seed: 7
    });
  });

  it('keeps the default and gives one line for each bad value', () => {
    const { settings, problems } = fromQuery('cells=lstm,cnn&units=0&distances=30-10&lr=abc');
    expect(settings.cells).toEqual(LAB_DEFAULTS.cells);
    expect(settings.units).toBe(LAB_DEFAULTS.units);
    expect(problems).toHaveLength(4);
    for (const problem of problems) expect(problem).not.toContain('\n');
  });
});

describe('labQuery(settings)', () => {
  it('writes only what differs from the defaults, and reads back the same settings', () => {
    const changed = { ...LAB_DEFAULTS, cells: ['lstm' as const], seed: 3, curriculum: false };
    const query = labQuery(changed);
    expect(Object.entries(query).filter(([, value]) => value !== undefined)).toEqual([
      ['cells', 'lstm'],
      ['curriculum', '0'],
      ['seed', '3']
    ]);
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)
    );
    expect(labSettingsFrom((key) => params.get(key)).settings).toEqual(changed);
  });
});

describe('parsers', () => {
  it('parseCells drops repeats and refuses unknown cells', () => {
    expect(parseCells('lstm, lstm ,gru')).toEqual({ value: ['lstm', 'gru'] });
    expect(parseCells('')).toHaveProperty('error');
  });

  it('parseDistances keeps 2 ≤ A ≤ B ≤ 40', () => {
    expect(parseDistances('2-40')).toEqual({ value: { min: 2, max: 40 } });
    expect(parseDistances('1-8')).toHaveProperty('error');
    expect(parseDistances('9-8')).toHaveProperty('error');
  });
});

describe('the lab figures', () => {
  const points = [
    {
      epoch: 1,
      loss: 2,
      accuracy: 0.1,
      valAccuracy: 0.2,
      buckets: [
        { name: '2–4', accuracy: 0.5 },
        { name: '5–8', accuracy: 0.25 }
      ]
    },
    {
      epoch: 2,
      loss: 1,
      accuracy: 0.6,
      valAccuracy: 0.75,
      buckets: [
        { name: '2–4', accuracy: 1 },
        { name: '5–8', accuracy: 0.5 }
      ]
    }
  ];

  it('bucketGrid(points) puts buckets in rows and epochs in columns', () => {
    const grid = bucketGrid(points);
    expect(grid.buckets).toEqual(['2–4', '5–8']);
    expect(grid.epochs).toEqual([1, 2]);
    expect(grid.rows.map((row) => row.map((cell) => cell.accuracy))).toEqual([
      [0.5, 1],
      [0.25, 0.5]
    ]);
    expect(describeBucketGrid(grid)).toBe(
      'Validation accuracy by distance after epoch 2: 2–4 tokens 100%, 5–8 tokens 50%.'
    );
  });

  it('trainingCurveLayout(points, w, h, epochs) spans every epoch of the run', () => {
    const layout = trainingCurveLayout(points, 320, 140, 4);
    expect(layout.ticks.map((tick) => tick.epoch)).toEqual([1, 2, 3, 4]);
    expect(layout.ticks[0]!.x).toBe(layout.left);
    expect(layout.ticks[3]!.x).toBe(layout.right);
  });
});
