// The chapter states an exercise may link to: which query keys each chapter reads back from its URL, and the checks
// that a link names a state that exists (a step inside the trace, a unit inside the layer, a gap the slider has).
import type { Trace } from '$lib/core/trace/types.js';
import type { Exercise } from './types.js';

/** What a chapter reads from its URL, and the trace its stepped figures draw (when it has one). */
export interface ChapterState {
  /** Query keys the chapter restores on load. */
  reads: readonly string[];
  /** The trace the chapter's `step` and `unit` refer to. */
  trace?: string;
  /** Whether `unit=all` is a choice. */
  allUnits?: boolean;
  /** Element ids a link may point at. */
  hashes?: readonly string[];
}

/** The chapters exercises link to, as their pages read them (a test checks each against the page's source). */
export const CHAPTER_STATES: Record<string, ChapterState> = {
  '/lstm': { reads: ['step', 'unit'], trace: 'memory-lstm-ireland', allUnits: true },
  '/fibonacci': { reads: ['step'], trace: 'fibonacci-30' },
  '/stacked': { reads: ['step'], trace: 'sentiment-bilstm-review' },
  '/memory': {
    reads: ['step', 'gap', 'regime'],
    trace: 'memory-rnn-ireland',
    hashes: ['gap', 'curve']
  },
  '/tokens': { reads: ['text'] },
  '/playground': { reads: ['m', 's'] },
  '/models': { reads: [] }
};

/** What a link check needs besides the exercise: the traces by name, the gap count, and the shipped model ids. */
export interface LinkContext {
  traces: Record<string, Trace>;
  gaps: number;
  models: readonly string[];
}

/** Why an exercise's link does not open a state that exists, in one line; undefined when it does. */
export function linkProblem(exercise: Exercise, context: LinkContext): string | undefined {
  const { path, query, hash } = exercise.link;
  const chapter = CHAPTER_STATES[path];
  if (!chapter) return `${path} is not a chapter exercises link to`;
  const unread = Object.keys(query).find((key) => !chapter.reads.includes(key));
  if (unread) return `${path} does not read ?${unread}=`;
  const trace = chapter.trace ? context.traces[chapter.trace] : undefined;
  const whole = (value: unknown, min: number, max: number) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
  if ('step' in query && !whole(query.step, 1, trace?.tokens.length ?? 0))
    return `step ${query.step} is outside ${chapter.trace}'s ${trace?.tokens.length ?? 0} steps`;
  if ('unit' in query && !(query.unit === 'all' && chapter.allUnits)) {
    if (!whole(query.unit, 0, (trace?.layers[0]?.units ?? 0) - 1))
      return `unit ${query.unit} is outside ${chapter.trace}'s units`;
  }
  if ('gap' in query && !whole(query.gap, 0, context.gaps - 1))
    return `gap ${query.gap} is outside the ${context.gaps} gap sentences`;
  if ('m' in query && !context.models.includes(String(query.m)))
    return `${query.m} is not a shipped model`;
  if (hash && !(chapter.hashes ?? []).includes(hash) && !hash.startsWith('model-'))
    return `${path} has no #${hash}`;
  if (hash?.startsWith('model-') && !context.models.includes(hash.slice('model-'.length)))
    return `#${hash} names no shipped model`;
  const figure = exercise.figure;
  if (
    'trace' in figure &&
    'step' in figure &&
    'step' in query &&
    figure.step !== Number(query.step) - 1
  )
    return `the figure is at step ${figure.step + 1}, the link at step ${query.step}`;
  return undefined;
}
