import { activation } from '../activations.js';
import { vecMatInto } from '../linalg.js';
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
  const { units, recurrentKernel, bias } = spec.weights;
  const act = activation(spec.activation);
  vecMatInto(hPrev, recurrentKernel, units, 0, units, scratch.recurrent, scratch.accumulator);
  for (let k = 0; k < units; k++) {
    const projected = bias ? Math.fround(xw[k]! + bias[k]!) : xw[k]!;
    out.h[k] = act(Math.fround(projected + scratch.recurrent[k]!));
  }
}
