// The Fibonacci chapter: the fixed-weight two-unit network, traced over 30 steps.
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
  trace: await loadSiteTrace(fetch, 'fibonacci-30')
});
