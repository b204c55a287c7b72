import { matMul } from '../linalg.js';
import { stepInto } from './run.js';
import { createScratch, createStepOutput } from './scratch.js';
import { assertCellWeights, blocksOf, gateNames, type CellSpec } from './weights.js';

/** A cell's state: h, plus c for an LSTM. */
export interface CellState {
  /** Hidden state. */
  h: Float32Array;
  /** Cell state (LSTM only). */
  c?: Float32Array;
}

/** The result of one step: the new state and every gate by name. */
export interface CellStepResult {
  /** The state after the step. */
  state: CellState;
  /** Gate activations (input/forget/candidate/output, update/reset/candidate, or none). */
  gates: Record<string, Float32Array>;
}

/** One step of any cell: from input x and the previous state (zeros when omitted) to the new state and its gates. */
export function cellStep(
  spec: CellSpec,
  x: ArrayLike<number>,
  state?: Partial<CellState>
): CellStepResult {
  assertCellWeights(spec);
  const { units, inputSize, kernel } = spec.weights;
  if (x.length !== inputSize)
    throw new Error(`Expected an input of ${inputSize} numbers, got ${x.length}.`);
  const blocks = blocksOf(spec.kind);
  const names = gateNames(spec.kind);
  const xw = matMul(Float32Array.from(x), 1, inputSize, kernel, blocks * units);
  const out = createStepOutput(units, names.length, spec.kind === 'lstm');
  const hPrev = state?.h ? Float32Array.from(state.h) : new Float32Array(units);
  const cPrev = state?.c ? Float32Array.from(state.c) : new Float32Array(units);
  stepInto(spec, xw, hPrev, cPrev, out, createScratch(spec));
  return {
    state: spec.kind === 'lstm' ? { h: out.h, c: out.c } : { h: out.h },
    gates: Object.fromEntries(names.map((name, g) => [name, out.gates[g]!]))
  };
}
