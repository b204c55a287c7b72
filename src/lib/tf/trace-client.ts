// The page's side of the trace worker: load models and trace them off the main thread, with progress and cancel.
// Only types come from tfjs here, so a page using the worker never loads tfjs itself.
import { UnrolledError } from '../core/errors.js';
import type { PartialTrace, Trace } from '../core/trace/types.js';
import type { TraceInput } from './input.js';
import type { ModelSource } from './load.js';
import type { TracePart, TraceProgress } from './trace-steps.js';
import type { TraceOptions } from './tracer.js';
import type {
  ModelInfo,
  WasmPaths,
  WorkerBackend,
  WorkerModelSource,
  WorkerReply,
  WorkerRequest
} from './worker.js';
import { cancelledError } from './yield.js';

/** How a trace client runs. */
export interface TraceClientOptions {
  /** The tfjs backend. @default 'cpu' in a worker; on this thread, whatever tfjs already uses */
  backend?: WorkerBackend;
  /** Where the wasm backend's .wasm files are served; needed with backend 'wasm' in a bundled app. */
  wasmPaths?: WasmPaths;
  /** Trace in a Web Worker when the platform has them; false keeps everything on this thread. @default true */
  worker?: boolean;
}

/** Options of one trace through a client. */
export interface ClientTraceOptions extends TraceOptions {
  /** Called as the trace moves from stage to stage. */
  onProgress?: (progress: TraceProgress) => void;
  /**
   * Called as the trace streams in: with its states as soon as the model has been replayed, again once they are
   * checked, again with influence. The promise still resolves with the whole trace.
   */
  onPart?: (trace: PartialTrace) => void;
  /** Aborting it rejects the trace at once with UnrolledError 'cancelled'; the worker stops at its next stage. */
  signal?: AbortSignal;
}

/** Loads models and traces them, in a worker when there is one. */
export interface TraceClient {
  /** Where the work runs: 'worker', or 'thread' when there is no Worker (Node) or it was turned off. */
  readonly mode: 'worker' | 'thread';
  /** Resolves with the tfjs backend in use once it has started; rejects when it cannot start. */
  ready(): Promise<string>;
  /** Loads a model and keeps it under `key` (replacing one loaded before under that key). */
  load(key: string, source: ModelSource, options?: { signal?: AbortSignal }): Promise<ModelInfo>;
  /** Traces one input through the model loaded under `key`. */
  trace(key: string, input: TraceInput, options?: ClientTraceOptions): Promise<Trace>;
  /** Frees the model loaded under `key`. */
  unload(key: string): Promise<void>;
  /** Stops the worker; pending and later calls reject with code 'cancelled'. */
  dispose(): void;
}

interface Channel {
  send(request: WorkerRequest): void;
  close(): void;
}

interface Pending {
  settle(reply: WorkerReply): void;
  fail(error: Error): void;
  onProgress?: (progress: TraceProgress) => void;
  onPart?: (part: TracePart) => void;
}

function workerChannel(
  receive: (reply: WorkerReply) => void,
  fail: (why: string) => void
): Channel {
  // This exact form lets Vite bundle the worker; in the published package worker.js sits next to this file.
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => receive(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.message || 'its script could not be loaded');
  });
  worker.addEventListener('messageerror', () => fail('one of its replies could not be read'));
  return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
}

function threadChannel(
  receive: (reply: WorkerReply) => void,
  fail: (why: string) => void
): Channel {
  // Imported on first use, so that the worker path never pulls tfjs into the page.
  const service = import('./worker.js').then(({ createTraceService }) =>
    createTraceService(receive)
  );
  service.catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  // A failed import has already been reported through `fail`.
  const ignore = () => {};
  return {
    send: (request) => void service.then((s) => s.handle(request), ignore),
    close: () => void service.then((s) => s.dispose(), ignore)
  };
}

function errorFrom(reply: Extract<WorkerReply, { type: 'error' }>): Error {
  if (reply.code === null) return new Error(reply.message);
  return new UnrolledError(reply.code, reply.message, { layer: reply.layer });
}

function isFileList(source: ModelSource): source is FileList | readonly File[] {
  return Array.isArray(source) || (typeof FileList !== 'undefined' && source instanceof FileList);
}

