import { derivative } from '../../activation-derivatives.js';
import type { CellSpec } from '../weights.js';
import { addProduct, addTransposedProduct } from './products.js';
import { inputPreactivation, type BackwardStep } from './step.js';

/** Backward through h = act(x·W + b + h₋₁·U): da = dh ⊙ act′(a), dh₋₁ = da·Uᵀ. */
export function simpleRnnBackward(spec: CellSpec, step: BackwardStep): void {
  const { units, recurrentKernel } = spec.weights;
  const dAct = derivative(spec.activation);
  const { a, da, dh, dhPrev } = step;
  inputPreactivation(spec, step);
  addProduct(step.hPrev, recurrentKernel, units, 0, a);
  for (let k = 0; k < units; k++) da[k] = dh[k]! * dAct(a[k]!);
  dhPrev.fill(0);
  addTransposedProduct(da, recurrentKernel, units, 0, dhPrev);
}
