// The exercises read the same files as the chapters they link to: traces, gap sentences, training curves, the
// sentiment models' tokenizer and meta.json, and (from the server load) the memory experiment.
import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import { EXERCISE_TRACES, type NotebookMeta } from '$site/exercises/index.js';
import { loadModelMeta } from '$site/model-meta.js';
import { loadMemoryGaps, loadSiteTrace } from '$site/traces.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, data }) => {
  const text = async (path: string) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`Could not load ${path} (${response.status}).`);
    return response.text();
  };
  const [traces, metas, gaps, subwords, notebook] = await Promise.all([
    Promise.all(EXERCISE_TRACES.map((name) => loadSiteTrace(fetch, name))),
    Promise.all(MEMORY_MODELS.map((model) => loadModelMeta(fetch, model))),
    loadMemoryGaps(fetch),
    text('/models/sentiment-bilstm/tokenizer.subwords'),
    text('/models/sentiment-bilstm/meta.json')
  ]);
  return {
    ...data,
    traces: Object.fromEntries(EXERCISE_TRACES.map((name, i) => [name, traces[i]!])),
    metas,
    gaps,
    subwords,
    notebook: JSON.parse(notebook) as NotebookMeta
  };
};
