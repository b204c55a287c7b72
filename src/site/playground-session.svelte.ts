// The playground's live tracing: a lazily started trace worker, one run at a time, with progress and cancel.
import { SvelteMap } from 'svelte/reactivity';
import type { Intervention, PartialTrace, Trace } from '$lib/core/trace/types.js';
import type { TraceInput } from '$lib/tf/input.js';
import type { ModelSource } from '$lib/tf/load.js';
import type { TraceClient } from '$lib/tf/trace-client.js';
import type { ModelInfo } from '$lib/tf/worker.js';

/** One model to trace in a run: the key it is loaded under, where it comes from, and its input. */
export interface TraceJob {
  key: string;
  /** Where to load it from when it is not loaded yet (undefined: it must be loaded already). */
  source?: ModelSource;
  input: TraceInput;
  /** What-if edits to trace with (none by default). */
  interventions?: Intervention[];
}

/** A failure as one readable line: the message, and the error code when unrolled gave one. */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error instanceof Error) {
    const layer = 'layer' in error && error.layer ? `, layer “${String(error.layer)}”` : '';
    return `${error.message} (${String(error.code)}${layer})`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs traces through the worker; a new run cancels the one before. */
export class PlaygroundSession {
  /** What is happening now. */
  status: 'idle' | 'working' | 'done' | 'error' | 'cancelled' = $state('idle');
  /** A line on the current stage, e.g. "Loading memory-lstm" or "Tracing (3 of 7: replay)". */
  stage = $state('');
  /** Stages done and in all, for the progress bar. */
  done = $state(0);
  total = $state(0);
  /** The last failure, as a readable line. */
  error = $state('');
  /** What the last failure stopped: loading a model the reader chose, or a trace. */
  failedAt: 'load' | 'trace' = $state('trace');

  #client: Promise<TraceClient> | undefined;
  #loaded = new SvelteMap<string, ModelInfo>();
  #controller: AbortController | undefined;

  #clientOf(): Promise<TraceClient> {
    // tfjs arrives with the worker on first use, never before the page has painted.
    this.#client ??= import('$lib/tf/trace-client.js').then(({ createTraceClient }) =>
      createTraceClient()
    );
    return this.#client;
  }

  /** Information on the model loaded under `key`, if any. */
  info(key: string): ModelInfo | undefined {
    return this.#loaded.get(key);
  }

  /** Forgets a loaded model (so the next run loads it again from its new source). */
  forget(key: string): void {
    this.#loaded.delete(key);
  }

  /**
   * Loads (when needed) and traces every job in order; resolves with the traces, or undefined when it failed or was
   * replaced. `onPart` sees each job's trace as it streams in (the states first), until a newer run replaces this one.
   */
  async run(
    jobs: readonly TraceJob[],
    onPart?: (trace: PartialTrace, job: number) => void
  ): Promise<Trace[] | undefined> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    this.status = 'working';
    this.error = '';
    this.done = 0;
    this.total = jobs.length;
    try {
      const client = await this.#clientOf();
      const traces: Trace[] = [];
      for (const [n, job] of jobs.entries()) {
        const of = jobs.length > 1 ? ` (model ${n + 1} of ${jobs.length})` : '';
        if (!this.#loaded.has(job.key)) {
          if (!job.source) throw new Error(`No model is loaded under “${job.key}”.`);
          this.stage = `Loading ${job.key}${of}`;
          this.#loaded.set(job.key, await client.load(job.key, job.source, { signal }));
        }
        this.stage = `Tracing ${job.key}${of}`;
        // Plain data only: a rune proxy cannot be cloned into the worker.
        const trace = await client.trace(job.key, $state.snapshot(job.input) as TraceInput, {
          interventions: job.interventions && $state.snapshot(job.interventions),
          signal,
          onProgress: (progress) => {
            if (this.#controller !== controller) return;
            this.total = jobs.length * progress.total;
            this.done = n * progress.total + progress.done;
            this.stage = `Tracing ${job.key}${of}: ${progress.stage}`;
          },
          onPart: (part) => this.#controller === controller && onPart?.(part, n)
        });
        traces.push(trace);
      }
      if (this.#controller !== controller) return undefined;
      this.status = 'done';
      return traces;
    } catch (error) {
      if (this.#controller !== controller) return undefined;
      if (signal.aborted) {
        this.status = 'cancelled';
        this.stage = 'Cancelled: the figures still show the last finished trace.';
        return undefined;
      }
      this.status = 'error';
      this.failedAt = 'trace';
      this.error = errorText(error);
      return undefined;
    }
  }

  /** Loads a model under `key` without tracing it; resolves with its information, or undefined on failure. */
  async load(key: string, source: ModelSource): Promise<ModelInfo | undefined> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    // The model loaded before stays until this one has loaded: the worker replaces it only on success.
    this.status = 'working';
    this.error = '';
    this.stage = 'Loading your model';
    this.done = 0;
    this.total = 1;
    try {
      const client = await this.#clientOf();
      const info = await client.load(key, source, { signal: controller.signal });
      if (this.#controller !== controller) return undefined;
      this.#loaded.set(key, info);
      this.status = 'done';
      this.done = 1;
      return info;
    } catch (error) {
      if (this.#controller !== controller) return undefined;
      this.status = controller.signal.aborted ? 'cancelled' : 'error';
      this.failedAt = 'load';
      this.error = controller.signal.aborted ? '' : errorText(error);
      if (controller.signal.aborted) this.stage = 'Cancelled.';
      return undefined;
    }
  }

  /** Stops the current run. */
  cancel(): void {
    this.#controller?.abort();
  }
}
