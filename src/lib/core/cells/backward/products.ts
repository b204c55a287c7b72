// The two products a backward step needs, on row-major [rows, width] matrices, accumulated in float64.

/** out[k] += Σ_j vector[j] · matrix[j, from + k] for k < out.length: a row vector times a column block. */
export function addProduct(
  vector: ArrayLike<number>,
  matrix: Float32Array,
  width: number,
  from: number,
  out: Float64Array
): void {
  const count = out.length;
  for (let j = 0; j < vector.length; j++) {
    const v = vector[j]!;
    if (v === 0) continue;
    const row = j * width + from;
    for (let k = 0; k < count; k++) out[k]! += v * matrix[row + k]!;
  }
}

/** out[j] += Σ_k gradient[k] · matrix[j, from + k] for j < out.length: a gradient sent back through a column block. */
export function addTransposedProduct(
  gradient: Float64Array,
  matrix: Float32Array,
  width: number,
  from: number,
  out: Float64Array
): void {
  const count = gradient.length;
  for (let j = 0; j < out.length; j++) {
    const row = j * width + from;
    let sum = 0;
    for (let k = 0; k < count; k++) sum += gradient[k]! * matrix[row + k]!;
    out[j]! += sum;
  }
}
