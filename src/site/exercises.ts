// The /exercises questions, each answered from the real models' precomputed numbers (never typed in by hand).
import type { LstmGates, Trace } from '$lib/core/trace/types.js';
import { gapReadout, percentText } from './memory-readout.js';
import type { MemoryGap } from './traces.js';
import type { ModelMeta } from './model-meta.js';

/** One multiple-choice check: the options, the right one, and why (with the numbers that decide it). */
export interface Exercise {
  id: string;
  prompt: string;
  options: string[];
  answer: string;
  explanation: string;
  /** How clearly the answer wins: (winner − runner-up) / |winner| on the deciding number (Infinity when only one can win). */
  margin: number;
}

/** The smallest margin an exercise may win by: a closer call is not a fair question. */
export const MIN_MARGIN = 0.05;

/**
 * The relative margin of the best score over the next (lowest = true: smaller wins), or 0 when the
 * two print the same at the displayed precision.
 */
export function marginOf(
  scores: readonly number[],
  shown: (value: number) => string,
  lowest = false
): number {
  const sorted = [...scores].sort((a, b) => (lowest ? a - b : b - a));
  const [first, second] = sorted;
  if (first === undefined || second === undefined) return Infinity;
  if (shown(first) === shown(second)) return 0;
  if (!Number.isFinite(first) || !Number.isFinite(second)) return Infinity;
  return Math.abs(first - second) / Math.max(Math.abs(first), Math.abs(second));
}

