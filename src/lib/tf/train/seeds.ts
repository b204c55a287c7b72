// The fixed seeds of the shipped models and of the held-out data their meta.json reports.

/** The seed of the shipped models. */
export const TRAINING_SEED = 1;

/** The seed of the held-out data meta.json reports (never a training or validation seed). */
export const EVALUATION_SEED = 7_000_001;
