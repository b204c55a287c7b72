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
  TraceStates,
  TraceStep,
  TraceToken
} from './types.js';
export { TRACE_SCHEMA } from './schema.js';
export { MAX_TRACE_PROBLEMS, parseTrace, validateTrace } from './parse.js';
