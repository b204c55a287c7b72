// The RNN chapter: the course sentence traced through the shipped plain RNN.
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({
  trace: await loadSiteTrace(fetch, 'memory-rnn-ireland'),
  labels: (await (await fetch('/models/memory-rnn/meta.json')).json()).labels as string[]
});
