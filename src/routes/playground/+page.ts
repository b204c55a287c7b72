import { browser } from '$app/environment';
import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  // The first view, before any typing: the course sentence as the LSTM read it, inlined by prerender. The three cells
  // side by side are drawn in the browser only, below the first screen, so their traces are fetched there (not
  // awaited, not inlined: 23 KB less HTML before the first paint).
  const lstm = await loadSiteTrace(fetch, 'memory-lstm-ireland');
  const courseCells = browser
    ? Promise.all(MEMORY_MODELS.map((model) => loadSiteTrace(fetch, `${model}-ireland`)))
    : undefined;
  return { ...data, lstm, courseCells };
};
