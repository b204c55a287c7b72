import { afterEach, describe, expect, it } from 'vitest';
import type { LabSettings } from '$lib/core/train/lab-settings.js';
import { runCandidate } from '$lib/tf/train/candidate.js';
import { handMadeSpec } from '$lib/tf/train/hand-made.js';
import { LabTrainer } from '$lib/tf/train/lab-trainer.js';

// Seconds of training: two tiny cells.
const settings: LabSettings = {
  cells: ['simple_rnn', 'lstm'],
  units: 4,
  epochs: 2,
  samplesPerEpoch: 128,
  distances: { min: 2, max: 8 },
  curriculum: false,
  learningRate: 0.01,
  seed: 5
};

let trainer: LabTrainer | undefined;
afterEach(() => trainer?.dispose());

describe('LabTrainer', () => {
  it('trains the cells in turn, epoch by epoch, with a checked trace each time, as runCandidate does', async () => {
    trainer = await LabTrainer.start(settings);
    const order: string[] = [];
    const traces: number[] = [];
    const points: Record<string, unknown[]> = { simple_rnn: [], lstm: [] };
    const outcome = await trainer.train(
      {
        onStart: (cell, trace) => {
          order.push(`${cell} 0`);
          traces.push(trace.check.maxAbsDiff);
        },
        onBatch: () => {},
        onEpoch: (cell, point, trace, ms) => {
          order.push(`${cell} ${point.epoch}`);
          traces.push(trace.check.maxAbsDiff);
          points[cell]!.push(point);
          expect(ms).toBeGreaterThan(0);
          expect(trace.tokens.map((token) => token.text).at(-1)).toBe('speak');
        }
      },
      async () => true
    );
    expect(outcome).toBe('finished');
    expect(order).toEqual([
      'simple_rnn 0',
      'lstm 0',
      'simple_rnn 1',
      'lstm 1',
      'simple_rnn 2',
      'lstm 2'
    ]);
    for (const difference of traces) expect(difference).toBeLessThan(1e-5);
    // The same numbers as the CLI's path through runCandidate, cell by cell.
    for (const cell of settings.cells) {
      const alone = await runCandidate(handMadeSpec({ task: 'memory', cell, ...settings }).spec);
      expect(points[cell]).toEqual(alone.curve);
    }
    const folder = await trainer.folder('lstm', 'cpu');
    expect(folder.map((file) => file.name)).toEqual([
      'model.json',
      'model.weights.bin',
      'tokenizer.json',
      'meta.json'
    ]);
    const meta = JSON.parse(new TextDecoder().decode(folder[3]!.data)) as {
      training: { curve: unknown[]; backend: string };
    };
    expect(meta.training.curve).toEqual(points.lstm);
    expect(meta.training.backend).toBe('cpu');
  }, 120_000);

  it('stops between batches when the gate says so, and the folder says where in meta.json', async () => {
    trainer = await LabTrainer.start({ ...settings, cells: ['gru'] });
    const curve: unknown[] = [];
    let later = 0;
    const outcome = await trainer.train(
      {
        onStart: () => {},
        onBatch: () => void (curve.length > 0 && later++),
        onEpoch: (_cell, point) => void curve.push(point)
      },
      // One batch into the second epoch.
      async () => later < 1
    );
    expect(outcome).toBe('stopped');
    expect(curve).toHaveLength(1);
    expect((await trainer.modelFiles('gru')).map((file) => file.name)).toEqual([
      'model.json',
      'model.weights.bin',
      'tokenizer.json'
    ]);
    const folder = await trainer.folder('gru', 'cpu');
    expect(folder.map((file) => file.name)).toContain('meta.json');
    const meta = JSON.parse(new TextDecoder().decode(folder.at(-1)!.data)) as {
      training: {
        curve: unknown[];
        updates: number;
        stopped?: { epoch: number; of: number; updates: number; note: string };
      };
      evaluation: { accuracy: number };
    };
    expect(meta.training.curve).toEqual(curve);
    // 128 sentences in batches of 64: two updates in epoch 1, one more before the stop.
    expect(meta.training.stopped).toMatchObject({ epoch: 1, of: 2, updates: 3 });
    expect(meta.training.updates).toBe(3);
    expect(meta.training.stopped!.note).toMatch(/after epoch 1 of 2/);
    expect(meta.evaluation.accuracy).toBeGreaterThanOrEqual(0);
  }, 60_000);
});
