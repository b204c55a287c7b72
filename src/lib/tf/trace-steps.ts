// A trace run as separate stages with the event loop getting a turn in between, so it can report progress and be
// cancelled. Tracer.trace does the same work in one synchronous call.
import type { Trace, TraceCheck } from '../core/trace/types.js';
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

/** One unit of synchronous work and the stage it belongs to. */
export interface Step<Stage extends string> {
  /** Reported in progress while the step runs. */
  stage: Stage;
  /** The work; it cannot be interrupted, so cancelling takes effect after it. */
  run(): void;
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

/** Runs steps in order with a macrotask between them; once `signal` aborts, no further step starts and the run rejects. */
export async function runSteps<Stage extends string>(
  steps: readonly Step<Stage>[],
  { signal, onProgress, pause = yieldToEventLoop }: StepOptions<Stage> = {}
): Promise<void> {
  const total = steps.length;
  for (const [done, step] of steps.entries()) {
    throwIfAborted(signal);
    onProgress?.({ done, total, stage: step.stage });
    step.run();
    if (done < total - 1) await pause();
  }
  // An abort seen during the last step still wins: a cancelled run never resolves.
  throwIfAborted(signal);
  onProgress?.({ done: total, total, stage: 'done' });
}

/**
 * Traces one input like `tracer.trace(input)`, with the same numbers, but stage by stage (replay, check against tfjs,
 * influence, format) so that progress is reported and a cancel is honoured between stages.
 * Bad input rejects at once, before any stage.
 */
export async function traceInSteps(
  tracer: Tracer,
  input: TraceInput,
  options: TraceOptions & StepOptions<TraceStage> = {}
): Promise<Trace> {
  if (options.signal?.aborted) throw cancelledError();
  const { tensor, tokens, editsOf, interventions } = tracer.prepare(input, options);
  let replay: Replay | undefined;
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
            replay = tracer.replay(tensor, editsOf);
          }
        },
        {
          stage: 'check',
          run() {
            check = tracer.check(tensor, replay!.directions, replay!.outputs, editsOf);
          }
        },
        {
          stage: 'influence',
          run() {
            influence = tracer.influence(tensor, firstOutput());
          }
        },
        {
          stage: 'format',
          run() {
            trace = {
              format: 'unrolled-trace',
              version: 1,
              tokens,
              layers: traceLayersOf(replay!.directions, options.includeInputs === true),
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
  }
  return trace!;
}
