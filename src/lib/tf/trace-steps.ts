// A trace run as separate stages with the event loop getting a turn in between, so it can report progress and be
// cancelled. Tracer.trace does the same work in one synchronous call.
import type { Trace, TraceCheck, TraceLayer, TraceStates } from '../core/trace/types.js';
import type { TraceInput } from './input.js';
import { traceLayersOf } from './trace-layers.js';
import type { Replay, Tracer, TraceOptions } from './tracer.js';
import { cancelledError, yieldToEventLoop } from './yield.js';

/** The stages of a trace, in order; 'done' is reported once all have finished. */
export type TraceStage = 'replay' | 'check' | 'influence' | 'format' | 'done';

/** Where a trace is: `done` of `total` stages finished, and the stage now running. */
export interface TraceProgress {
  /** Stages finished. */
  done: number;
  /** Stages in all. */
  total: number;
  /** The stage now running ('done' at the end). */
  stage: TraceStage;
}

/** A part of a trace as soon as it is made: the states once replayed, then the check, then influence. */
export type TracePart =
  | { stage: 'replay'; states: TraceStates }
  | { stage: 'check'; check: TraceCheck }
  | { stage: 'influence'; influence: number[] };

/** One unit of synchronous work and the stage it belongs to. */
export interface Step<Stage extends string> {
  /** Reported in progress while the step runs. */
  stage: Stage;
  /**
   * The work. A plain function cannot be interrupted, so cancelling takes effect after it; a generator is work in
   * pieces, with the event loop getting a turn (and a cancel taking effect) at each of its yields.
   */
  run(): void | Iterator<void, void, void>;
}

/** How a run of steps is watched, cancelled and paced. */
export interface StepOptions<Stage extends string = string> {
  /** Aborting it stops the run before the next step; the run then rejects with UnrolledError 'cancelled'. */
  signal?: AbortSignal;
  /** Called before each step, and once with stage 'done' at the end. */
  onProgress?: (progress: { done: number; total: number; stage: Stage | 'done' }) => void;
  /** Gives the event loop a turn between steps. @default yieldToEventLoop */
  pause?: () => Promise<void>;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/** Runs a step's remaining pieces, pausing and checking `signal` between them; stops the generator when it stops. */
async function runPieces(
  pieces: Iterator<void, void, void>,
  pause: () => Promise<void>,
  signal: AbortSignal | undefined
): Promise<void> {
  try {
    while (!pieces.next().done) {
      await pause();
      throwIfAborted(signal);
    }
  } finally {
    pieces.return?.();
  }
}

/**
 * Runs steps in order with a macrotask between them (and between a generator step's pieces); once `signal` aborts,
 * no further step or piece starts and the run rejects.
 */
export async function runSteps<Stage extends string>(
  steps: readonly Step<Stage>[],
  { signal, onProgress, pause = yieldToEventLoop }: StepOptions<Stage> = {}
): Promise<void> {
  const total = steps.length;
  for (const [done, step] of steps.entries()) {
    throwIfAborted(signal);
    onProgress?.({ done, total, stage: step.stage });
    const pieces = step.run();
    if (pieces) await runPieces(pieces, pause, signal);
    if (done < total - 1) await pause();
  }
  // An abort seen during the last step still wins: a cancelled run never resolves.
  throwIfAborted(signal);
  onProgress?.({ done: total, total, stage: 'done' });
}

/** Options of a trace run in stages. */
export interface TraceInStepsOptions extends TraceOptions, StepOptions<TraceStage> {
  /** Called with each part of the trace as soon as its stage has made it, so that views can draw the states first. */
  onPart?: (part: TracePart) => void;
}

/**
 * Traces one input like `tracer.trace(input)`, with the same numbers, but stage by stage (replay, check against tfjs,
 * influence, format) so that progress is reported, each part can be shown as it is made, and a cancel is honoured
 * between stages and between the pieces of the influence stage. Bad input rejects at once, before any stage.
 */
export async function traceInSteps(
  tracer: Tracer,
  input: TraceInput,
  options: TraceInStepsOptions = {}
): Promise<Trace> {
  if (options.signal?.aborted) throw cancelledError();
  const { tensor, tokens, sides, editsOf, interventions } = tracer.prepare(input, options);
  let replay: Replay | undefined;
  let layers: TraceLayer[] = [];
  let check: TraceCheck | undefined;
  let influence: number[] | undefined;
  let trace: Trace | undefined;
  const firstOutput = () => replay?.outputs[0] ?? new Float32Array();
  try {
    await runSteps<TraceStage>(
      [
        {
          stage: 'replay',
          run() {
            replay = tracer.replay(tensor, editsOf, sides);
            layers = traceLayersOf(replay.directions, options.includeInputs === true);
            const output = Array.from(firstOutput());
            const states = {
              format: 'unrolled-trace',
              version: 1,
              tokens,
              layers,
              output
            } as const;
            options.onPart?.({ stage: 'replay', states });
          }
        },
        {
          stage: 'check',
          run() {
            check = tracer.check(tensor, replay!.directions, replay!.outputs, editsOf, sides);
            options.onPart?.({ stage: 'check', check });
          }
        },
        {
          stage: 'influence',
          *run() {
            influence = yield* tracer.influenceInPieces(tensor, firstOutput(), sides);
            options.onPart?.({ stage: 'influence', influence });
          }
        },
        {
          stage: 'format',
          run() {
            trace = {
              format: 'unrolled-trace',
              version: 1,
              tokens,
              layers,
              output: Array.from(firstOutput()),
              influence: influence!,
              check: check!
            };
            if (interventions) trace.interventions = interventions;
          }
        }
      ],
      options
    );
  } finally {
    tensor.dispose();
    for (const side of sides) side.dispose();
  }
  return trace!;
}
