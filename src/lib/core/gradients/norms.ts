import type { GradientStep } from '../trace/types.js';

/** Per-step gradient vectors of one recurrent direction, in token order. */
export interface GradientVectors {
  /** Number of steps (tokens). */
  steps: number;
  /** ∂y/∂x_t, [steps, inputSize]. */
  dx: ArrayLike<number>;
  /** ∂y/∂h_t, [steps, units]. */
  dh: ArrayLike<number>;
  /** ∂y/∂c_t, [steps, units] (LSTM). */
  dc?: ArrayLike<number>;
}

/** The Euclidean norm of values[from, from + length). */
export function norm(values: ArrayLike<number>, from: number, length: number): number {
  let sum = 0;
  for (let i = from; i < from + length; i++) sum += values[i]! * values[i]!;
  return Math.sqrt(sum);
}

/** ‖∂y/∂x_t‖, ‖∂y/∂h_t‖ and ‖∂y/∂c_t‖ for every step, as the trace stores them. */
export function gradientNorms(vectors: GradientVectors): GradientStep[] {
  const { steps, dx, dh, dc } = vectors;
  const inputSize = dx.length / steps;
  const units = dh.length / steps;
  return Array.from({ length: steps }, (_, t) => {
    const step: GradientStep = {
      dx: norm(dx, t * inputSize, inputSize),
      dh: norm(dh, t * units, units)
    };
    if (dc) step.dc = norm(dc, t * units, units);
    return step;
  });
}

/** Which norm of a gradient step: input, hidden state or cell state. */
export type GradientQuantity = 'dx' | 'dh' | 'dc';

/**
 * One quantity's norms by distance from the answer: values[k] belongs to the token k steps before the last
 * (the answer is read after the last token), so values[0] is the last token's. Missing dc reads as 0.
 */
export function stepsBack(steps: readonly GradientStep[], quantity: GradientQuantity): number[] {
  return steps.map((_, k) => steps[steps.length - 1 - k]![quantity] ?? 0);
}
