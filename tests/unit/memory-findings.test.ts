import { describe, expect, it } from 'vitest';
import type { ExperimentRun, MemoryExperiment, Regime } from '$lib/core/experiment/types.js';
import type { CellKind } from '$lib/core/trace/types.js';
import { bandText, memoryFindings } from '$site/memory-findings.js';
import { experimentProblem, memoryFigures } from '$site/memory-experiment.js';

// Hand-made experiments: each run has a short (2–4) and a long (33–40) accuracy, nothing measured.
const BUCKETS = ['2–4', '33–40'];

function run(
  cell: CellKind,
  regime: Regime,
  seed: number,
  short: number,
  long: number
): ExperimentRun {
  const buckets = [short, long].map((accuracy, i) => ({ name: BUCKETS[i]!, accuracy }));
  return {
    cell,
    regime,
    seed,
    learningRate: 0.01,
    curve: [1, 2].map((epoch) => ({
      epoch,
      loss: 1 / epoch,
      valAccuracy: 0.5,
      buckets: buckets.map((b) => ({ ...b, accuracy: b.accuracy / (3 - epoch) }))
    })),
    heldOut: { accuracy: (short + long) / 2, buckets: buckets.map((b) => ({ ...b, n: 10 })) },
    courseProbability: 0.5
    // Cast: the fields the findings read, whatever else a run records (its weights' digest, …).
  } as ExperimentRun;
}

/** Three seeds of a standard plain RNN (short, long per seed), a perfect LSTM and GRU, and a perfect curriculum RNN. */
function experiment(rnn: [number, number][], lstmLong = 1): MemoryExperiment {
  const seeds = rnn.map((_, i) => i + 1);
  return {
    version: 1,
    protocol: {
      cells: ['simple_rnn', 'lstm', 'gru'],
      seeds,
      epochs: 2,
      heldOut: { seed: 9, samples: 60, sampling: 'hand-made' }
    } as MemoryExperiment['protocol'],
    sweep: [],
    choices: [],
    runs: [
      ...rnn.map(([s, l], i) => run('simple_rnn', 'standard', i + 1, s, l)),
      ...seeds.map((seed) => run('lstm', 'standard', seed, 1, lstmLong)),
      ...seeds.map((seed) => run('gru', 'standard', seed, 1, 1)),
      ...seeds.map((seed) => run('simple_rnn', 'curriculum', seed, 1, 0.9 + seed / 100))
    ]
  };
}

const CHANCE = 1 / 12;

