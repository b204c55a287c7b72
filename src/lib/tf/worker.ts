// The trace worker: loads models and traces them away from the page's main thread, reporting progress and honouring
// cancels. Started as a module worker by trace-client.ts, which also runs the same service in-thread where there are
// no workers.
import * as tf from '@tensorflow/tfjs';
import { UnrolledError, type UnrolledErrorCode } from '../core/errors.js';
import type { Trace } from '../core/trace/types.js';
import type { TraceInput, InputSpec } from './input.js';
import { loadModel, type ModelInMemory } from './load.js';
import { traceInSteps, type TracePart, type TraceProgress } from './trace-steps.js';
import { Tracer, type TraceOptions } from './tracer.js';
import { cancelledError } from './yield.js';

/** The tfjs backends the worker can run on. */
export type WorkerBackend = 'cpu' | 'wasm';

/** The .wasm files of tfjs's wasm backend (it picks one by what the browser supports). */
export type WasmFileName =
  'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm';

/** Where the wasm backend finds its .wasm files: a folder URL ending in '/', or one URL per file. */
export type WasmPaths = string | { [name in WasmFileName]?: string };

/** A model source that can cross into a worker: a model.json URL, the files picked or dropped, or a model in memory. */
export type WorkerModelSource = string | readonly File[] | FileList | ModelInMemory;

/** What a loaded model looks like from outside the worker. */
export interface ModelInfo {
  /** The key the model was loaded under. */
  key: string;
  /** The model's name. */
  name: string;
  /** What the model reads as input. */
  input: InputSpec;
  /** Every top-level layer, in model order. */
  layers: { name: string; className: string }[];
  /** The tfjs backend it runs on. */
  backend: string;
}

/** A message to the worker; every one but 'cancel' gets exactly one final reply with the same id. */
export type WorkerRequest =
  | { type: 'setup'; id: number; backend?: WorkerBackend; wasmPaths?: WasmPaths }
  | { type: 'load'; id: number; key: string; source: WorkerModelSource }
  | { type: 'trace'; id: number; key: string; input: TraceInput; options?: TraceOptions }
  | { type: 'unload'; id: number; key: string }
  | { type: 'cancel'; id: number };

/** A message from the worker: progress of a trace, a part of it as soon as it is made, or the final reply to a request. */
export type WorkerReply =
  | ({ type: 'progress'; id: number } & TraceProgress)
  | { type: 'part'; id: number; part: TracePart }
  | { type: 'ready'; id: number; backend: string }
  | { type: 'loaded'; id: number; info: ModelInfo }
  | { type: 'result'; id: number; trace: Trace }
  | { type: 'unloaded'; id: number }
  | { type: 'error'; id: number; code: UnrolledErrorCode | null; message: string; layer?: string };

/** Handles requests; replies go to the `post` the service was made with. */
export interface TraceService {
  /** Takes one request (replies come later, through `post`). */
  handle(request: WorkerRequest): void;
  /** Frees every loaded model. */
  dispose(): void;
}

interface LoadedModel {
  model: tf.LayersModel;
  tracer: Tracer;
}

const ACTIONS = {
  setup: 'Starting',
  load: 'Loading the model',
  trace: 'Tracing',
  unload: 'Unloading'
};

/** The reply for a failure: UnrolledErrors keep their code; anything else becomes one line, never a stack. */
export function errorReply(id: number, action: string, error: unknown): WorkerReply {
  if (error instanceof UnrolledError) {
    const reply: WorkerReply = { type: 'error', id, code: error.code, message: error.message };
    if (error.layer !== undefined) reply.layer = error.layer;
    return reply;
  }
  const text = error instanceof Error ? error.message : String(error);
  const detail = text.split('\n')[0]!.trim().replace(/\.$/, '');
  return {
    type: 'error',
    id,
    code: null,
    message: `${action} failed: ${detail || 'no reason given'}.`
  };
}

async function startBackend(backend: WorkerBackend | undefined, wasmPaths?: WasmPaths) {
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (wasmPaths !== undefined) wasm.setWasmPaths(wasmPaths);
  }
  if (backend !== undefined && !(await tf.setBackend(backend))) {
    throw new Error(
      backend === 'wasm'
        ? 'the wasm backend could not start (are wasmPaths pointing at the served .wasm files?)'
        : `the ${backend} backend could not start`
    );
  }
  await tf.ready();
  return tf.getBackend();
}

function infoOf(key: string, { model, tracer }: LoadedModel): ModelInfo {
  return {
    key,
    name: model.name,
    input: tracer.input,
    layers: model.layers.map((layer) => ({ name: layer.name, className: layer.getClassName() })),
    backend: tf.getBackend()
  };
}

async function loadTraceable(source: WorkerModelSource): Promise<LoadedModel> {
  const model = await loadModel(source);
  try {
    return { model, tracer: new Tracer(model) };
  } catch (error) {
    model.dispose();
    throw error;
  }
}

function forget(entry: LoadedModel | undefined): void {
  entry?.tracer.dispose();
  entry?.model.dispose();
}

/**
 * The worker's logic, apart from the worker: requests run one at a time in arrival order (a model is never replaced
 * under a running trace); a cancel stops a trace between stages, or a queued request before it starts.
 */
export function createTraceService(post: (reply: WorkerReply) => void): TraceService {
  const models = new Map<string, LoadedModel>();
  const running = new Map<number, AbortController>();
  let queue: Promise<unknown> = Promise.resolve();
  let backend: Promise<string> | undefined;

  async function serve(request: Exclude<WorkerRequest, { type: 'cancel' }>, signal: AbortSignal) {
    if (request.type === 'setup') {
      backend = startBackend(request.backend, request.wasmPaths);
      return post({ type: 'ready', id: request.id, backend: await backend });
    }
    await backend;
    if (signal.aborted) throw cancelledError();
    if (request.type === 'load') {
      const entry = await loadTraceable(request.source);
      if (signal.aborted) {
        forget(entry);
        throw cancelledError('Loading the model');
      }
      forget(models.get(request.key));
      models.set(request.key, entry);
      return post({ type: 'loaded', id: request.id, info: infoOf(request.key, entry) });
    }
    if (request.type === 'unload') {
      forget(models.get(request.key));
      models.delete(request.key);
      return post({ type: 'unloaded', id: request.id });
    }
    const entry = models.get(request.key);
    if (entry === undefined) {
      throw new UnrolledError(
        'bad-input',
        `No model is loaded as "${request.key}": load it first.`
      );
    }
    const trace = await traceInSteps(entry.tracer, request.input, {
      ...request.options,
      signal,
      onProgress: (progress) => post({ type: 'progress', id: request.id, ...progress }),
      onPart: (part) => post({ type: 'part', id: request.id, part })
    });
    post({ type: 'result', id: request.id, trace });
  }

  return {
    handle(request) {
      if (request.type === 'cancel') {
        running.get(request.id)?.abort();
        return;
      }
      const controller = new AbortController();
      running.set(request.id, controller);
      queue = queue
        .then(() => serve(request, controller.signal))
        .catch((error: unknown) => post(errorReply(request.id, ACTIONS[request.type], error)))
        .finally(() => running.delete(request.id));
    },
    dispose() {
      for (const controller of running.values()) controller.abort();
      for (const entry of models.values()) forget(entry);
      models.clear();
    }
  };
}

interface WorkerScope {
  postMessage(reply: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

// Inside a worker, serve the page; imported anywhere else (the in-thread fallback), only export.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope;
  const service = createTraceService((reply) => scope.postMessage(reply));
  scope.addEventListener('message', (event) => service.handle(event.data));
}
