import { derivative } from '../../activation-derivatives.js';
import type { CellSpec } from '../weights.js';
import { addProduct, addTransposedProduct } from './products.js';
import { inputPreactivation, type BackwardStep } from './step.js';

/**
 * Backward through one GRU step, h = z⊙h₋₁ + (1−z)⊙h̃, in either form: tfjs's h̃ = act(xh + (r⊙h₋₁)·U_h), where
 * h₋₁ reaches h̃ through r⊙h₋₁; or Keras reset_after's h̃ = act(xh + r⊙(h₋₁·U_h + b_rec)), where it goes through U_h.
 */
export function gruBackward(spec: CellSpec, step: BackwardStep): void {
  const { units, recurrentKernel, recurrentBias } = spec.weights;
  const width = 3 * units;
  const dAct = derivative(spec.activation);
  const dGate = derivative(spec.recurrentActivation);
  const { a, da, dh, dhPrev, hPrev, recurrent, unitsWork } = step;
  const [z, r, candidate] = step.gates as [Float32Array, Float32Array, Float32Array];
  const candidateA = a.subarray(2 * units);
  const candidateDa = da.subarray(2 * units);
  inputPreactivation(spec, step);
  recurrent.fill(0);
  if (spec.resetAfter) {
    addProduct(hPrev, recurrentKernel, width, 0, recurrent);
    if (recurrentBias) for (let k = 0; k < width; k++) recurrent[k]! += recurrentBias[k]!;
    for (let k = 0; k < 2 * units; k++) a[k]! += recurrent[k]!;
    for (let k = 0; k < units; k++) a[2 * units + k]! += r[k]! * recurrent[2 * units + k]!;
  } else {
    addProduct(hPrev, recurrentKernel, width, 0, recurrent.subarray(0, 2 * units));
    for (let k = 0; k < 2 * units; k++) a[k]! += recurrent[k]!;
    for (let k = 0; k < units; k++) unitsWork[k] = r[k]! * hPrev[k]!;
    addProduct(unitsWork, recurrentKernel, width, 2 * units, candidateA);
  }
  for (let k = 0; k < units; k++) {
    dhPrev[k] = dh[k]! * z[k]!;
    da[k] = dh[k]! * (hPrev[k]! - candidate[k]!) * dGate(a[k]!);
    candidateDa[k] = dh[k]! * (1 - z[k]!) * dAct(candidateA[k]!);
  }
  if (spec.resetAfter) {
    // ∂y/∂(h₋₁·U_h) = da_h ⊙ r, sent back through U_h with the update and reset blocks.
    for (let k = 0; k < units; k++) {
      da[units + k] = candidateDa[k]! * recurrent[2 * units + k]! * dGate(a[units + k]!);
      recurrent[2 * units + k] = candidateDa[k]! * r[k]!;
    }
    for (let k = 0; k < 2 * units; k++) recurrent[k] = da[k]!;
    addTransposedProduct(recurrent, recurrentKernel, width, 0, dhPrev);
    return;
  }
  // ∂y/∂(r⊙h₋₁) = da_h·U_hᵀ splits into the reset gate's and h₋₁'s shares.
  unitsWork.fill(0);
  addTransposedProduct(candidateDa, recurrentKernel, width, 2 * units, unitsWork);
  for (let k = 0; k < units; k++) {
    da[units + k] = unitsWork[k]! * hPrev[k]! * dGate(a[units + k]!);
    dhPrev[k]! += unitsWork[k]! * r[k]!;
  }
  addTransposedProduct(da.subarray(0, 2 * units), recurrentKernel, width, 0, dhPrev);
}
