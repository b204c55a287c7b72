// What scaling a recurrent matrix by s does to a state carried over many steps (and so to a gradient sent back).
import { runCell } from './cells/run.js';
import type { CellSpec } from './cells/weights.js';

/** The largest |eigenvalue| of a square row-major matrix, by power iteration (exact enough once it settles). */
export function spectralRadius(matrix: ArrayLike<number>, size: number, iterations = 200): number {
  let v = Array.from({ length: size }, (_, i) => 1 / (i + 1));
  let radius = 0;
  for (let k = 0; k < iterations; k++) {
    const next = Array.from({ length: size }, (_, i) => {
      let sum = 0;
      for (let j = 0; j < size; j++) sum += matrix[i * size + j]! * v[j]!;
      return sum;
    });
    radius = Math.hypot(...next) / Math.hypot(...v);
    const length = Math.hypot(...next);
    if (length === 0) return 0;
    v = next.map((x) => x / length);
  }
  return radius;
}

/** The state of a cell replayed with its recurrent kernel scaled by s: ‖h_t‖ per step, and ρ(s·U). */
export interface ScaledRun {
  /** The scale. */
  scale: number;
  /** The largest |eigenvalue| of s·U: the factor the state's size tends to per step. */
  radius: number;
  /** h_t per step. */
  states: number[][];
  /** ‖h_t‖ per step. */
  norms: number[];
}

/** Replays `spec` over `inputs` ([steps, inputSize]) with U replaced by s·U, using the same replay as every trace. */
export function scaledRun(
  spec: CellSpec,
  scale: number,
  inputs: Float32Array,
  steps: number
): ScaledRun {
  const { units, recurrentKernel } = spec.weights;
  const scaled = recurrentKernel.map((w) => w * scale);
  const run = runCell(
    { ...spec, weights: { ...spec.weights, recurrentKernel: scaled } },
    inputs,
    steps
  );
  const states = Array.from({ length: steps }, (_, t) =>
    Array.from(run.h.subarray(t * units, (t + 1) * units))
  );
  return {
    scale,
    radius: spectralRadius(scaled, units),
    states,
    norms: states.map((h) => Math.hypot(...h))
  };
}
