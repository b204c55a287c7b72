// The GRU chapter: the course sentence through the shipped GRU, and the LSTM's trace to compare with.
import { browser } from '$app/environment';
import { loadSiteTrace } from '$site/traces.js';
import { loadTypesetter } from '$site/typeset.svelte.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  // The equations are prerendered with KaTeX; the browser loads it later (see LazyEquation).
  if (!browser) await loadTypesetter();
  const [trace, lstm] = await Promise.all([
    loadSiteTrace(fetch, 'memory-gru-ireland'),
    loadSiteTrace(fetch, 'memory-lstm-ireland')
  ]);
  return { ...data, trace, lstm };
};
