// The few dense products a cell replay needs, on row-major Float32Arrays.

/** The transpose of a row-major [rows, cols] matrix, as a row-major [cols, rows] matrix. */
export function transpose(matrix: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[c * rows + r] = matrix[r * cols + c]!;
  }
  return out;
}

/**
 * out[outOffset + c] = Σ_j vector[vectorOffset + j] · columns[(first + c)·length + j], for c < count:
 * a vector times `count` columns of a matrix stored transposed (one column per row of `columns`).
 * Four running sums let the engine pipeline the multiply-adds; each result is rounded once to float32.
 */
export function dotColumns(
  vector: Float32Array,
  vectorOffset: number,
  length: number,
  columns: Float32Array,
  first: number,
  count: number,
  out: Float32Array,
  outOffset = 0
): void {
  for (let c = 0; c < count; c++) {
    const row = (first + c) * length;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let j = 0;
    for (; j + 3 < length; j += 4) {
      s0 += vector[vectorOffset + j]! * columns[row + j]!;
      s1 += vector[vectorOffset + j + 1]! * columns[row + j + 1]!;
      s2 += vector[vectorOffset + j + 2]! * columns[row + j + 2]!;
      s3 += vector[vectorOffset + j + 3]! * columns[row + j + 3]!;
    }
    for (; j < length; j++) s0 += vector[vectorOffset + j]! * columns[row + j]!;
    out[outOffset + c] = s0 + s1 + (s2 + s3);
  }
}

/** inputs [rows, inner] times matrix [inner, cols], as a new row-major [rows, cols] array. */
export function matMul(
  inputs: Float32Array,
  rows: number,
  inner: number,
  matrix: Float32Array,
  cols: number
): Float32Array {
  const columns = transpose(matrix, inner, cols);
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++)
    dotColumns(inputs, r * inner, inner, columns, 0, cols, out, r * cols);
  return out;
}
