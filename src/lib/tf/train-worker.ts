// The training worker: the lab's training runs away from the page's main thread, pausable between
// batches. Started as a module worker by train-client.ts.
import * as tf from '@tensorflow/tfjs';
import type { LabBackend, LabSettings } from '../core/train/lab-settings.js';
import type { CellKind, Trace } from '../core/trace/types.js';
import type { CurvePoint } from './models/meta.js';
import { LabTrainer, type LabFile } from './train/lab-trainer.js';
import type { WasmPaths } from './worker.js';
import { yieldToEventLoop } from './yield.js';

export type { LabBackend };

/** A message to the training worker. */
export type TrainRequest =
  | { type: 'start'; settings: LabSettings; backend: LabBackend; wasmPaths?: WasmPaths }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  /** The page has drawn this many of the traces it was sent (initial and epoch replies). */
  | { type: 'drawn'; count: number }
  | { type: 'files'; id: number; cell: CellKind; folder: boolean }
  | { type: 'save'; id: number; cell: CellKind; url: string };

/** A message from the training worker. */
export type TrainReply =
  | { type: 'backend'; backend: string }
  | { type: 'initial'; cell: CellKind; trace: Trace }
  | { type: 'batch'; cell: CellKind; epoch: number; fraction: number }
  | { type: 'epoch'; cell: CellKind; point: CurvePoint; trace: Trace; ms: number }
  | { type: 'finished'; stopped: boolean }
  | { type: 'files'; id: number; files: LabFile[] }
  | { type: 'saved'; id: number; tokenizer: string }
  | { type: 'error'; id?: number; message: string };

/** Longest wait for the page to draw an epoch before training goes on anyway (a hidden tab draws nothing). */
const DRAW_WAIT_MS = 2000;
/** Shortest time between two progress replies. */
const BATCH_REPORT_MS = 250;

/**
 * The backends to try, in order, for a request. WebGL is not among 'auto's: for the lab's small recurrent
 * models every step is a handful of tiny kernels, and in headless Chromium (software GL) WebGL took
 * 5–20× as long per epoch as wasm, which took a third of cpu's time (`npm run bench:train`).
 */
function candidates(backend: LabBackend): string[] {
  return backend === 'auto' ? ['wasm', 'cpu'] : [backend];
}

async function startBackend(backend: LabBackend, wasmPaths?: WasmPaths): Promise<string> {
  for (const name of candidates(backend)) {
    try {
      if (name === 'wasm') {
        const wasm = await import('@tensorflow/tfjs-backend-wasm');
        // One thread: the same numbers on every machine, and no cross-origin isolation needed (nor its .wasm file).
        tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
        if (wasmPaths !== undefined) wasm.setWasmPaths(wasmPaths);
      }
      if (await tf.setBackend(name)) {
        await tf.ready();
        return tf.getBackend();
      }
    } catch {
      // This backend is missing here (no WebGL in a worker, no wasm files): try the next.
    }
  }
  throw new Error(`the ${backend} backend could not start`);
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim() || 'no reason given';
}

/** The worker's logic, apart from the worker: one training at a time. */
export function createTrainService(
  post: (reply: TrainReply, transfer?: Transferable[]) => void,
  { drawWaitMs = DRAW_WAIT_MS } = {}
) {
  let trainer: LabTrainer | undefined;
  let backend = '';
  let paused: { promise: Promise<void>; resume: () => void } | undefined;
  let stopped = false;
  // Traces sent and drawn: while the page draws a new epoch, training waits (up to DRAW_WAIT_MS), so
  // the page's main thread does not compete for a core with this one.
  let sent = 0;
  let drawn = 0;
  let onDrawn: (() => void) | undefined;
  let lastBatch = 0;

  const pageCaughtUp = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        onDrawn = undefined;
        resolve();
      };
      const timer = setTimeout(done, drawWaitMs);
      onDrawn = done;
    });

  const gate = async (): Promise<boolean> => {
    await yieldToEventLoop();
    while (drawn < sent && !stopped) {
      const before = drawn;
      await pageCaughtUp();
      if (drawn === before) break;
    }
    while (paused && !stopped) await paused.promise;
    return !stopped;
  };

  const postTrace = (reply: Extract<TrainReply, { type: 'initial' | 'epoch' }>) => {
    sent++;
    post(reply);
  };

  async function start(request: Extract<TrainRequest, { type: 'start' }>) {
    trainer?.dispose();
    trainer = undefined;
    stopped = false;
    paused = undefined;
    sent = drawn = 0;
    try {
      backend = await startBackend(request.backend, request.wasmPaths);
      post({ type: 'backend', backend });
      trainer = await LabTrainer.start(request.settings);
      const outcome = await trainer.train(
        {
          onStart: (cell, trace) => postTrace({ type: 'initial', cell, trace }),
          onBatch: (cell, epoch, fraction) => {
            // Progress a few times a second: every batch would redraw the page for nothing.
            const now = performance.now();
            if (now - lastBatch < BATCH_REPORT_MS) return;
            lastBatch = now;
            post({ type: 'batch', cell, epoch, fraction });
          },
          onEpoch: (cell, point, trace, ms) => postTrace({ type: 'epoch', cell, point, trace, ms })
        },
        gate
      );
      post({ type: 'finished', stopped: outcome === 'stopped' });
    } catch (error) {
      post({ type: 'error', message: `Training failed: ${oneLine(error)}.` });
    }
  }

  async function files(request: Extract<TrainRequest, { type: 'files' }>) {
    if (!trainer) throw new Error('nothing has been trained yet');
    const list = request.folder
      ? await trainer.folder(request.cell, backend)
      : await trainer.modelFiles(request.cell);
    post(
      { type: 'files', id: request.id, files: list },
      list.map((file) => file.data.buffer)
    );
  }

  async function save(request: Extract<TrainRequest, { type: 'save' }>) {
    if (!trainer) throw new Error('nothing has been trained yet');
    await trainer.save(request.cell, request.url);
    post({ type: 'saved', id: request.id, tokenizer: trainer.tokenizerText(request.cell) });
  }

  return {
    /** Takes one request. */
    handle(request: TrainRequest): void {
      if (request.type === 'start') void start(request);
      else if (request.type === 'pause') {
        let resume = () => {};
        const promise = new Promise<void>((resolve) => (resume = resolve));
        paused ??= { promise, resume };
      } else if (request.type === 'drawn') {
        drawn = Math.max(drawn, request.count);
        onDrawn?.();
      } else if (request.type === 'resume' || request.type === 'stop') {
        if (request.type === 'stop') stopped = true;
        paused?.resume();
        paused = undefined;
      } else {
        const work = request.type === 'files' ? files(request) : save(request);
        work.catch((error: unknown) =>
          post({ type: 'error', id: request.id, message: `Could not do that: ${oneLine(error)}.` })
        );
      }
    },
    /** Frees the models. */
    dispose(): void {
      stopped = true;
      trainer?.dispose();
    }
  };
}

interface WorkerScope {
  postMessage(reply: TrainReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<TrainRequest>) => void): void;
}

// Inside a worker, serve the page; imported anywhere else, only export.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope;
  const service = createTrainService((reply, transfer) => scope.postMessage(reply, transfer ?? []));
  scope.addEventListener('message', (event) => service.handle(event.data));
}
