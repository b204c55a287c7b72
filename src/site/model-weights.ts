// Weight counts read from a model.json manifest: the /gru chapter compares the two memory cells by them.

/** The part of a tfjs model.json this reads. */
export interface WeightsManifestFile {
  weightsManifest: { weights: { name: string; shape: number[] }[] }[];
}

/** Number of weights in one layer (kernel, recurrent kernel and bias), from its model.json manifest. */
export function layerWeightCount(model: WeightsManifestFile, layer: string): number {
  return model.weightsManifest
    .flatMap((group) => group.weights)
    .filter((weight) => weight.name.startsWith(`${layer}/`))
    .reduce((sum, weight) => sum + weight.shape.reduce((a, b) => a * b, 1), 0);
}
