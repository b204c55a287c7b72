import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import { TYPEABLE_MODELS, loadModelMeta } from '$site/model-meta.js';
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const [metas, memory] = await Promise.all([
    Promise.all(TYPEABLE_MODELS.map((id) => loadModelMeta(fetch, id))),
    // The first view, before any typing: the course sentence as every memory model read it.
    Promise.all(MEMORY_MODELS.map((model) => loadSiteTrace(fetch, `${model}-ireland`)))
  ]);
  return { metas, memory };
};
