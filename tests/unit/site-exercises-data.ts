// The shipped data the /exercises page reads, loaded from static/ for the unit tests.
import { readFileSync } from 'node:fs';
import { MEMORY_MODELS } from '$lib/core/site-sentences.js';
import type { MemoryExperiment } from '$lib/core/experiment/types.js';
import type { Trace } from '$lib/core/trace/types.js';
import { experimentHeadline } from '../../src/site/experiment.js';
import {
  EXERCISE_TRACES,
  exerciseData,
  type ExerciseData,
  type NotebookMeta
} from '../../src/site/exercises/index.js';
import type { ModelMeta } from '../../src/site/model-meta.js';

/** A JSON file under static/. */
export const shipped = <T>(file: string) => JSON.parse(readFileSync(`static/${file}`, 'utf8')) as T;

/** Everything buildExercises reads, from the shipped files (as the page's server load reads them). */
export function shippedExerciseData(): ExerciseData {
  return exerciseData(
    {
      traces: Object.fromEntries(
        EXERCISE_TRACES.map((name) => [name, shipped<Trace>(`traces/${name}.json`)])
      ),
      metas: MEMORY_MODELS.map((id) => shipped<ModelMeta>(`models/${id}/meta.json`)),
      gaps: shipped('traces/memory-gaps.json'),
      subwords: readFileSync('static/models/sentiment-bilstm/tokenizer.subwords', 'utf8'),
      notebook: shipped<NotebookMeta>('models/sentiment-bilstm/meta.json')
    },
    experimentHeadline(shipped<MemoryExperiment>('experiments/memory.json'))
  );
}
