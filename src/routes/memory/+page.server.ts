// The memory experiment's results, read at prerender: only what the figures draw reaches the page (a universal
// load would inline the whole results file into its HTML).
import { chanceLevel } from '$lib/geometry/layout/forgetting-curve.js';
import { loadMemoryFigures } from '$site/memory-experiment.js';
import { loadModelMeta } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const meta = await loadModelMeta(fetch, 'memory-rnn');
  return { experiment: await loadMemoryFigures(fetch, chanceLevel(meta.labels.length)) };
};
