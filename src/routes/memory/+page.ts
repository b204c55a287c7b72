import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import { loadModelMeta } from '$site/model-meta.js';
import { loadMemoryGaps, loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  const [traces, metas, gaps] = await Promise.all([
    Promise.all(MEMORY_MODELS.map((model) => loadSiteTrace(fetch, `${model}-ireland`))),
    Promise.all(MEMORY_MODELS.map((model) => loadModelMeta(fetch, model))),
    loadMemoryGaps(fetch)
  ]);
  return { ...data, traces, metas, gaps };
};