/** Keeps an exercise only when its answer wins clearly. */
function fair(exercise: Exercise | undefined): Exercise | undefined {
  return exercise && exercise.margin >= MIN_MARGIN ? exercise : undefined;
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
const CELL_NAMES: Record<string, string> = {
  'memory-rnn': 'Plain RNN',
  'memory-lstm': 'LSTM',
  'memory-gru': 'GRU'
};

function argBest<T>(
  items: readonly T[],
  score: (item: T) => number,
  lowest = false
): T | undefined {
  let best: T | undefined;
  for (const item of items)
    if (best === undefined || (lowest ? score(item) < score(best) : score(item) > score(best)))
      best = item;
  return best;
}

/** "Which LSTM gate is most closed at 'Ireland'?": the gate with the lowest mean over units at that step. */
export function closedGateExercise(lstm: Trace, word = 'Ireland'): Exercise | undefined {
  const t = lstm.tokens.findIndex((token) => token.text === word);
  const gates = lstm.layers[0]?.steps[t]?.gates as LstmGates | undefined;
  if (t < 0 || !gates?.forget) return undefined;
  const means = {
    input: mean(gates.input),
    forget: mean(gates.forget),
    output: mean(gates.output)
  };
  const names = Object.keys(means) as (keyof typeof means)[];
  const answer = argBest(names, (name) => means[name], true)!;
  return {
    id: 'closed-gate',
    prompt: `When the LSTM reads “${word}”, which of its gates is most closed on average (the lowest value between 0 and 1 over its 32 units)?`,
    options: names.map((name) => `${name} gate`),
    answer: `${answer} gate`,
    explanation: `Mean over the units at “${word}”: ${names.map((name) => `${name} ${means[name].toFixed(2)}`).join(', ')}.`,
    margin: marginOf(Object.values(means), (v) => v.toFixed(2), true)
  };
}

/** "Will the plain RNN still answer Gaelic at the longest distance?": read from the gap sentences. */
export function farAnswerExercise(
  gaps: readonly MemoryGap[],
  labels: readonly string[]
): Exercise | undefined {
  const far = gaps[gaps.length - 1];
  const readout = far && gapReadout(far, 'memory-rnn', labels);
  if (!far || !readout) return undefined;
  const still = readout.top === labels[0];
  return {
    id: 'far-answer',
    prompt: `The plain RNN answers ${labels[0]} on the short sentence. With ${far.gap} distractor tokens added (distance ${far.distance}), will it still answer ${labels[0]}?`,
    options: ['yes', 'no'],
    answer: still ? 'yes' : 'no',
    explanation: `At distance ${far.distance} its top answer is ${readout.top} (${percentText(readout.topProbability)}); ${labels[0]} gets ${percentText(readout.expected)}.${still ? ' On this sentence it keeps the country; the memory chapter shows how often it does not.' : ''}`,
    margin: Infinity
  };
}

/** "Which word mattered most to the GRU?": the token with the largest influence on its answer. */
export function influenceExercise(gru: Trace): Exercise | undefined {
  const indices = gru.tokens.map((_, i) => i);
  const top = argBest(indices, (i) => Math.abs(gru.influence[i] ?? 0));
  if (top === undefined) return undefined;
  const word = gru.tokens[top]!.text;
  const candidates = ['I', 'school', 'speak', 'learn'].filter(
    (text) => text !== word && gru.tokens.some((token) => token.text === text)
  );
  const options = [word, ...candidates.slice(0, 3)].sort();
  const total = gru.influence.reduce((sum, v) => sum + Math.abs(v), 0) || 1;
  const share = (text: string) =>
    Math.abs(gru.influence[gru.tokens.findIndex((token) => token.text === text)] ?? 0) / total;
  return {
    id: 'influence',
    prompt: 'Which word did the GRU’s answer depend on most (the largest influence)?',
    options,
    answer: word,
    explanation: `“${word}” carries ${percentText(Math.abs(gru.influence[top] ?? 0) / total)} of the total influence. ${options
      .filter((o) => o !== word)
      .map((o) => {
        const i = gru.tokens.findIndex((token) => token.text === o);
        return `“${o}”: ${percentText(Math.abs(gru.influence[i] ?? 0) / total)}`;
      })
      .join(', ')}.`,
    margin: marginOf(options.map(share), percentText)
  };
}

/** "Which cell needed the most epochs to reach 100% validation accuracy?": read from the training curves. */
export function slowestLearnerExercise(metas: readonly ModelMeta[]): Exercise | undefined {
  const firstPerfect = (meta: ModelMeta) => {
    const point = meta.training?.curve.find((p) => p.valAccuracy >= 1);
    return point ? point.epoch : Infinity;
  };
  const slowest = argBest(metas, firstPerfect);
  if (!slowest) return undefined;
  const name = (meta: ModelMeta) => CELL_NAMES[meta.id] ?? meta.id;
  return {
    id: 'slowest',
    prompt:
      'Trained the same way, which memory model took the most epochs to first reach 100% validation accuracy (or never did)?',
    options: metas.map(name),
    answer: name(slowest),
    explanation: `First epoch at 100%: ${metas.map((meta) => `${name(meta)} ${firstPerfect(meta) === Infinity ? 'never' : firstPerfect(meta)}`).join(', ')}.`,
    margin: marginOf(metas.map(firstPerfect), String)
  };
}

/** "Which model is most sure of Gaelic?": the highest probability of the first label on the course sentence. */
export function confidenceExercise(
  traces: readonly { id: string; trace: Trace }[],
  labels: readonly string[]
): Exercise | undefined {
  const best = argBest(traces, (t) => t.trace.output[0] ?? 0);
  if (!best) return undefined;
  return {
    id: 'confidence',
    prompt: `On the course sentence, which model gives ${labels[0]} the highest probability?`,
    options: traces.map((t) => CELL_NAMES[t.id] ?? t.id),
    answer: CELL_NAMES[best.id] ?? best.id,
    explanation:
      traces
        .map((t) => `${CELL_NAMES[t.id] ?? t.id}: ${percentText(t.trace.output[0] ?? 0)}`)
        .join(', ') + '.',
    margin: marginOf(
      traces.map((t) => t.trace.output[0] ?? 0),
      percentText
    )
  };
}

/** The data the exercises are read from. */
export interface ExerciseData {
  /** The memory models' traces of the course sentence, by model id. */
  traces: Record<string, Trace>;
  metas: readonly ModelMeta[];
  gaps: readonly MemoryGap[];
  labels: readonly string[];
}

/** Every exercise the data supports, without those whose answer does not win clearly. */
export function buildExercises(data: ExerciseData): Exercise[] {
  const { traces, metas, gaps, labels } = data;
  return [
    closedGateExercise(traces['memory-lstm']!),
    farAnswerExercise(gaps, labels),
    influenceExercise(traces['memory-gru']!),
    confidenceExercise(
      Object.entries(traces).map(([id, trace]) => ({ id, trace })),
      labels
    ),
    slowestLearnerExercise(metas)
  ]
    .map(fair)
    .filter((e): e is Exercise => e !== undefined);
}
