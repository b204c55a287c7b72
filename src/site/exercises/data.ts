// The files the exercises read, fetched the same way at prerender (to build the questions) and in the browser (for
// the figures shown after an answer): traces, the memory models' meta.json, the gap sentences, the sentiment models'
// tokenizer and meta.json.
import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import type { Trace } from '$lib/core/trace/types.js';
import type { ForgettingSeries } from '$lib/geometry/layout/forgetting-curve.js';
import { loadModelMeta, type ModelMeta } from '../model-meta.js';
import { loadMemoryGaps, loadSiteTrace, type MemoryGap } from '../traces.js';
import type { NotebookMeta } from './notebook.js';

/** The traces the exercises read, by their file name under static/traces/. */
export const EXERCISE_TRACES = [
  'memory-lstm-ireland',
  'memory-gru-ireland',
  'fibonacci-30',
  'sentiment-bilstm-review'
] as const;

/** The exercises' files as fetched (the tokenizer still as its text). */
export interface ExerciseFiles {
  /** The traces of EXERCISE_TRACES, by name. */
  traces: Record<string, Trace>;
  /** The memory models' meta.json, for their training curves. */
  metas: ModelMeta[];
  /** /traces/memory-gaps.json: the gap sentences, their class labels and the countries swapped in. */
  gaps: { labels: string[]; swapped?: string[]; gaps: MemoryGap[] };
  /** sentiment-bilstm's tokenizer.subwords. */
  subwords: string;
  /** sentiment-bilstm's meta.json. */
  notebook: NotebookMeta;
}

/** What the figures shown after an answer draw: the exercises' files, plus the forgetting curve's regimes. */
export interface FigureFiles extends ExerciseFiles {
  /** The memory experiment's forgetting curves, one set per training regime. */
  regimes: { name: string; label: string; series: ForgettingSeries[] }[];
  /** Chance accuracy of the memory task. */
  chance: number;
}

/** Fetches every file the exercises read; a missing one fails with its path and status. */
export async function loadExerciseFiles(fetch: typeof globalThis.fetch): Promise<ExerciseFiles> {
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
    traces: Object.fromEntries(EXERCISE_TRACES.map((name, i) => [name, traces[i]!])),
    metas,
    gaps,
    subwords,
    notebook: JSON.parse(notebook) as NotebookMeta
  };
}
