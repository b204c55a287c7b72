// The page's side of the training worker: start, pause, resume and stop a lab run, and fetch the
// trained models. Only types come from tfjs here, so the page never loads tfjs itself.
import type { LabSettings } from '../core/train/lab-settings.js';
import type { CellKind } from '../core/trace/types.js';
import type { LabFile } from './train/lab-trainer.js';
import type { LabBackend, TrainReply, TrainRequest } from './train-worker.js';
import type { WasmPaths } from './worker.js';

export type { LabBackend, TrainReply } from './train-worker.js';
export type { LabFile } from './train/lab-trainer.js';

/** Drives one training worker. */
export interface TrainClient {
  /** Starts a run (a run already going is dropped); replies arrive through `onReply`. */
  start(settings: LabSettings, backend: LabBackend): void;
  pause(): void;
  resume(): void;
  stop(): void;
  /** Tells the worker the page has drawn `count` of the traces it sent, so training goes on. */
  drawn(count: number): void;
  /** A cell's model files; `folder` adds meta.json with a held-out evaluation (finished cells only). */
  files(cell: CellKind, folder: boolean): Promise<LabFile[]>;
  /** Saves a cell's model at a tfjs URL (indexeddb://…); resolves with its tokenizer's text. */
  save(cell: CellKind, url: string): Promise<string>;
  /** Stops the worker. */
  dispose(): void;
}

/** Options of a training client. */
export interface TrainClientOptions {
  /** Where the wasm backend's .wasm files are served. */
  wasmPaths?: WasmPaths;
}

/**
 * A module Worker that also starts when its script is on another origin than the page (an element's
 * script served by the unrolled site, on a course page): a same-origin blob module imports it (the
 * site serves its scripts with CORS). Named Worker so the bundler still sees `new Worker(new URL(…))`.
 */
// Importing this module where there are no workers (a server render) must not throw.
const BaseWorker: typeof globalThis.Worker =
  globalThis.Worker ?? (class {} as unknown as typeof globalThis.Worker);

class Worker extends BaseWorker {
  #blob: string | undefined;

  constructor(url: URL, options: WorkerOptions) {
    const here = typeof location === 'undefined' ? url.origin : location.origin;
    const blob =
      url.origin === here
        ? undefined
        : URL.createObjectURL(
            new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' })
          );
    super(blob ?? url, options);
    this.#blob = blob;
  }

  override terminate(): void {
    super.terminate();
    if (this.#blob) URL.revokeObjectURL(this.#blob);
  }
}

/** A client of a new training worker; every reply but the answers to files/save goes to `onReply`. */
export function createTrainClient(
  onReply: (reply: TrainReply) => void,
  options: TrainClientOptions = {}
): TrainClient {
  // This exact form lets Vite bundle the worker; in the published package it sits next to this file.
  const worker = new Worker(new URL('./train-worker.js', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (reply: TrainReply) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<TrainReply>) => {
    const reply = event.data;
    const id = 'id' in reply ? reply.id : undefined;
    const waiting = id === undefined ? undefined : pending.get(id);
    if (!waiting) return onReply(reply);
    pending.delete(id!);
    if (reply.type === 'error') waiting.reject(new Error(reply.message));
    else waiting.resolve(reply);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onReply({
      type: 'error',
      message: `The training worker stopped: ${event.message || 'it could not start'}.`
    });
  });
  const send = (request: TrainRequest) => worker.postMessage(request);
  const ask = (build: (id: number) => TrainRequest) => {
    const id = nextId++;
    return new Promise<TrainReply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      send(build(id));
    });
  };
  return {
    start: (settings, backend) =>
      send({
        type: 'start',
        // A plain copy: reactive proxies cannot cross postMessage.
        settings: JSON.parse(JSON.stringify(settings)) as LabSettings,
        backend,
        wasmPaths: options.wasmPaths
      }),
    pause: () => send({ type: 'pause' }),
    resume: () => send({ type: 'resume' }),
    stop: () => send({ type: 'stop' }),
    drawn: (count) => send({ type: 'drawn', count }),
    async files(cell, folder) {
      const reply = await ask((id) => ({ type: 'files', id, cell, folder }));
      return reply.type === 'files' ? reply.files : [];
    },
    async save(cell, url) {
      const reply = await ask((id) => ({ type: 'save', id, cell, url }));
      return reply.type === 'saved' ? reply.tokenizer : '';
    },
    dispose() {
      for (const waiting of pending.values())
        waiting.reject(new Error('The training worker was stopped.'));
      pending.clear();
      worker.terminate();
    }
  };
}
