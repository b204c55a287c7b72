import type { SequenceRun } from '../run.js';
import { blocksOf, gateNames, type CellSpec } from '../weights.js';
import { gruBackward } from './gru.js';
import { lstmBackward } from './lstm.js';
import { addTransposedProduct } from './products.js';
import { simpleRnnBackward } from './simple-rnn.js';
import type { BackwardStep } from './step.js';

/** What flows into a replayed sequence from above: gradients of y with respect to its outputs. */
export interface SequenceUpstream {
  /** ∂y/∂(output at each step), [steps, units] in processing order; for a layer without returnSequences only the last row is non-zero. */
  dOutputs: Float64Array;
  /** ∂y/∂(final cell state), from a returnState output (LSTM). */
  dFinalC?: Float64Array;
}

/** Gradients of y through one replayed sequence, every array in token order. */
export interface SequenceGradients {
  /** ∂y/∂x_t, [steps, inputSize]. */
  dx: Float64Array;
  /** The total ∂y/∂h_t, [steps, units]. */
  dh: Float64Array;
  /** The total ∂y/∂c_t, [steps, units] (LSTM). */
  dc?: Float64Array;
  /** ∂y/∂ of the initial hidden state. */
  dInitialH: Float64Array;
  /** ∂y/∂ of the initial cell state (LSTM). */
  dInitialC?: Float64Array;
}

const BACKWARD = { simple_rnn: simpleRnnBackward, lstm: lstmBackward, gru: gruBackward };

/**
 * Back-propagates through a sequence `run` that `runCell(spec, inputs, steps, options)` recorded: exact reverse-mode
 * derivatives of the replay's own arithmetic. A masked step copied h and c over, so it passes their gradients
 * straight back and its x_t gets none.
 */
export function backwardCell(
  spec: CellSpec,
  inputs: Float32Array,
  run: SequenceRun,
  upstream: SequenceUpstream,
  options: { goBackwards?: boolean; initialH?: Float32Array; initialC?: Float32Array } = {}
): SequenceGradients {
  const { units, inputSize, kernel } = spec.weights;
  const { steps } = run;
  const width = blocksOf(spec.kind) * units;
  const lstm = spec.kind === 'lstm';
  const names = gateNames(spec.kind);
  const zeros = new Float32Array(units);
  const dx = new Float64Array(steps * inputSize);
  const dh = new Float64Array(steps * units);
  const dc = lstm ? new Float64Array(steps * units) : undefined;
  const work: BackwardStep = {
    x: zeros,
    hPrev: zeros,
    cPrev: zeros,
    c: zeros,
    gates: [],
    dh: new Float64Array(units),
    dc: new Float64Array(units),
    da: new Float64Array(width),
    dhPrev: new Float64Array(units),
    dcPrev: new Float64Array(units),
    a: new Float64Array(width),
    recurrent: new Float64Array(width),
    unitsWork: new Float64Array(units)
  };
  // Carried from step t+1 back to step t.
  let dhNext: Float64Array = new Float64Array(units);
  let dcNext: Float64Array = upstream.dFinalC
    ? Float64Array.from(upstream.dFinalC)
    : new Float64Array(units);
  const row = (values: Float32Array | undefined, step: number, initial?: Float32Array) =>
    step >= 0 ? values!.subarray(step * units, (step + 1) * units) : (initial ?? zeros);

  for (let step = steps - 1; step >= 0; step--) {
    const token = options.goBackwards ? steps - 1 - step : step;
    for (let k = 0; k < units; k++) {
      work.dh[k] = upstream.dOutputs[step * units + k]! + dhNext[k]!;
      work.dc[k] = dcNext[k]!;
    }
    if (run.masked[step] === 1) {
      dh.set(work.dh, token * units);
      dc?.set(work.dc, token * units);
      [dhNext, work.dh] = [work.dh, dhNext];
      [dcNext, work.dc] = [work.dc, dcNext];
      continue;
    }
    work.x = inputs.subarray(token * inputSize, (token + 1) * inputSize);
    work.hPrev = row(run.h, step - 1, options.initialH);
    work.cPrev = lstm ? row(run.c, step - 1, options.initialC) : zeros;
    work.c = lstm ? row(run.c, step) : zeros;
    work.gates = names.map((name) => row(run.gates[name], step));
    BACKWARD[spec.kind](spec, work);
    dh.set(work.dh, token * units);
    dc?.set(work.dc, token * units);
    addTransposedProduct(
      work.da,
      kernel,
      width,
      0,
      dx.subarray(token * inputSize, (token + 1) * inputSize)
    );
    [dhNext, work.dhPrev] = [work.dhPrev, dhNext];
    [dcNext, work.dcPrev] = [work.dcPrev, dcNext];
  }
  return { dx, dh, dc, dInitialH: dhNext, dInitialC: lstm ? dcNext : undefined };
}
