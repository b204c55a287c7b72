// What `npm run train` trains for each model: its budget, seed and learning rates. The memory
// models come from the memory experiment (its chosen learning rate and median seed); without an
// experiment file every model uses the given budget and seed (tests, quick runs).
import type {
  ExperimentRun,
  MemoryExperiment,
  Regime,
  SweepPoint
} from '../../src/lib/core/experiment/types.js';
import type { Budget } from '../../src/lib/tf/train/budget.js';
import { regimeBudget } from '../../src/lib/tf/train/experiment-budgets.js';
import type { ModelJob } from '../../src/lib/tf/train/jobs.js';

/** Where a shipped memory model comes from in the experiment. */
export interface ExperimentSource {
  regime: Regime;
  /** Every seed of that cell and regime; the shipped one is `seed` of the plan. */
  seeds: number[];
  selection: string;
  /** The learning-rate sweep of that cell and regime (first seed, validation set). */
  sweep: SweepPoint[];
  /** The experiment run's held-out result, which the shipped model must reproduce exactly. */
  heldOut: ExperimentRun['heldOut'];
  courseProbability: number;
}

/** How one model is trained. */
export interface ModelPlan {
  job: ModelJob;
  budget: Budget;
  seed: number;
  learningRates: readonly number[];
  experiment?: ExperimentSource;
}

/** The regime of a memory job. */
export function regimeOf(job: ModelJob): Regime {
  return job.curriculum ? 'curriculum' : 'standard';
}

/** The budget's memory part set to a job's regime (the curriculum over the first half). */
function withRegime(budget: Budget, job: ModelJob): Budget {
  const curriculumEpochs = job.curriculum ? Math.max(1, Math.floor(budget.memory.epochs / 2)) : 0;
  return { ...budget, memory: { ...budget.memory, curriculumEpochs } };
}

/** The plan of every job. */
export function plansFor(
  jobs: readonly ModelJob[],
  budget: Budget,
  seed: number,
  experiment?: MemoryExperiment
): ModelPlan[] {
  return jobs.map((job) => {
    if (job.task !== 'memory') {
      return { job, budget, seed, learningRates: budget.sentiment.learningRates };
    }
    if (!experiment) {
      return {
        job,
        budget: withRegime(budget, job),
        seed,
        learningRates: budget.memory.learningRates
      };
    }
    const regime = regimeOf(job);
    const choice = experiment.choices.find((c) => c.cell === job.cell && c.regime === regime);
    if (!choice) throw new Error(`The experiment has no ${regime} ${job.cell} runs.`);
    const runs = experiment.runs.filter((r) => r.cell === job.cell && r.regime === regime);
    const shipped = runs.find((r) => r.seed === choice.medianSeed)!;
    return {
      job,
      budget: regimeBudget(regime),
      seed: choice.medianSeed,
      learningRates: [choice.learningRate],
      experiment: {
        regime,
        seeds: runs.map((r) => r.seed),
        selection: experiment.protocol.selection,
        sweep: experiment.sweep.filter((s) => s.cell === job.cell && s.regime === regime),
        heldOut: shipped.heldOut,
        courseProbability: shipped.courseProbability
      }
    };
  });
}
