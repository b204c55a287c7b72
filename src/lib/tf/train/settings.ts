// One hand-made training run's settings (the CLI's flags, the lab's controls) and the budget they
// mean, so that `unrolled train` and the lab train exactly the same way for the same settings.
import type { CellKind } from '../../core/trace/types.js';
import { FULL_BUDGET, type Budget } from './budget.js';
import { MEMORY_DISTANCES, type DistanceRange } from './memory-task.js';

/** What a reader or a command line chooses. */
export interface TrainSettings {
  task: 'memory' | 'sentiment';
  cell: CellKind;
  /** Units of the recurrent layer (each direction, for sentiment). @default 32 */
  units?: number;
  /** @default 16 (memory), 6 (sentiment) */
  epochs?: number;
  /** Fresh sentences per epoch. @default 2560 */
  samplesPerEpoch?: number;
  /** Memory task: distances trained on. @default 2–40 */
  distances?: DistanceRange;
  /** Memory task: grow the longest distance over the first half of the epochs. @default false */
  curriculum?: boolean;
  /** Adam's learning rate. @default 0.01 */
  learningRate?: number;
  /** Seed of the data, batch order and initial weights. @default 1 */
  seed?: number;
}

/** The default learning rate of a hand-made run. */
export const DEFAULT_LEARNING_RATE = 0.01;

/** The budget of one hand-made run: the shipped models' recipe with the chosen sizes. */
export function settingsBudget(settings: TrainSettings): Budget {
  const epochs = settings.epochs ?? FULL_BUDGET[settings.task].epochs;
  const samplesPerEpoch = settings.samplesPerEpoch ?? FULL_BUDGET[settings.task].samplesPerEpoch;
  const learningRates = [settings.learningRate ?? DEFAULT_LEARNING_RATE];
  return {
    ...FULL_BUDGET,
    name: 'custom',
    memory: {
      ...FULL_BUDGET.memory,
      epochs,
      samplesPerEpoch,
      units: settings.units ?? FULL_BUDGET.memory.units,
      learningRates,
      curriculumEpochs: settings.curriculum ? Math.max(1, Math.floor(epochs / 2)) : 0,
      distances: settings.distances ?? { ...MEMORY_DISTANCES }
    },
    sentiment: {
      ...FULL_BUDGET.sentiment,
      epochs,
      samplesPerEpoch,
      units: settings.units ?? 32,
      learningRates
    }
  };
}
