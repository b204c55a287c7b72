// The playground's model list, read at prerender (see loadModelSummaries).
import { TYPEABLE_MODELS, loadModelSummaries } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({
  metas: await loadModelSummaries(fetch, TYPEABLE_MODELS)
});
