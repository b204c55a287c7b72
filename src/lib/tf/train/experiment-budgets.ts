// The memory experiment's two regimes: the same budget for every cell, distances drawn from the
// whole range from the first batch (standard) or from a range that grows (curriculum).
import type { Regime } from '../../core/experiment/types.js';
import { FULL_BUDGET, type Budget } from './budget.js';

/** Epochs of every run of the experiment (both regimes, all cells). */
export const EXPERIMENT_EPOCHS = 24;

/** The seeds every (cell, regime) is trained with. */
export const EXPERIMENT_SEEDS = [1, 2, 3, 4, 5] as const;

/** The budget of a regime: only how the distances are drawn differs. */
export function regimeBudget(regime: Regime): Budget {
  return {
    ...FULL_BUDGET,
    name: regime,
    memory: {
      ...FULL_BUDGET.memory,
      epochs: EXPERIMENT_EPOCHS,
      curriculumEpochs: regime === 'curriculum' ? EXPERIMENT_EPOCHS / 2 : 0
    }
  };
}
