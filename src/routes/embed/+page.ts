import { SHIPPED_MODELS, loadModelMeta } from '$site/model-meta.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
  metas: await Promise.all(SHIPPED_MODELS.map((id) => loadModelMeta(fetch, id)))
});
