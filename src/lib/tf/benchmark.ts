// Timing a trace against model.predict on the same input and backend: medians of interleaved runs.
import * as tf from '@tensorflow/tfjs';
import type { Intervention } from '../core/trace/types.js';
import type { TraceInput } from './input.js';
import { prepareInput } from './input.js';
import { feedOf } from './side-inputs.js';
import { Tracer } from './tracer.js';

/** Medians of a benchmark, in milliseconds. */
export interface BenchResult {
  /** The trace itself: every recurrent layer replayed with all gates (other layers by tfjs). */
  traceMs: number;
  /** model.predict on the same input. */
  predictMs: number;
  /** traceMs / predictMs. */
  ratio: number;
  /** The check against tfjs (a second, probed run of the model). */
  checkMs: number;
  /** The influence gradient pass. */
  influenceMs: number;
  /** Tracer.trace end to end: replay, check, influence and conversion to the Trace JSON shape. */
  fullTraceMs: number;
  /** The tfjs backend measured. */
  backend: string;
  /** How many timed runs the trace and predict medians are taken over (check, influence and full trace: 3 or fewer). */
  repeats: number;
  /** The replay with the interventions asked for (when some were). */
  whatIfMs?: number;
  /** whatIfMs / predictMs. */
  whatIfRatio?: number;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const DETAIL_ROUNDS = 3;

/** Milliseconds one synchronous call takes. */
export function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Times tracing `input` through `model` against model.predict, interleaving the two so that machine noise hits both
 * alike; `warmup` untimed rounds first (kernel set-up, JIT).
 */
export function benchmarkTrace(
  model: tf.LayersModel,
  input: TraceInput,
  {
    repeats = 15,
    warmup = 3,
    interventions
  }: { repeats?: number; warmup?: number; interventions?: (tracer: Tracer) => Intervention[] } = {}
): BenchResult {
  const tracer = new Tracer(model);
  const { tensor, sides } = prepareInput(tracer.input, input);
  const feed = feedOf(
    tensor,
    sides.length > 0 ? { index: tracer.input.index ?? 0, sides } : undefined
  );
  // Token swaps only change the input; what costs time in the replay are the gate and state edits.
  const edited = interventions
    ? tracer.prepare(input, { interventions: interventions(tracer) })
    : undefined;
  const timings = {
    trace: [] as number[],
    predict: [] as number[],
    check: [] as number[],
    influence: [] as number[],
    full: [] as number[],
    whatIf: [] as number[]
  };
  try {
    for (let round = 0; round < warmup + repeats; round++) {
      let replay = tracer.replay(tensor, undefined, sides);
      const predictMs = time(() => tf.tidy(() => (model.predict(feed) as tf.Tensor).dataSync()));
      const traceMs = time(() => {
        replay = tracer.replay(tensor, undefined, sides);
      });
      const whatIfMs = edited
        ? time(() => tracer.replay(edited.tensor, edited.editsOf, edited.sides))
        : NaN;
      if (round < warmup) continue;
      timings.predict.push(predictMs);
      timings.trace.push(traceMs);
      timings.whatIf.push(whatIfMs);
      // The check and the gradient pass cost several predicts each: a few samples of them are enough.
      if (round >= warmup + DETAIL_ROUNDS) continue;
      const checkMs = time(() =>
        tracer.check(tensor, replay.directions, replay.outputs, undefined, sides)
      );
      const fullMs = time(() => tracer.trace(input));
      timings.check.push(checkMs);
      timings.full.push(fullMs);
      timings.influence.push(Math.max(0, fullMs - traceMs - checkMs));
    }
  } finally {
    tf.dispose([tensor, ...sides, ...(edited ? [edited.tensor, ...edited.sides] : [])]);
    tracer.dispose();
  }
  const traceMs = median(timings.trace);
  const predictMs = median(timings.predict);
  const whatIf = edited
    ? { whatIfMs: median(timings.whatIf), whatIfRatio: median(timings.whatIf) / predictMs }
    : {};
  return {
    traceMs,
    predictMs,
    ratio: traceMs / predictMs,
    checkMs: median(timings.check),
    influenceMs: median(timings.influence),
    fullTraceMs: median(timings.full),
    backend: tf.getBackend(),
    repeats,
    ...whatIf
  };
}
