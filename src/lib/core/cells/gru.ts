import { activation } from '../activations.js';
import { dotColumns } from '../linalg.js';
import { edited } from './intervention.js';
import type { StepOutput, StepScratch } from './scratch.js';
import type { CellSpec } from './weights.js';

/**
 * One GRU step from a projected input xw = x·W (no bias), in either form:
 * tfjs (reset before the recurrent product): h̃ = act(xh + (r⊙h₋₁)·U_h);
 * Keras reset_after: h̃ = act(xh + r⊙(h₋₁·U_h + b_rec,h)).
 * Then h = z⊙h₋₁ + (1−z)⊙h̃. Gates are written in the order update, reset, candidate; `gateEdits` (by gate index)
 * clamps them before they are used.
 */
export function gruStepInto(
  spec: CellSpec,
  xw: Float32Array,
  hPrev: Float32Array,
  out: StepOutput,
  scratch: StepScratch,
  gateEdits?: readonly (Float32Array | undefined)[]
): void {
  const { units, bias, recurrentBias } = spec.weights;
  const act = activation(spec.activation);
  const gate = activation(spec.recurrentActivation);
  const width = 3 * units;
  const recurrent = scratch.recurrent;
  const [update, reset, candidate] = out.gates as [Float32Array, Float32Array, Float32Array];
  const inputPart = (k: number) => (bias ? Math.fround(xw[k]! + bias[k]!) : xw[k]!);
  const recurrentPart = (k: number) =>
    recurrentBias ? Math.fround(recurrent[k]! + recurrentBias[k]!) : recurrent[k]!;

  // Keras reset_after multiplies all three blocks of h₋₁·U at once; tfjs only the first two, then (r⊙h₋₁)·U_h.
  const count = spec.resetAfter ? width : 2 * units;
  dotColumns(hPrev, 0, units, scratch.recurrentColumns, 0, count, recurrent);
  for (let k = 0; k < units; k++) {
    update[k] = gate(Math.fround(inputPart(k) + recurrentPart(k)));
    reset[k] = gate(Math.fround(inputPart(units + k) + recurrentPart(units + k)));
    if (gateEdits) {
      update[k] = edited(gateEdits[0], k, update[k]!);
      reset[k] = edited(gateEdits[1], k, reset[k]!);
    }
  }
  if (spec.resetAfter) {
    for (let k = 0; k < units; k++) {
      const gatedRecurrent = Math.fround(reset[k]! * recurrentPart(2 * units + k));
      candidate[k] = act(Math.fround(inputPart(2 * units + k) + gatedRecurrent));
    }
  } else {
    const gated = scratch.gated;
    for (let k = 0; k < units; k++) gated[k] = reset[k]! * hPrev[k]!;
    const hRecurrent = recurrent.subarray(0, units);
    dotColumns(gated, 0, units, scratch.recurrentColumns, 2 * units, units, hRecurrent);
    for (let k = 0; k < units; k++) {
      candidate[k] = act(Math.fround(inputPart(2 * units + k) + hRecurrent[k]!));
    }
  }
  if (gateEdits?.[2]) {
    for (let k = 0; k < units; k++) candidate[k] = edited(gateEdits[2], k, candidate[k]!);
  }
  for (let k = 0; k < units; k++) {
    const z = update[k]!;
    const kept = Math.fround(z * hPrev[k]!);
    const written = Math.fround(Math.fround(1 - z) * candidate[k]!);
    out.h[k] = kept + written;
  }
}
