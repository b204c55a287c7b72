// The Fibonacci chapter: the fixed-weight two-unit network, traced over 30 steps.
import { loadFibonacciCell } from '$site/fibonacci-scale.js';
import { loadModelMeta } from '$site/model-meta.js';
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const [trace, cell, meta] = await Promise.all([
    loadSiteTrace(fetch, 'fibonacci-30'),
    loadFibonacciCell(fetch),
    loadModelMeta(fetch, 'fibonacci')
  ]);
  return { trace, cell, architecture: meta.architecture };
};
