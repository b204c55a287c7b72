import { describe, expect, it } from 'vitest';
import { bandOf, heldOutBands, medianRun } from '$lib/core/experiment/summary.js';
import type { ExperimentRun, Regime } from '$lib/core/experiment/types.js';
import { useBackend } from '$lib/tf/cli/backend.js';
import { TINY_BUDGET } from '$lib/tf/train/budget.js';
import { runMemoryExperiment } from '../../scripts/experiment/run-memory.js';

/** A run whose held-out accuracy is `long` at 33–40 and `short` at 2–4. */
function run(seed: number, short: number, long: number): ExperimentRun {
  return {
    cell: 'simple_rnn',
    regime: 'standard',
    seed,
    learningRate: 0.01,
    curve: [],
    heldOut: {
      accuracy: (short + long) / 2,
      buckets: [
        { name: '2–4', accuracy: short, n: 10 },
        { name: '33–40', accuracy: long, n: 10 }
      ]
    },
    courseProbability: 0.5
  };
}

describe('memory experiment summaries', () => {
  it('medianRun(runs) picks the run with the median 33–40 accuracy, ties to the smaller seed', () => {
    const runs = [
      run(1, 0.9, 0.7),
      run(2, 0.8, 0.4),
      run(3, 0.8, 0.6),
      run(4, 1, 0.5),
      run(5, 1, 0.9)
    ];
    expect(medianRun(runs).seed).toBe(3);
    expect(medianRun([run(1, 1, 0.5), run(2, 1, 0.5), run(3, 1, 0.5)]).seed).toBe(2);
    expect(medianRun([run(7, 1, 0.2), run(8, 1, 0.8)]).seed).toBe(7);
  });

  it('bandOf(values) gives median, min and max; heldOutBands(runs) one band per bucket', () => {
    expect(bandOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(bandOf([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
    const bands = heldOutBands([run(1, 0.9, 0.7), run(2, 0.8, 0.4), run(3, 0.7, 0.6)]);
    expect(bands).toEqual([
      { name: '2–4', median: 0.8, min: 0.7, max: 0.9 },
      { name: '33–40', median: 0.6, min: 0.4, max: 0.7 }
    ]);
  });
});

describe('runMemoryExperiment', () => {
  const tiny = {
    workers: 0,
    seeds: [1, 2],
    heldOutSamples: 30,
    budgetOf: (regime: Regime) => ({
      ...TINY_BUDGET,
      name: regime,
      memory: {
        ...TINY_BUDGET.memory,
        samplesPerEpoch: 64,
        validationSamples: 32,
        epochs: 2,
        curriculumEpochs: regime === 'curriculum' ? 1 : 0
      }
    })
  };

  it('runMemoryExperiment(options) twice gives the same file, with every cell, regime and seed', async () => {
    await useBackend('wasm');
    const a = await runMemoryExperiment(tiny);
    const b = await runMemoryExperiment(tiny);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.runs).toHaveLength(3 * 2 * 2);
    expect(a.sweep).toHaveLength(3 * 2 * 3);
    expect(a.choices).toHaveLength(6);
    for (const r of a.runs) {
      const choice = a.choices.find((c) => c.cell === r.cell && c.regime === r.regime)!;
      expect(r.learningRate).toBe(choice.learningRate);
      expect(r.curve.map((p) => p.epoch)).toEqual([1, 2]);
      expect(r.heldOut.buckets.reduce((n, bucket) => n + bucket.n, 0)).toBe(30);
    }
    // The curriculum's first epoch trains on distances up to 8 only.
    expect(a.protocol.regimes.find((r) => r.name === 'curriculum')!.distances).toMatch(
      /8 in epoch 1/
    );
    expect(a.protocol.heldOut.samples).toBe(30);
  }, 240_000);
});
