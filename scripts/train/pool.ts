// Runs training candidates on worker processes (the wasm backend uses one core each), or one after
// another in this process when no workers are asked for (tests).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BackendName } from '../../src/lib/tf/cli/backend.js';
import {
  runCandidate,
  type CandidateResult,
  type CandidateSpec
} from '../../src/lib/tf/train/candidate.js';
import type { WorkerRequest } from './worker.js';

/** How to run the candidates. */
export interface PoolOptions {
  /** Worker processes; 0 trains in this process, on its current backend. */
  workers: number;
  /** The workers' backend. */
  backend: BackendName;
  /** Progress of a candidate, by its key. */
  onProgress?: (key: string, fraction: number) => void;
  /** A candidate finished. */
  onDone?: (key: string, result: CandidateResult) => void;
  /** The key of a candidate. @default candidateKey */
  keyOf?: (spec: CandidateSpec) => string;
}

type WorkerMessage =
  | { type: 'progress'; key: string; fraction: number }
  | { type: 'done'; key: string; result: CandidateResult }
  | { type: 'error'; key: string; message: string };

/** The key of a candidate: model id and learning rate. */
export function candidateKey(spec: Pick<CandidateSpec, 'modelId' | 'learningRate'>): string {
  return `${spec.modelId}@${spec.learningRate}`;
}

async function inProcess(
  specs: readonly CandidateSpec[],
  options: PoolOptions
): Promise<Map<string, CandidateResult>> {
  const results = new Map<string, CandidateResult>();
  for (const spec of specs) {
    const key = (options.keyOf ?? candidateKey)(spec);
    const result = await runCandidate(spec, (fraction) => options.onProgress?.(key, fraction));
    results.set(key, result);
    options.onDone?.(key, result);
  }
  return results;
}

function startWorker(): ChildProcess {
  const script = fileURLToPath(new URL('./worker.ts', import.meta.url));
  // execArgv carries tsx's loader, so the worker runs TypeScript like its parent.
  return fork(script, [], { execArgv: process.execArgv, serialization: 'advanced' });
}

/** Trains every candidate (in the given order, as workers free up); resolves to results by key. */
export async function runCandidates(
  specs: readonly CandidateSpec[],
  options: PoolOptions
): Promise<Map<string, CandidateResult>> {
  if (options.workers <= 0) return inProcess(specs, options);
  const results = new Map<string, CandidateResult>();
  const queue = [...specs];
  const workers = Array.from({ length: Math.min(options.workers, specs.length) }, startWorker);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const spec = queue.shift();
              if (!spec) return resolve();
              const request: WorkerRequest = {
                backend: options.backend,
                spec,
                key: (options.keyOf ?? candidateKey)(spec)
              };
              worker.send(request);
            };
            worker.on('message', (message: WorkerMessage) => {
              if (message.type === 'progress') options.onProgress?.(message.key, message.fraction);
              else if (message.type === 'error') {
                reject(new Error(`Training ${message.key} failed: ${message.message}`));
              } else {
                results.set(message.key, message.result);
                options.onDone?.(message.key, message.result);
                next();
              }
            });
            worker.on('exit', (code) => {
              if (queue.length > 0 || code !== 0) reject(new Error(`A worker exited (${code}).`));
            });
            next();
          })
      )
    );
  } finally {
    for (const worker of workers) worker.kill();
  }
  return results;
}
