// unrolled/core: pure maths and data, no Svelte, no DOM, no tfjs.
export type { Token } from './token.js';
export { textDirection } from './text-direction.js';
export { splitWords } from './split-words.js';
export { UnrolledError, isUnrolledError, type UnrolledErrorCode } from './errors.js';
export * from './activations.js';
export { cellStep, type CellState, type CellStepResult } from './cells/step.js';
export { runCell, type RunOptions, type SequenceRun } from './cells/run.js';
export { gateNames, blocksOf, type CellSpec, type CellWeights } from './cells/weights.js';
export * from './trace/index.js';
export * from './tokenize/index.js';
export * from './corpus/index.js';
export { parseIds } from './parse-ids.js';
export * from './experiment/index.js';
export {
  gradientNorms,
  norm,
  stepsBack,
  type GradientQuantity,
  type GradientVectors
} from './gradients/norms.js';
export {
  backwardCell,
  type SequenceGradients,
  type SequenceUpstream
} from './cells/backward/run.js';
export { derivative, type Derivative } from './activation-derivatives.js';
