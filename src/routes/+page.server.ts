// The memory LSTM's class names, read at prerender: only the twelve names reach the page (a universal load would
// inline the whole meta.json, with its training curve, into the home page's HTML).
import { loadModelMeta } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({
  labels: (await loadModelMeta(fetch, 'memory-lstm')).labels
});
