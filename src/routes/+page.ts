// The home page's hero: the course sentence traced ahead of time through the shipped LSTM.
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => ({
  ...data,
  trace: await loadSiteTrace(fetch, 'memory-lstm-ireland')
});
