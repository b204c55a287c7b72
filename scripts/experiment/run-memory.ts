// The memory experiment: three cells × two regimes × five seeds, the learning rate of each cell and
// regime chosen by a sweep on the first seed's validation set, every run evaluated on one held-out
// set. Resolves to the results file's content (deterministic: no timings in it).
import type {
  ExperimentChoice,
  ExperimentRun,
  MemoryExperiment,
  Regime,
  SweepPoint
} from '../../src/lib/core/experiment/types.js';
import { LONG_BUCKET, medianRun } from '../../src/lib/core/experiment/summary.js';
import { CELL_KINDS, type CellKind } from '../../src/lib/core/trace/types.js';
import type { CandidateSpec } from '../../src/lib/tf/train/candidate.js';
import { EXPERIMENT_SEEDS, regimeBudget } from '../../src/lib/tf/train/experiment-budgets.js';
import { finishTraining } from '../../src/lib/tf/train/finish.js';
import { jobFor } from '../../src/lib/tf/train/jobs.js';
import { bestCandidate } from '../../src/lib/tf/train/meta-record.js';
import { memoryTokenizer } from '../../src/lib/tf/train/memory-task.js';
import { EVALUATION_SEED } from '../../src/lib/tf/train/seeds.js';
import { runCandidates } from '../train/pool.js';
import type { ProgressOutput } from '../train/progress.js';
import { experimentProtocol, HELD_OUT_SAMPLES, REGIMES, SWEEP_RATES } from './protocol.js';

/** How to run the experiment. */
export interface ExperimentOptions {
  /** Worker processes. @default 2 */
  workers?: number;
  /** Seeds (the first also runs the sweep). @default EXPERIMENT_SEEDS */
  seeds?: readonly number[];
  /** Budget override, for tests. */
  budgetOf?: (regime: Regime) => ReturnType<typeof regimeBudget>;
  /** Held-out sentences per run. @default HELD_OUT_SAMPLES */
  heldOutSamples?: number;
  /** Where one line per finished run goes. */
  log?: ProgressOutput;
}

interface Tagged {
  spec: CandidateSpec;
  cell: CellKind;
  regime: Regime;
}

const keyOf = (spec: CandidateSpec) =>
  `${spec.modelId}@${spec.learningRate}#${spec.seed}/${spec.budget.name}`;

/** Runs the whole experiment. */
export async function runMemoryExperiment(
  options: ExperimentOptions = {}
): Promise<MemoryExperiment> {
  const seeds = options.seeds ?? EXPERIMENT_SEEDS;
  const budgetOf = options.budgetOf ?? regimeBudget;
  const heldOutSamples = options.heldOutSamples ?? HELD_OUT_SAMPLES;
  const tokenizers = new Map(seeds.map((seed) => [seed, memoryTokenizer(seed)]));
  const spec = (cell: CellKind, regime: Regime, seed: number, learningRate: number): Tagged => ({
    cell,
    regime,
    spec: {
      modelId: jobFor('memory', cell).id,
      learningRate,
      seed,
      budget: budgetOf(regime),
      tokenizer: tokenizers.get(seed)!.serialize()
    }
  });
  const train = async (tagged: Tagged[]) => {
    const results = await runCandidates(
      tagged.map((t) => t.spec),
      {
        workers: options.workers ?? 2,
        backend: 'wasm',
        keyOf,
        onDone: (key, result) =>
          options.log?.write(
            `${key}: validation ${result.valAccuracy.toFixed(3)}, ${Math.round(result.seconds)} s\n`
          )
      }
    );
    return tagged.map((t) => ({ ...t, result: results.get(keyOf(t.spec))! }));
  };

  // 1. The sweep: every rate on the first seed, for every cell and regime.
  const first = seeds[0]!;
  const combos = REGIMES.flatMap((regime) => CELL_KINDS.map((cell) => ({ cell, regime })));
  const swept = await train(
    combos.flatMap(({ cell, regime }) => SWEEP_RATES.map((rate) => spec(cell, regime, first, rate)))
  );
  const sweep: SweepPoint[] = swept.map(({ cell, regime, result }) => ({
    cell,
    regime,
    learningRate: result.learningRate,
    valAccuracy: result.valAccuracy,
    valLoss: result.valLoss
  }));
  const rateOf = new Map(
    combos.map(({ cell, regime }) => {
      const mine = swept.filter((s) => s.cell === cell && s.regime === regime);
      return [`${cell}/${regime}`, bestCandidate(mine.map((s) => s.result)).learningRate];
    })
  );

  // 2. The other seeds at the rate kept; the first seed's run at that rate is reused.
  const rest = await train(
    combos.flatMap(({ cell, regime }) =>
      seeds.slice(1).map((seed) => spec(cell, regime, seed, rateOf.get(`${cell}/${regime}`)!))
    )
  );
  const kept = [
    ...swept.filter((s) => s.result.learningRate === rateOf.get(`${s.cell}/${s.regime}`)),
    ...rest
  ];

  // 3. Every run on the same held-out set.
  const runs: ExperimentRun[] = kept.map(({ cell, regime, spec: s, result }) => {
    const job = jobFor('memory', cell);
    const { model, meta } = finishTraining(
      job,
      [result],
      tokenizers.get(s.seed)!,
      s.budget,
      s.seed,
      {
        seed: EVALUATION_SEED,
        samples: heldOutSamples
      }
    );
    model.dispose();
    const course = meta.evaluation.courseSentence!;
    return {
      cell,
      regime,
      seed: s.seed,
      learningRate: result.learningRate,
      curve: result.curve.map(({ epoch, loss, valAccuracy, buckets }) => ({
        epoch,
        loss,
        valAccuracy,
        buckets: buckets ?? []
      })),
      heldOut: { accuracy: meta.evaluation.accuracy, buckets: meta.evaluation.buckets },
      courseProbability: course.probabilities[course.label] ?? NaN
    };
  });
  runs.sort(
    (a, b) =>
      REGIMES.indexOf(a.regime) - REGIMES.indexOf(b.regime) ||
      CELL_KINDS.indexOf(a.cell) - CELL_KINDS.indexOf(b.cell) ||
      a.seed - b.seed
  );

  // 4. The run shipped from each cell and regime: the median on the longest distances.
  const choices: ExperimentChoice[] = combos.map(({ cell, regime }) => ({
    cell,
    regime,
    learningRate: rateOf.get(`${cell}/${regime}`)!,
    medianSeed: medianRun(
      runs.filter((r) => r.cell === cell && r.regime === regime),
      LONG_BUCKET
    ).seed
  }));
  return {
    version: 1,
    protocol: experimentProtocol(seeds, budgetOf, heldOutSamples),
    sweep,
    choices,
    runs
  };
}
