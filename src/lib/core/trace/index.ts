// The Trace format: its types, its JSON Schema and its validating parser.
export type {
  CellKind,
  Direction,
  Gates,
  GruGates,
  LstmGates,
  NoGates,
  PartialTrace,
  Trace,
  TraceCheck,
  TraceLayer,
  TraceReference,
  TraceStates,
  TraceStep,
  TraceToken,
  GradientStep,
  TraceGradientLayer,
  TraceGradients,
  Intervention,
  InterventionTarget,
  StateIntervention,
  TokenSwap
} from './types.js';
export { TRACE_SCHEMA } from './schema.js';
export { MAX_TRACE_PROBLEMS, parseTrace, validateTrace } from './parse.js';
export { interventionProblem, isTokenSwap } from './intervention.js';
export { parseInterventions, resolveInterventions } from './resolve-interventions.js';
export { withSwapIds, swapTokens } from './token-swap.js';
export { CHECK_TOLERANCE, checkSentence, checkVerdict, type CheckVerdict } from './verdict.js';
