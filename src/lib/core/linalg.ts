// The few dense products a cell replay needs, on row-major Float32Arrays, rounded like tfjs's float32 tensors.

/**
 * Projects every row of `inputs` ([rows, inner]) through `matrix` ([inner, cols]) into a new [rows, cols] array.
 * Sums run in float64 and are rounded once to float32, as tfjs's cpu matMul does.
 */
export function matMul(
  inputs: Float32Array,
  rows: number,
  inner: number,
  matrix: Float32Array,
  cols: number
): Float32Array {
  const out = new Float32Array(rows * cols);
  const acc = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    acc.fill(0);
    const rowStart = r * inner;
    for (let i = 0; i < inner; i++) {
      const value = inputs[rowStart + i]!;
      if (value === 0) continue;
      const matrixRow = i * cols;
      for (let c = 0; c < cols; c++) acc[c]! += value * matrix[matrixRow + c]!;
    }
    out.set(acc, r * cols);
  }
  return out;
}

/**
 * out[c] = Σ_j vector[j]·matrix[j, colStart + c] for c < count: a vector times a column slice of a [rows, stride] matrix.
 * `scratch` must hold at least `count` float64s.
 */
export function vecMatInto(
  vector: Float32Array,
  matrix: Float32Array,
  stride: number,
  colStart: number,
  count: number,
  out: Float32Array,
  scratch: Float64Array
): void {
  scratch.fill(0, 0, count);
  for (let j = 0; j < vector.length; j++) {
    const value = vector[j]!;
    if (value === 0) continue;
    const rowStart = j * stride + colStart;
    for (let c = 0; c < count; c++) scratch[c]! += value * matrix[rowStart + c]!;
  }
  for (let c = 0; c < count; c++) out[c] = scratch[c]!;
}
