import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  // The first view, before any typing: the course sentence as every memory model read it.
  const memory = await Promise.all(
    MEMORY_MODELS.map((model) => loadSiteTrace(fetch, `${model}-ireland`))
  );
  return { ...data, memory };
};
