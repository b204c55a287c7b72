import { activation } from '../activations.js';
import { dotColumns } from '../linalg.js';
import type { StepOutput, StepScratch } from './scratch.js';
import type { CellSpec } from './weights.js';

/**
 * One SimpleRNN step from a projected input xw = x·W (no bias): h = act((xw + b) + h₋₁·U),
 * in tfjs's order of float32 operations.
 */
export function simpleRnnStepInto(
  spec: CellSpec,
  xw: Float32Array,
  hPrev: Float32Array,
  out: StepOutput,
  scratch: StepScratch
): void {
  const { units, bias } = spec.weights;
  const act = activation(spec.activation);
  dotColumns(hPrev, 0, units, scratch.recurrentColumns, 0, units, scratch.recurrent);
  for (let k = 0; k < units; k++) {
    const projected = bias ? Math.fround(xw[k]! + bias[k]!) : xw[k]!;
    out.h[k] = act(Math.fround(projected + scratch.recurrent[k]!));
  }
}
