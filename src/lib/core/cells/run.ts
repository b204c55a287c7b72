import { matMul } from '../linalg.js';
import { gruStepInto } from './gru.js';
import { applyRow, stepEditsOf, type CellIntervention } from './intervention.js';
import { lstmStepInto } from './lstm.js';
import { createScratch, createStepOutput, type StepOutput, type StepScratch } from './scratch.js';
import { simpleRnnStepInto } from './simple-rnn.js';
import { assertCellWeights, blocksOf, gateNames, type CellSpec } from './weights.js';

/** Options of a sequence replay. */
export interface RunOptions {
  /** Per-token mask (true or 1 = real token, false or 0 = padding), in token order. */
  mask?: ArrayLike<boolean | number>;
  /** Read the tokens last to first, like a layer with goBackwards. @default false */
  goBackwards?: boolean;
  /** Initial hidden state (zeros by default). */
  initialH?: Float32Array;
  /** Initial cell state of an LSTM (zeros by default). */
  initialC?: Float32Array;
  /** x·W for every step ([steps, blocks·units], no bias), when the caller computed it already (e.g. with tfjs). */
  projected?: Float32Array;
  /** What-if edits applied while the cell runs (clamped gates, overwritten states); every later step follows. */
  interventions?: readonly CellIntervention[];
}

/** Everything a cell did over a sequence, in processing order (step i read token goBackwards ? T−1−i : i). */
export interface SequenceRun {
  /** Number of steps. */
  steps: number;
  /** Units per step. */
  units: number;
  /** Hidden states (= the layer's per-step outputs), [steps, units]. */
  h: Float32Array;
  /** Cell states of an LSTM, [steps, units]. */
  c?: Float32Array;
  /** Gate activations by gate name, each [steps, units]. */
  gates: Record<string, Float32Array>;
  /** 1 where the step was masked and every state carried over. */
  masked: Uint8Array;
}

/** Advances one step of any cell kind, from a projected input. */
export function stepInto(
  spec: CellSpec,
  xw: Float32Array,
  hPrev: Float32Array,
  cPrev: Float32Array,
  out: StepOutput,
  scratch: StepScratch,
  gateEdits?: readonly (Float32Array | undefined)[]
): void {
  if (spec.kind === 'lstm') lstmStepInto(spec, xw, hPrev, cPrev, out, scratch, gateEdits);
  else if (spec.kind === 'gru') gruStepInto(spec, xw, hPrev, out, scratch, gateEdits);
  else simpleRnnStepInto(spec, xw, hPrev, out, scratch);
}

/**
 * Replays a cell over a whole sequence `inputs` ([steps, inputSize], row-major) and records every state and gate.
 * Masked steps carry h and c over unchanged (the gates the cell computed there are still recorded). Interventions
 * clamp gates as they are computed and overwrite h or c after a step; what is recorded is what the cell then used.
 */
export function runCell(
  spec: CellSpec,
  inputs: Float32Array,
  steps: number,
  options: RunOptions = {}
): SequenceRun {
  assertCellWeights(spec);
  const { units, inputSize, kernel } = spec.weights;
  if (inputs.length !== steps * inputSize) {
    throw new Error(`Expected ${steps}×${inputSize} inputs, got ${inputs.length} numbers.`);
  }
  const blocks = blocksOf(spec.kind);
  const names = gateNames(spec.kind);
  const width = blocks * units;
  const projected = options.projected ?? matMul(inputs, steps, inputSize, kernel, width);
  if (projected.length !== steps * width) {
    throw new Error(
      `Expected ${steps}×${width} projected inputs, got ${projected.length} numbers.`
    );
  }

  const h = new Float32Array(steps * units);
  const c = spec.kind === 'lstm' ? new Float32Array(steps * units) : undefined;
  const gates = Object.fromEntries(names.map((name) => [name, new Float32Array(steps * units)]));
  const masked = new Uint8Array(steps);

  const scratch = createScratch(spec);
  const out = createStepOutput(units, names.length, spec.kind === 'lstm');
  let hPrev = options.initialH ? Float32Array.from(options.initialH) : new Float32Array(units);
  let cPrev = options.initialC ? Float32Array.from(options.initialC) : new Float32Array(units);
  const editsAt = stepEditsOf(options.interventions ?? [], units, names.length);

  for (let step = 0; step < steps; step++) {
    const token = options.goBackwards ? steps - 1 - step : step;
    const xw = projected.subarray(token * width, (token + 1) * width);
    const edits = editsAt(token);
    stepInto(spec, xw, hPrev, cPrev, out, scratch, edits?.gates);
    const keep = options.mask ? Boolean(options.mask[token]) : true;
    const at = step * units;
    names.forEach((name, g) => gates[name]!.set(out.gates[g]!, at));
    if (keep) {
      h.set(out.h, at);
      c?.set(out.c!, at);
    } else {
      masked[step] = 1;
      h.set(hPrev, at);
      c?.set(cPrev, at);
    }
    hPrev = h.subarray(at, at + units);
    if (c) cPrev = c.subarray(at, at + units);
    if (edits) {
      applyRow(edits.h, hPrev);
      if (c) applyRow(edits.c, cPrev);
    }
  }
  return { steps, units, h, c, gates, masked };
}
