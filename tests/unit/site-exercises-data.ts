// The shipped data the /exercises page reads, loaded from static/ for the unit tests.
import { readFileSync } from 'node:fs';
import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import type { MemoryExperiment } from '$lib/core/experiment/types.js';
import { loadTokenizer } from '$lib/core/tokenize/index.js';
import type { Trace } from '$lib/core/trace/types.js';
import { experimentHeadline } from '../../src/site/experiment.js';
import {
  EXERCISE_TRACES,
  type ExerciseData,
  type NotebookMeta
} from '../../src/site/exercises/index.js';
import type { ModelMeta } from '../../src/site/model-meta.js';
import type { MemoryGap } from '../../src/site/traces.js';

/** A JSON file under static/. */
export const shipped = <T>(file: string) => JSON.parse(readFileSync(`static/${file}`, 'utf8')) as T;

/** Everything buildExercises reads, from the shipped files. */
export function shippedExerciseData(): ExerciseData {
  const gaps = shipped<{ labels: string[]; swapped?: string[]; gaps: MemoryGap[] }>(
    'traces/memory-gaps.json'
  );
  return {
    traces: Object.fromEntries(
      EXERCISE_TRACES.map((name) => [name, shipped<Trace>(`traces/${name}.json`)])
    ),
    metas: MEMORY_MODELS.map((id) => shipped<ModelMeta>(`models/${id}/meta.json`)),
    gaps: gaps.gaps,
    labels: gaps.labels,
    swapped: gaps.swapped,
    subwords: loadTokenizer(
      readFileSync('static/models/sentiment-bilstm/tokenizer.subwords', 'utf8')
    ),
    notebook: shipped<NotebookMeta>('models/sentiment-bilstm/meta.json'),
    experiment: experimentHeadline(shipped<MemoryExperiment>('experiments/memory.json'))
  };
}
