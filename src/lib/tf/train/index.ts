// The one training loop of unrolled: `npm run train`, `unrolled train` and the browser lab run it.
export {
  TrainingRun,
  weightValues,
  dataSeeds,
  type CandidateSpec,
  type WeightValues
} from './training-run.js';
export { runCandidate, type CandidateResult } from './candidate.js';
export { fitSteps, type FitEvent, type FitOptions, type FitResult } from './fit.js';
export { measure, type Measured } from './measure.js';
export { learningRateAt, SCHEDULE_TEXT } from './schedule.js';
export { oneHotTwin, oneHot } from './one-hot-twin.js';
export { paddedBatches, sameLengthBatches, type Encoded } from './batches.js';
export type { TaskData } from './task-data.js';
export {
  memoryTokenizer,
  memoryTaskData,
  curriculumMaxDistance,
  MEMORY_DISTANCES,
  type DistanceRange
} from './memory-task.js';
export { sentimentTokenizer, sentimentTaskData } from './sentiment-task.js';
export {
  FULL_BUDGET,
  TINY_BUDGET,
  NO_CURRICULUM_BUDGET,
  type Budget,
  type MemoryBudget,
  type SentimentBudget
} from './budget.js';
export { JOBS, jobById, jobFor, type ModelJob } from './jobs.js';
export { bestCandidate, trainingRecord, trainedMeta, curriculumText } from './meta-record.js';
export { tokenizerFileName } from './tokenizer-file.js';
export { finishTraining, modelWithWeights, type HeldOut } from './finish.js';
export { TRAINING_SEED, EVALUATION_SEED } from './seeds.js';
export { settingsBudget, DEFAULT_LEARNING_RATE, type TrainSettings } from './settings.js';
export { regimeBudget, EXPERIMENT_EPOCHS, EXPERIMENT_SEEDS } from './experiment-budgets.js';
