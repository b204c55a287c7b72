// Weight counts of the two memory cells, read from their model.json at prerender: only the two numbers reach the
// page (a universal load would inline both model files into its HTML).
import type { PageServerLoad } from './$types';

/** Number of weights in a model's recurrent layer (kernel, recurrent kernel and bias), read from its model.json. */
async function recurrentWeights(fetch: typeof globalThis.fetch, id: string, layer: string) {
  const response = await fetch(`/models/${id}/model.json`);
  if (!response.ok) throw new Error(`Could not load ${id} (${response.status}).`);
  const model = (await response.json()) as {
    weightsManifest: { weights: { name: string; shape: number[] }[] }[];
  };
  return model.weightsManifest
    .flatMap((group) => group.weights)
    .filter((weight) => weight.name.startsWith(`${layer}/`))
    .reduce((sum, weight) => sum + weight.shape.reduce((a, b) => a * b, 1), 0);
}

export const load: PageServerLoad = async ({ fetch }) => {
  const [gruWeights, lstmWeights] = await Promise.all([
    recurrentWeights(fetch, 'memory-gru', 'gru'),
    recurrentWeights(fetch, 'memory-lstm', 'lstm')
  ]);
  return { gruWeights, lstmWeights };
};
