// What the playground's figures show while a trace streams in from the worker: the newest states at once, their
// check when it comes, and, for the influence chart, the newest whole trace (which lags while influence is worked out).
import type { PartialTrace, Trace, TraceCheck, TraceStates } from '$lib/core/trace/types.js';
import type { PlaygroundSession, TraceJob } from './playground-session.svelte.js';

/** The playground's trace, drawn part by part as it streams in. */
export class StreamedTrace {
  /** The newest states: what the chain, the cell and the answer draw. */
  states: TraceStates;
  /** The check of `states` against tfjs, once it has come. */
  check: TraceCheck | undefined;
  /** The model `states` come from. */
  model: string;
  /** The newest whole trace, influence and all: the same input as `states` unless `pending`. */
  whole: Trace;
  /** True while the influence of `states` is still being worked out (`whole` is then an earlier input's). */
  pending = $state(false);
  #wholeModel: string;

  /** Starts from a whole trace (a precomputed one) of `model`. */
  constructor(trace: Trace, model: string) {
    // Raw: a trace is replaced whole, never changed in place, and deep proxies would slow every figure down.
    this.states = $state.raw(trace);
    this.check = $state.raw(trace.check);
    this.model = $state(model);
    this.whole = $state.raw(trace);
    this.#wholeModel = model;
  }

  /** Runs `jobs` on `session`, drawing the first job's parts as they come; resolves with the run's whole traces. */
  async run(
    session: PlaygroundSession,
    jobs: readonly TraceJob[],
    model: string
  ): Promise<Trace[] | undefined> {
    let streamed = false;
    const traces = await session.run(jobs, (part, job) => {
      if (job !== 0) return;
      streamed = true;
      this.#show(part, model);
    });
    if (traces?.[0]) {
      // Streamed parts are already drawn: the whole trace only completes them, without redrawing the states.
      if (streamed) this.#complete(traces[0], model);
      else this.#settle(traces[0], model);
    } else if (!traces && session.status !== 'working' && this.pending) {
      // Cancelled or failed (not replaced by a newer run): back to the last whole trace, as the page then says.
      this.#settle(this.whole, this.#wholeModel);
    }
    return traces;
  }

  #show(part: PartialTrace, model: string): void {
    if (part.check === undefined && part.influence === undefined) {
      this.states = part;
      this.model = model;
      this.check = undefined;
      this.pending = true;
    } else if (part.check !== undefined) {
      this.check = part.check;
      const { influence, check } = part;
      if (influence !== undefined) this.#complete({ ...part, influence, check }, model);
    }
  }

  #complete(trace: Trace, model: string): void {
    if (!this.pending) return;
    this.whole = trace;
    this.#wholeModel = model;
    this.check = trace.check;
    this.pending = false;
  }

  #settle(trace: Trace, model: string): void {
    this.states = trace;
    this.model = model;
    this.pending = true;
    this.#complete(trace, model);
  }
}
