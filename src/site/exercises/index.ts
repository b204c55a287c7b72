// Every /exercises question, built from the shipped data and kept only when its answer wins clearly. The page builds
// them at prerender (its server load), so the builders and the tokenizer never load in the browser.
import { loadTokenizer, type Tokenizer } from '$lib/core/tokenize/index.js';
import type { Trace } from '$lib/core/trace/types.js';
import type { ExperimentHeadline } from '../experiment.js';
import type { ModelMeta } from '../model-meta.js';
import type { MemoryGap } from '../traces.js';
import { bidirectionalExercise } from './bidirectional.js';
import { EXERCISE_TRACES, type ExerciseFiles } from './data.js';
import { curriculumExercise } from './experiment.js';
import { fibonacciStateExercise, fibonacciValueExercise } from './fibonacci.js';
import { influenceExercise } from './influence.js';
import { closedGateExercise } from './lstm-gates.js';
import { fair } from './margin.js';
import { farAnswerExercise } from './memory-gaps.js';
import { notebookParamsExercise, notebookShapeExercise, type NotebookMeta } from './notebook.js';
import { subwordExercise } from './subwords.js';
import { slowestLearnerExercise } from './training.js';
import type { Exercise, ShownExercise } from './types.js';

export { MIN_MARGIN, marginOf, spreadOf, clearDistractors } from './margin.js';
export { linkHref } from './common.js';
export { EXERCISE_TRACES, loadExerciseFiles } from './data.js';
export type { ExerciseFiles, FigureFiles } from './data.js';
export type { Exercise, ExerciseFigure, FigureLink, Quote, ShownExercise } from './types.js';
export type { NotebookMeta } from './notebook.js';

/** The data the exercises are read from. */
export interface ExerciseData {
  /** The traces of EXERCISE_TRACES, by name. */
  traces: Record<string, Trace>;
  /** The memory models' meta.json, for their training curves. */
  metas: readonly ModelMeta[];
  /** The /memory gap sentences and their class labels. */
  gaps: readonly MemoryGap[];
  labels: readonly string[];
  /** The countries swapped in for Ireland on each gap sentence, in the file's order. */
  swapped?: readonly string[];
  /** The subword tokenizer of the sentiment models (as on /tokens). */
  subwords: Tokenizer;
  /** sentiment-bilstm's meta.json: the notebook model's real sizes. */
  notebook: NotebookMeta;
  /** The memory experiment's headline numbers. */
  experiment: ExperimentHeadline;
}

/** Every exercise the data supports, in teaching order, without those whose answer does not win clearly. */
export function buildExercises(data: ExerciseData): Exercise[] {
  const { traces } = data;
  const trace = (name: (typeof EXERCISE_TRACES)[number]) => traces[name];
  // In chapter order: /tokens, /fibonacci, /memory, /models, /lstm, /stacked, then the GRU in /playground.
  const made = [
    subwordExercise(data.subwords),
    trace('fibonacci-30') && fibonacciStateExercise(trace('fibonacci-30')!),
    trace('fibonacci-30') && fibonacciValueExercise(trace('fibonacci-30')!),
    farAnswerExercise(data.gaps, data.labels, data.swapped),
    curriculumExercise(data.experiment),
    slowestLearnerExercise(data.metas),
    trace('memory-lstm-ireland') && closedGateExercise(trace('memory-lstm-ireland')!),
    trace('sentiment-bilstm-review') && bidirectionalExercise(trace('sentiment-bilstm-review')!),
    notebookShapeExercise(data.notebook),
    notebookParamsExercise(data.notebook),
    trace('memory-gru-ireland') && influenceExercise(trace('memory-gru-ireland')!)
  ];
  return made.map((e) => fair(e || undefined)).filter((e): e is Exercise => e !== undefined);
}

/** The builders' data from the fetched files and the memory experiment's headline. */
export function exerciseData(files: ExerciseFiles, experiment: ExperimentHeadline): ExerciseData {
  return {
    traces: files.traces,
    metas: files.metas,
    gaps: files.gaps.gaps,
    labels: files.gaps.labels,
    swapped: files.gaps.swapped,
    subwords: loadTokenizer(files.subwords),
    notebook: files.notebook,
    experiment
  };
}

/** An exercise without what only the checks read (its quotes and margin): what the page ships to the browser. */
export function shownExercise({
  quotes: _quotes,
  margin: _margin,
  ...shown
}: Exercise): ShownExercise {
  return shown;
}
