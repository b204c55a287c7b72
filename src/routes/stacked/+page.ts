// The stacked chapter: a review through the course notebook's bidirectional and stacked bidirectional LSTMs.
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  const [bilstm, stacked] = await Promise.all([
    loadSiteTrace(fetch, 'sentiment-bilstm-review'),
    loadSiteTrace(fetch, 'sentiment-stacked-bilstm-review')
  ]);
  return { ...data, bilstm, stacked };
};
