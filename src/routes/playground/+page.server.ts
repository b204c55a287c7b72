// What the playground needs of each shipped model's meta.json, read at prerender: only these fields reach the page
// (the whole files, training curves and all, would be inlined into its HTML).
import { TYPEABLE_MODELS, loadModelMeta } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const metas = await Promise.all(TYPEABLE_MODELS.map((id) => loadModelMeta(fetch, id)));
  return {
    metas: metas.map(({ id, title, labels, tokenizer }) => ({ id, title, labels, tokenizer }))
  };
};
