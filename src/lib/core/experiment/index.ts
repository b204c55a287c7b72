// The memory experiment's results: types and summaries.
export type * from './types.js';
export {
  LONG_BUCKET,
  heldOutAccuracy,
  runsOf,
  medianRun,
  bandOf,
  heldOutBands,
  type Band
} from './summary.js';
