// What one backward step reads and writes; the three cells share it.
import { addProduct } from './products.js';
import type { CellSpec } from '../weights.js';

/** The forward values of one step and the gradient buffers its backward step reads and writes. */
export interface BackwardStep {
  /** The step's input x_t. */
  x: Float32Array;
  /** h_{t−1} as the step read it. */
  hPrev: Float32Array;
  /** c_{t−1} (LSTM). */
  cPrev: Float32Array;
  /** c_t (LSTM). */
  c: Float32Array;
  /** The step's gate values, in the cell's gate order (after their activations). */
  gates: Float32Array[];
  /** The total ∂y/∂h_t (from the layer's output and from step t+1). */
  dh: Float64Array;
  /** In: ∂y/∂c_t through step t+1; out: the total ∂y/∂c_t (LSTM). */
  dc: Float64Array;
  /** Out: ∂y/∂ of every pre-activation, blocks·units (the x_t gradient is da·Wᵀ). */
  da: Float64Array;
  /** Out: ∂y/∂h_{t−1} through this step. */
  dhPrev: Float64Array;
  /** Out: ∂y/∂c_{t−1} through this step (LSTM). */
  dcPrev: Float64Array;
  /** Work: pre-activations, blocks·units. */
  a: Float64Array;
  /** Work: a recurrent product, blocks·units. */
  recurrent: Float64Array;
  /** Work: one vector of units. */
  unitsWork: Float64Array;
}

/** a = b + x·W over every block: the input part of the pre-activations, recomputed from the recorded x_t. */
export function inputPreactivation(spec: CellSpec, step: BackwardStep): void {
  const { bias, kernel } = spec.weights;
  const a = step.a;
  if (bias) for (let k = 0; k < a.length; k++) a[k] = bias[k]!;
  else a.fill(0);
  addProduct(step.x, kernel, a.length, 0, a);
}
