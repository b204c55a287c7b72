// The memory experiment, read at prerender: its headline numbers and the forgetting curves only (a universal load
// would inline the whole results file into the page).
import { chanceLevel } from '$lib/geometry/layout/forgetting-curve.js';
import { loadExperimentHeadline } from '$site/experiment.js';
import { loadMemoryFigures } from '$site/memory-experiment.js';
import { loadModelMeta } from '$site/model-meta.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const meta = await loadModelMeta(fetch, 'memory-rnn');
  const chance = chanceLevel(meta.labels.length);
  const [headline, figures] = await Promise.all([
    loadExperimentHeadline(fetch),
    loadMemoryFigures(fetch, chance)
  ]);
  const regimes = figures.regimes.map(({ name, label, series }) => ({ name, label, series }));
  return { experiment: headline, regimes, chance };
};