/** A model source the worker can receive: URLs made absolute (a worker resolves them against its own script), an IOHandler read here. */
async function sendableSource(source: ModelSource): Promise<WorkerModelSource> {
  if (typeof source === 'string' || source instanceof URL) {
    const base = typeof location === 'undefined' ? undefined : location.href;
    return base === undefined ? String(source) : new URL(source, base).href;
  }
  if (isFileList(source) || ('modelTopology' in source && 'weightData' in source)) return source;
  if (typeof source.load !== 'function') {
    throw new UnrolledError(
      'bad-input',
      'load needs a URL, the model files, { modelTopology, weightSpecs, weightData } or an IOHandler.'
    );
  }
  let artifacts;
  try {
    artifacts = await source.load();
  } catch (error) {
    if (error instanceof UnrolledError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UnrolledError('bad-input', `Could not read the model: ${message}`, { cause: error });
  }
  if (artifacts.weightData === undefined || artifacts.modelTopology === undefined) {
    throw new UnrolledError('missing-weights', 'The model comes without its topology or weights.');
  }
  // Only the data: an IOHandler's artifacts may carry functions, which cannot cross into a worker.
  return {
    modelTopology: artifacts.modelTopology as object,
    weightSpecs: artifacts.weightSpecs ?? [],
    weightData: artifacts.weightData
  };
}

/**
 * A client that loads and traces models in a Web Worker (a module worker bundled from worker.ts), or on this thread
 * where there are no workers, with the same API. Failures reject with UnrolledError (its code kept across the
 * boundary) or, for unexpected failures, an Error with a one-line message.
 */
/** A structured-clone-safe copy of a trace input: JSON data only, whatever proxies or classes carried it. */
function plainInput(input: TraceInput): TraceInput {
  return JSON.parse(JSON.stringify(input)) as TraceInput;
}

export function createTraceClient(options: TraceClientOptions = {}): TraceClient {
  const inWorker = options.worker !== false && typeof Worker !== 'undefined';
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stopped: Error | undefined;

  const receive = (reply: WorkerReply) => {
    const entry = pending.get(reply.id);
    if (reply.type === 'progress') entry?.onProgress?.(reply);
    else if (reply.type === 'part') entry?.onPart?.(reply.part);
    else entry?.settle(reply);
  };
  const stop = (error: Error) => {
    stopped ??= error;
    for (const entry of [...pending.values()]) entry.fail(stopped);
  };
  const fail = (why: string) => {
    stop(new Error(`The trace worker stopped: ${why}.`));
    channel.close();
  };
  const channel = inWorker ? workerChannel(receive, fail) : threadChannel(receive, fail);

  function call<T>(
    build: (id: number) => WorkerRequest,
    read: (reply: WorkerReply) => T,
    what: string,
    {
      signal,
      onProgress,
      onPart
    }: { signal?: AbortSignal; onProgress?: Pending['onProgress']; onPart?: Pending['onPart'] } = {}
  ): Promise<T> {
    if (stopped) return Promise.reject(stopped);
    if (signal?.aborted) return Promise.reject(cancelledError(what));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        pending.delete(id);
        signal?.removeEventListener('abort', abort);
      };
      const abort = () => {
        done();
        channel.send({ type: 'cancel', id });
        reject(cancelledError(what));
      };
      pending.set(id, {
        onProgress,
        onPart,
        settle(reply) {
          done();
          if (reply.type === 'error') reject(errorFrom(reply));
          else resolve(read(reply));
        },
        fail(error) {
          done();
          reject(error);
        }
      });
      signal?.addEventListener('abort', abort, { once: true });
      try {
        channel.send(build(id));
      } catch (error) {
        done();
        const message = error instanceof Error ? error.message : String(error);
        reject(
          new UnrolledError('bad-input', `${what} could not be sent to the worker: ${message}`)
        );
      }
    });
  }

  const readyPromise = call(
    (id) => ({
      type: 'setup',
      id,
      backend: options.backend ?? (inWorker ? 'cpu' : undefined),
      wasmPaths: options.wasmPaths
    }),
    (reply) => (reply.type === 'ready' ? reply.backend : ''),
    'Starting'
  );
  // Failing to start also fails every later call; only an explicit ready() should see it as its own rejection.
  readyPromise.catch(() => {});

  return {
    mode: inWorker ? 'worker' : 'thread',
    ready: () => readyPromise,
    async load(key, source, { signal } = {}) {
      const sendable = await sendableSource(source);
      return call(
        (id) => ({ type: 'load', id, key, source: sendable }),
        (reply) => (reply as Extract<WorkerReply, { type: 'loaded' }>).info,
        'Loading the model',
        { signal }
      );
    },
    trace(key, input, { signal, onProgress, onPart, ...traceOptions } = {}) {
      let sofar: PartialTrace | undefined;
      // Parts carry only what is new; the caller sees the trace so far (the states keep their identity).
      const merge = (part: TracePart) => {
        if (part.stage === 'replay') sofar = part.states;
        else if (part.stage === 'check') sofar = sofar && { ...sofar, check: part.check };
        else sofar = sofar && { ...sofar, influence: part.influence };
        if (sofar) onPart?.(sofar);
      };
      return call(
        // A plain copy: reactive proxies (Svelte's $state) cannot cross postMessage.
        (id) => ({
          type: 'trace',
          id,
          key,
          input: plainInput(input),
          options: { ...traceOptions }
        }),
        (reply) => (reply as Extract<WorkerReply, { type: 'result' }>).trace,
        'The trace',
        { signal, onProgress, onPart: onPart && merge }
      );
    },
    unload(key) {
      return call(
        (id) => ({ type: 'unload', id, key }),
        () => undefined,
        'Unloading'
      );
    },
    dispose() {
      if (stopped) return;
      stop(new UnrolledError('cancelled', 'The trace client was disposed.'));
      channel.close();
    }
  };
}
