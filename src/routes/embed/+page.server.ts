// The generator's model list, read at prerender (see loadModelSummaries).
import { SHIPPED_MODELS, loadModelSummaries } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({
  metas: await loadModelSummaries(fetch, SHIPPED_MODELS)
});
