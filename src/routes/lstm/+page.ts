// The LSTM chapter: the course sentence traced through the shipped LSTM.
import { browser } from '$app/environment';
import { loadSiteTrace } from '$site/traces.js';
import { loadTypesetter } from '$site/typeset.svelte.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  // The equations are prerendered with KaTeX; the browser loads it later (see LazyEquation).
  if (!browser) await loadTypesetter();
  return { ...data, trace: await loadSiteTrace(fetch, 'memory-lstm-ireland') };
};