describe('memoryFindings', () => {
  it('gives every cell and regime its median and range at the short and long buckets', () => {
    const [standard, , , curriculum] = memoryFindings(
      experiment([
        [0.9, 0.2],
        [0.95, 0.3],
        [0.88, 0.4]
      ]),
      CHANCE
    );
    expect(standard).toContain(
      'Plain RNN 90% (88%–95% across 3 seeds) at 2–4 and 30% (20%–40% across 3 seeds) at 33–40'
    );
    expect(standard).toContain('LSTM 100% in all 3 seeds at 2–4 and 100% in all 3 seeds at 33–40');
    expect(curriculum).toMatch(/^With curriculum training/);
    expect(curriculum).toContain(
      'Plain RNN 100% in all 3 seeds at 2–4 and 92% (91%–93% across 3 seeds)'
    );
  });

  it('calls it the textbook forgetting curve when short gaps are learned and long ones fail', () => {
    const rnn = memoryFindings(
      experiment([
        [0.9, 0.2],
        [0.95, 0.3],
        [0.88, 0.4]
      ]),
      CHANCE
    )[1]!;
    expect(rnn).toContain('the forgetting curve the textbooks describe');
    expect(rnn).toContain('3 of 3 seeds reach 85% at 2–4; 3 of 3 are at or below 50% at 33–40.');
  });

  it('says it is not the textbook curve when the RNN is mediocre at every distance', () => {
    const rnn = memoryFindings(
      experiment([
        [0.8, 0.6],
        [0.75, 0.55],
        [0.9, 0.45]
      ]),
      CHANCE
    )[1]!;
    expect(rnn).toMatch(/^This is not the textbook forgetting curve\./);
    expect(rnn).toContain('median 80% at 2–4, below 85%');
    expect(rnn).toContain('median 55% at 33–40, above 50%; chance is 8%');
    expect(rnn).toContain('falling by 25 points from 2–4 to 33–40');
    expect(rnn).toContain('1 of 3 seeds reach 85% at 2–4; 1 of 3 are at or below 50% at 33–40.');
    expect(rnn).not.toContain('textbooks describe');
  });

  it('says when the RNN learns short gaps and keeps more of the long ones than the story says', () => {
    const rnn = memoryFindings(
      experiment([
        [0.9, 0.7],
        [0.95, 0.9],
        [0.88, 0.95]
      ]),
      CHANCE
    )[1]!;
    expect(rnn).toContain('keeps more of the long ones than the textbook story says: median 90%');
    expect(rnn).toContain('no lower at 33–40 than at 2–4');
  });

  it('says when the RNN fails near and far alike', () => {
    const rnn = memoryFindings(
      experiment([
        [0.3, 0.3],
        [0.4, 0.45],
        [0.5, 0.2]
      ]),
      CHANCE
    )[1]!;
    expect(rnn).toContain('fails near and far alike: median 40% at 2–4 and 30% at 33–40');
  });

  it('reports the RNN–LSTM gap at the longest bucket seed by seed, holding or not', () => {
    const holds = memoryFindings(
      experiment([
        [0.9, 0.2],
        [0.9, 0.7],
        [0.9, 0.5]
      ]),
      CHANCE
    )[2]!;
    expect(holds).toBe(
      'In every one of the 3 seeds the LSTM beats the plain RNN at 33–40 by at least 30 points (seed 1: 80 points, seed 2: 30 points, seed 3: 50 points).'
    );
    const fails = memoryFindings(
      experiment(
        [
          [0.9, 0.2],
          [0.9, 0.75],
          [0.9, 0.5]
        ],
        0.95
      ),
      CHANCE
    )[2]!;
    expect(fails).toBe(
      'The LSTM beats the plain RNN at 33–40 by at least 30 points in only 2 of 3 seeds (seed 1: 75 points, seed 2: 20 points, seed 3: 45 points).'
    );
  });

  it('leaves out what the file has no runs for', () => {
    const only = experiment([[0.9, 0.2]]);
    only.runs = only.runs.filter((r) => r.regime === 'standard' && r.cell === 'gru');
    expect(memoryFindings(only, CHANCE)).toEqual([
      'With standard training (every distance from the first batch), the median held-out accuracy was: GRU 100% in all 1 seeds at 2–4 and 100% in all 1 seeds at 33–40.'
    ]);
  });
});

describe('bandText', () => {
  it('gives a range only when the seeds differ', () => {
    expect(bandText({ median: 0.5, min: 0.25, max: 0.75 }, 4)).toBe('50% (25%–75% across 4 seeds)');
    expect(bandText({ median: 1, min: 1, max: 1 }, 5)).toBe('100% in all 5 seeds');
  });
});

describe('memoryFigures', () => {
  it('builds bands and learning curves per regime, and names what is wrong with a bad file', () => {
    const figures = memoryFigures(
      experiment([
        [0.9, 0.2],
        [0.95, 0.3],
        [0.88, 0.4]
      ]),
      CHANCE
    );
    expect(figures.regimes.map((r) => r.name)).toEqual(['standard', 'curriculum']);
    const rnn = figures.regimes[0]!.series[0]!;
    expect(rnn.buckets[1]).toEqual({ name: '33–40', accuracy: 0.3, min: 0.2, max: 0.4, n: 10 });
    expect(figures.regimes[1]!.series.map((s) => s.label)).toEqual(['Plain RNN']);
    const curve = figures.regimes[0]!.curves[0]!;
    expect(curve).toMatchObject({ label: 'Plain RNN', seed: 1, epochs: [1, 2], buckets: BUCKETS });
    expect(curve.accuracy).toEqual([
      [0.45, 0.1],
      [0.9, 0.2]
    ]);
    expect(experimentProblem(null)).toBe('it is not a JSON object');
    expect(experimentProblem({ version: 2 })).toBe('its version is 2, not 1');
    expect(experimentProblem({ version: 1, protocol: { cells: [] }, runs: [] })).toBe(
      'it has no runs'
    );
  });
});
