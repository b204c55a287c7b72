// The memory experiment's headline, read at prerender: only its numbers reach the page (a universal load would
// inline the whole results file, about 450 KB, into the HTML the reader downloads and parses).
import { loadExperimentHeadline } from '$site/experiment.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({
  experiment: await loadExperimentHeadline(fetch)
});
