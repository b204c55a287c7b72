// The RNN chapter: the course sentence traced through the shipped plain RNN.
import { browser } from '$app/environment';
import { loadModelMeta } from '$site/model-meta.js';
import { loadSiteTrace } from '$site/traces.js';
import { loadTypesetter } from '$site/typeset.svelte.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  // The equation is prerendered with KaTeX; the browser loads it later (see LazyEquation).
  if (!browser) await loadTypesetter();
  const meta = await loadModelMeta(fetch, 'memory-rnn');
  return {
    trace: await loadSiteTrace(fetch, 'memory-rnn-ireland'),
    labels: meta.labels,
    architecture: meta.architecture,
    embeddingSize: meta.embeddingSize
  };
};
