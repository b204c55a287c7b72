// Reading a tfjs weights file against its model.json weightsManifest, without tfjs.

/** One entry of a tfjs weightsManifest group. */
export interface ManifestWeight {
  name: string;
  shape: number[];
  dtype: string;
}

/** Every weight in the manifest by name, as float32 values; `data` is the groups' files joined in manifest order. */
export function readManifestWeights(
  manifest: readonly { weights: readonly ManifestWeight[] }[],
  data: ArrayBuffer
): Map<string, { shape: number[]; values: Float32Array }> {
  const weights = new Map<string, { shape: number[]; values: Float32Array }>();
  let offset = 0;
  for (const weight of manifest.flatMap((group) => group.weights)) {
    if (weight.dtype !== 'float32')
      throw new Error(
        `Weight ${weight.name} is ${weight.dtype}; only float32 weights can be read.`
      );
    const size = weight.shape.reduce((a, b) => a * b, 1);
    if (offset + 4 * size > data.byteLength)
      throw new Error(`The weights file ends before ${weight.name}.`);
    weights.set(weight.name, {
      shape: weight.shape,
      values: new Float32Array(data.slice(offset, offset + 4 * size))
    });
    offset += 4 * size;
  }
  return weights;
}
