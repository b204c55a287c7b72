import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import { loadMemoryGaps, loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  const [traces, gaps] = await Promise.all([
    Promise.all(MEMORY_MODELS.map((model) => loadSiteTrace(fetch, `${model}-ireland`))),
    loadMemoryGaps(fetch)
  ]);
  return { ...data, traces, gaps };
};
