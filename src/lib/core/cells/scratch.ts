/** Reusable work arrays for one cell replay, so a step allocates nothing. */
export interface StepScratch {
  /** h₋₁·U (or a slice of it), float32 as tfjs materialises it. */
  recurrent: Float32Array;
  /** float64 accumulator for the products. */
  accumulator: Float64Array;
  /** r⊙h₋₁ for the tfjs-form GRU. */
  gated: Float32Array;
}

/** Work arrays sized for a cell of `units` units and `blocks` weight blocks. */
export function createScratch(units: number, blocks: number): StepScratch {
  return {
    recurrent: new Float32Array(blocks * units),
    accumulator: new Float64Array(blocks * units),
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
