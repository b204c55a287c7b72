// Weight counts of the two memory cells, read from their model.json at prerender: only the two numbers reach the
// page (a universal load would inline both model files into its HTML).
import { layerWeightCount, type WeightsManifestFile } from '$site/model-weights.js';
import type { PageServerLoad } from './$types';

/** Number of weights in a model's recurrent layer, read from its model.json. */
async function recurrentWeights(fetch: typeof globalThis.fetch, id: string, layer: string) {
  const response = await fetch(`/models/${id}/model.json`);
  if (!response.ok) throw new Error(`Could not load ${id} (${response.status}).`);
  return layerWeightCount((await response.json()) as WeightsManifestFile, layer);
}

export const load: PageServerLoad = async ({ fetch }) => {
  const [gruWeights, lstmWeights] = await Promise.all([
    recurrentWeights(fetch, 'memory-gru', 'gru'),
    recurrentWeights(fetch, 'memory-lstm', 'lstm')
  ]);
  return { gruWeights, lstmWeights };
};
