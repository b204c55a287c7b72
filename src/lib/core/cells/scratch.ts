import { transpose } from '../linalg.js';
import { blocksOf, type CellSpec } from './weights.js';

/** Reusable work arrays for one cell replay, so a step allocates nothing. */
export interface StepScratch {
  /** The recurrent kernel U transposed ([blocks·units, units]), so each output is one contiguous dot product. */
  recurrentColumns: Float32Array;
  /** h₋₁·U (or a slice of it), float32 as tfjs materialises it. */
  recurrent: Float32Array;
  /** r⊙h₋₁ for the tfjs-form GRU. */
  gated: Float32Array;
}

/** Work arrays for replaying `spec`. */
export function createScratch(spec: CellSpec): StepScratch {
  const { units, recurrentKernel } = spec.weights;
  const width = blocksOf(spec.kind) * units;
  return {
    recurrentColumns: transpose(recurrentKernel, units, width),
    recurrent: new Float32Array(width),
    gated: new Float32Array(units)
  };
}

/** Where a step writes its results: the new state and one array per gate, each `units` long. */
export interface StepOutput {
  /** New hidden state. */
  h: Float32Array;
  /** New cell state (LSTM). */
  c?: Float32Array;
  /** Gate activations in the cell's gate order. */
  gates: Float32Array[];
}

/** Allocates a fresh StepOutput. */
export function createStepOutput(units: number, gateCount: number, withCell: boolean): StepOutput {
  return {
    h: new Float32Array(units),
    c: withCell ? new Float32Array(units) : undefined,
    gates: Array.from({ length: gateCount }, () => new Float32Array(units))
  };
}
