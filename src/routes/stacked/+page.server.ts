// The two sentiment models' architecture lines, read from their meta.json at prerender: only the two strings reach the
// page (a universal load would inline both files, training curves and all, into its HTML).
import { loadModelMeta } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const [bilstm, stacked] = await Promise.all([
    loadModelMeta(fetch, 'sentiment-bilstm'),
    loadModelMeta(fetch, 'sentiment-stacked-bilstm')
  ]);
  return { architectures: { bilstm: bilstm.architecture, stacked: stacked.architecture } };
};
