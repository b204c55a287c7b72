// The LSTM chapter: the course sentence traced through the shipped LSTM.
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
  trace: await loadSiteTrace(fetch, 'memory-lstm-ireland')
});
