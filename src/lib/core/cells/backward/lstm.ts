import { activation } from '../../activations.js';
import { derivative } from '../../activation-derivatives.js';
import type { CellSpec } from '../weights.js';
import { addProduct, addTransposedProduct } from './products.js';
import { inputPreactivation, type BackwardStep } from './step.js';

/**
 * Backward through one LSTM step (c = f⊙c₋₁ + i⊙g, h = o⊙act(c)): the total ∂y/∂c_t adds the path through h_t
 * to the one from step t+1; the gates' pre-activation gradients give ∂y/∂h₋₁ = da·Uᵀ and ∂y/∂c₋₁ = dc⊙f.
 */
export function lstmBackward(spec: CellSpec, step: BackwardStep): void {
  const { units, recurrentKernel } = spec.weights;
  const width = 4 * units;
  const act = activation(spec.activation);
  const dAct = derivative(spec.activation);
  const dGate = derivative(spec.recurrentActivation);
  const { a, da, dh, dc, dhPrev, dcPrev, c, cPrev } = step;
  const [i, f, g, o] = step.gates as [Float32Array, Float32Array, Float32Array, Float32Array];
  inputPreactivation(spec, step);
  addProduct(step.hPrev, recurrentKernel, width, 0, a);
  for (let k = 0; k < units; k++) {
    const ct = c[k]!;
    const total = dc[k]! + dh[k]! * o[k]! * dAct(ct);
    dc[k] = total;
    da[k] = total * g[k]! * dGate(a[k]!);
    da[units + k] = total * cPrev[k]! * dGate(a[units + k]!);
    da[2 * units + k] = total * i[k]! * dAct(a[2 * units + k]!);
    da[3 * units + k] = dh[k]! * act(ct) * dGate(a[3 * units + k]!);
    dcPrev[k] = total * f[k]!;
  }
  dhPrev.fill(0);
  addTransposedProduct(da, recurrentKernel, width, 0, dhPrev);
}
