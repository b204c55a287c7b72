// The tokens chapter: both shipped tokenizers (tiny text files) and the two word-order traces.
import { loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const text = async (path: string) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`Could not load ${path} (${response.status}).`);
    return response.text();
  };
  const [subwords, words, first, second] = await Promise.all([
    text('/models/sentiment-bilstm/tokenizer.subwords'),
    text('/models/memory-lstm/tokenizer.json'),
    loadSiteTrace(fetch, 'sentiment-bilstm-order-1'),
    loadSiteTrace(fetch, 'sentiment-bilstm-order-2')
  ]);
  return { subwords, words, orders: [first, second] };
};
