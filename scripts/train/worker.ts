// A training worker process: receives candidates from the parent, trains them one at a time on its
// own backend and sends back progress and results.
import { useBackend, type BackendName } from '../../src/lib/tf/cli/backend.js';
import { runCandidate, type CandidateSpec } from '../../src/lib/tf/train/candidate.js';

/** Parent → worker. */
export type WorkerRequest = { backend: BackendName; spec: CandidateSpec; key: string };

let ready: Promise<void> | undefined;

process.on('message', (request: WorkerRequest) => {
  ready ??= useBackend(request.backend);
  void ready
    .then(async () => {
      let last = 0;
      const result = await runCandidate(request.spec, (fraction) => {
        const now = performance.now();
        if (now - last < 200) return;
        last = now;
        process.send!({ type: 'progress', key: request.key, fraction });
      });
      process.send!({ type: 'done', key: request.key, result });
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.send!({ type: 'error', key: request.key, message });
    });
});
