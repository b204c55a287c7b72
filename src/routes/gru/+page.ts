// The GRU chapter: the course sentence through the shipped GRU, and the LSTM's trace to compare with.
import { browser } from '$app/environment';
import { loadSiteTrace } from '$site/traces.js';
import { loadTypesetter } from '$site/typeset.svelte.js';
import type { PageLoad } from './$types';

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

export const load: PageLoad = async ({ fetch }) => {
  // The equations are prerendered with KaTeX; the browser loads it later (see LazyEquation).
  if (!browser) await loadTypesetter();
  const [trace, lstm, gruWeights, lstmWeights] = await Promise.all([
    loadSiteTrace(fetch, 'memory-gru-ireland'),
    loadSiteTrace(fetch, 'memory-lstm-ireland'),
    recurrentWeights(fetch, 'memory-gru', 'gru'),
    recurrentWeights(fetch, 'memory-lstm', 'lstm')
  ]);
  return { trace, lstm, gruWeights, lstmWeights };
};
