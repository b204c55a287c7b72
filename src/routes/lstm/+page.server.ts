// Read at prerender: the memory experiment's headline (a universal load would inline the whole results file, about
// 450 KB, into the HTML the reader downloads and parses) and the paragraph on the keeper unit, whose wording code
// then stays out of the page's JavaScript.
import { loadExperimentHeadline } from '$site/experiment.js';
import { irelandIndex, keeperOf } from '$site/keeper.js';
import { lstmKeeperPieces } from '$site/keeper-prose.js';
import { loadSiteTrace } from '$site/traces.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const trace = await loadSiteTrace(fetch, 'memory-lstm-ireland');
  const story = keeperOf(trace.layers[0]!, irelandIndex(trace));
  return {
    experiment: await loadExperimentHeadline(fetch),
    keeperProse: lstmKeeperPieces(story, 'memory-lstm-ireland')
  };
};
