import { describe, expect, it } from 'vitest';
import {
  bucketNames,
  chanceLevel,
  describeForgettingCurve,
  forgettingLayout,
  forgettingTable,
  seriesFromMeta,
  type ForgettingSeries
} from '$lib/geometry/layout/forgetting-curve.js';
import { seriesStyle } from '$lib/geometry/series-style.js';

// Hand-made series for the geometry; not any model's results.
const series: ForgettingSeries[] = [
  {
    label: 'rnn',
    cell: 'simple_rnn',
    buckets: [
      { name: '2–4', accuracy: 0.9, n: 10 },
      { name: '5–8', accuracy: 0.5, n: 12 },
      { name: '9–16', accuracy: 0.1, n: 8 }
    ]
  },
  {
    label: 'lstm',
    cell: 'lstm',
    buckets: [
      { name: '2–4', accuracy: 1, n: 10 },
      { name: '9–16', accuracy: 0.75, n: 8 }
    ]
  }
];

describe('chanceLevel(labels)', () => {
  it('is one over the number of labels', () => {
    expect(chanceLevel(12)).toBeCloseTo(0.0833, 4);
    expect(chanceLevel(0)).toBe(0);
  });
});

describe('seriesFromMeta(meta)', () => {
  it("takes the title, cell and evaluation buckets of a model's meta.json", () => {
    const buckets = [{ name: '2–4', accuracy: 0.5, n: 3 }];
    expect(
      seriesFromMeta({ title: 'LSTM', cell: 'lstm', labels: ['a'], evaluation: { buckets } })
    ).toEqual({ label: 'LSTM', cell: 'lstm', buckets });
  });
});

describe('bucketNames(series)', () => {
  it('collects every bucket in first-seen order', () => {
    expect(bucketNames(series)).toEqual(['2–4', '5–8', '9–16']);
  });
});

describe('forgettingLayout(series, width, chance)', () => {
  const layout = forgettingLayout(series, 400, 0.25, 200);

  it('puts 0% at the bottom and 100% at the top', () => {
    expect(layout.yTicks[0]).toEqual({ value: 0, y: layout.bottom });
    expect(layout.yTicks[4]).toEqual({ value: 1, y: layout.top });
    expect(layout.chanceY).toBe(layout.bottom - 50);
  });

  it('places a bucket at the same x in every series, even when one skips a bucket', () => {
    const [rnn, lstm] = layout.lines;
    expect(lstm!.points[1]!.x).toBe(rnn!.points[2]!.x);
    expect(rnn!.points[0]!.x).toBeLessThan(rnn!.points[1]!.x);
  });

  it('gives each line its series style and a path through its points', () => {
    expect(layout.lines[1]!.style).toEqual(seriesStyle(1));
    expect(layout.lines[0]!.path.match(/[ML]/g)).toHaveLength(3);
  });

  it('draws no chance line without a chance level', () => {
    expect(forgettingLayout(series, 400).chanceY).toBeUndefined();
  });
});

describe('describeForgettingCurve(series, chance)', () => {
  it('gives chance and each model from shortest to longest distance, and where it nears chance', () => {
    const text = describeForgettingCurve(series, 0.1);
    expect(text).toContain('Chance level is 10.0%.');
    expect(text).toContain('rnn: 90% at 2–4, 10% at 9–16; within 5 points of chance from 9–16.');
    expect(text).toContain('lstm: 100% at 2–4, 75% at 9–16.');
  });
});

describe('forgettingTable(series)', () => {
  it('has a row per bucket with accuracy and n per model, empty where a model lacks the bucket', () => {
    const table = forgettingTable(series);
    expect(table.columns).toEqual(['distance', 'rnn accuracy', 'rnn n', 'lstm accuracy', 'lstm n']);
    expect(table.rows[1]).toEqual(['5–8', 0.5, 12, null, null]);
  });
});

describe('bands across runs', () => {
  // Hand-made medians with the lowest and highest run per bucket.
  const banded: ForgettingSeries[] = [
    {
      label: 'rnn',
      cell: 'simple_rnn',
      buckets: [
        { name: '2–4', accuracy: 0.8, min: 0.7, max: 0.9, n: 10 },
        { name: '33–40', accuracy: 0.5, min: 0.25, max: 0.75, n: 10 }
      ]
    }
  ];

  it('draws a closed band from the lowest to the highest run, and none without ranges', () => {
    const layout = forgettingLayout(banded, 400, undefined, 200);
    const band = layout.lines[0]!.band;
    expect(band.endsWith('Z')).toBe(true);
    // 0.75 is 50 px below the top of a 200 px plot, 0.25 is 150 px below.
    expect(band).toContain(`,${layout.top + 50}`);
    expect(band).toContain(`,${layout.top + 150}`);
    expect(forgettingLayout(series, 400).lines[0]!.band).toBe('');
  });

  it('describes medians with their ranges, and tables min and max', () => {
    expect(describeForgettingCurve(banded)).toContain(
      'rnn: median 80% (70%–90% across runs) at 2–4, 50% (25%–75% across runs) at 33–40.'
    );
    const table = forgettingTable(banded);
    expect(table.columns).toEqual(['distance', 'rnn median', 'rnn min', 'rnn max', 'rnn n']);
    expect(table.rows[1]).toEqual(['33–40', 0.5, 0.25, 0.75, 10]);
  });
});
