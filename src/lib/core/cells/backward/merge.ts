// How a Bidirectional layer's merge sends a gradient back to its two halves.

/** How a Bidirectional layer joins its halves (null: it returns both). */
export type MergeMode = 'concat' | 'sum' | 'mul' | 'ave' | null;

/** One half of a Bidirectional layer as the merge saw it. */
export interface MergeHalf {
  /** The half's hidden states, [steps, units] in its processing order. */
  h: Float32Array;
}

/**
 * Splits ∂y/∂(merged output) into each half's ∂y/∂(own output at each processing step), [steps, units] each.
 * With sequences the merged output is in token order, so the backward half's step p is token steps−1−p; without,
 * the merge joined both halves' last steps. `merged` holds one array, or two when mergeMode is null.
 */
export function splitMergeGradient(
  mode: MergeMode,
  merged: readonly (Float64Array | undefined)[],
  forward: MergeHalf,
  backward: MergeHalf,
  steps: number,
  units: number,
  sequences: boolean
): { forward: Float64Array; backward: Float64Array } {
  const dForward = new Float64Array(steps * units);
  const dBackward = new Float64Array(steps * units);
  const positions = sequences ? steps : 1;
  const width = mode === 'concat' ? 2 * units : units;
  const [first, second] = merged;
  for (let position = 0; position < positions; position++) {
    const f = (sequences ? position : steps - 1) * units;
    const b = (sequences ? steps - 1 - position : steps - 1) * units;
    const at = position * width;
    for (let k = 0; k < units; k++) {
      const d = first?.[at + k] ?? 0;
      if (mode === 'concat') {
        dForward[f + k] = d;
        dBackward[b + k] = first?.[at + units + k] ?? 0;
      } else if (mode === 'sum') {
        dForward[f + k] = dBackward[b + k] = d;
      } else if (mode === 'ave') {
        dForward[f + k] = dBackward[b + k] = 0.5 * d;
      } else if (mode === 'mul') {
        dForward[f + k] = d * backward.h[b + k]!;
        dBackward[b + k] = d * forward.h[f + k]!;
      } else {
        dForward[f + k] = d;
        dBackward[b + k] = second?.[at + k] ?? 0;
      }
    }
  }
  return { forward: dForward, backward: dBackward };
}
