// The training lab's state: the settings, the run going on in the training worker, and every
// cell's curve points and per-epoch traces as they arrive.
import { LAB_DEFAULTS, type LabSettings } from '../core/train/lab-settings.js';
import type { CellKind, Trace } from '../core/trace/types.js';
import type { CurvePoint } from '../tf/models/meta.js';
import type { LabBackend, LabFile, TrainClient, TrainReply } from '../tf/train-client.js';
import type { WasmPaths } from '../tf/worker.js';
import { PacedUpdates } from './paced-updates.js';

/** One cell's results so far. */
export interface LabCell {
  cell: CellKind;
  /** Curve points, epoch 1 first. */
  points: CurvePoint[];
  /** Traces of the course sentence: index 0 before training, then one per epoch. */
  traces: Trace[];
  /** Milliseconds each epoch took (training and validation, not the trace). */
  ms: number[];
}

/** What the lab is doing. */
export type LabStatus =
  'idle' | 'starting' | 'running' | 'paused' | 'stopped' | 'finished' | 'error';

/** How the lab runs. */
export interface TrainingLabOptions {
  /** The tfjs backend. @default 'auto' (wasm, else cpu) */
  backend?: LabBackend;
  /** Where the wasm backend's .wasm files are served, or a function that finds out (once, at Start). */
  wasmPaths?: WasmPaths | (() => Promise<WasmPaths>);
  /** The settings to start from. @default LAB_DEFAULTS */
  settings?: LabSettings;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The lab: settings, status, results, and the commands of its buttons. */
export class TrainingLab {
  settings: LabSettings = $state({ ...LAB_DEFAULTS });
  status: LabStatus = $state('idle');
  /** The tfjs backend the worker runs on, once started. */
  backend = $state('');
  /** The last failure, as one line. */
  error = $state('');
  /** Every trained cell, in the settings' order (replaced, not mutated: traces are large). */
  cells: LabCell[] = $state.raw([]);
  /** Share of each cell's training done, 0–1. */
  fractions: Partial<Record<CellKind, number>> = $state({});
  /** The settings of the run shown (the controls may have moved on). */
  ran: LabSettings | undefined = $state();
  /** Milliseconds from Start to the end of the run (or until now). */
  elapsed = $state(0);

  /** Figure updates, one per frame: a new epoch never redraws every figure in one task. */
  readonly pace = new PacedUpdates();

  #client: TrainClient | undefined;
  #options: TrainingLabOptions;
  #started = 0;
  /** Traces received in this run (the worker waits until the page has drawn them). */
  #traces = 0;

  constructor(options: TrainingLabOptions = {}) {
    this.#options = options;
    if (options.settings) this.settings = options.settings;
  }

  /** Share of the whole run done, 0–1. */
  get progress(): number {
    if (this.cells.length === 0) return 0;
    const done = this.cells.reduce((sum, { cell }) => sum + (this.fractions[cell] ?? 0), 0);
    return done / this.cells.length;
  }

  /** Seconds left by the median epoch time of each cell so far; undefined before the first epoch. */
  get secondsLeft(): number | undefined {
    const epochs = this.ran?.epochs ?? 0;
    let ms = 0;
    for (const cell of this.cells) {
      if (cell.ms.length === 0) return undefined;
      ms += median(cell.ms) * (epochs - cell.points.length);
    }
    return ms / 1000;
  }

  /** True while the worker is training (or paused). */
  get busy(): boolean {
    return this.status === 'starting' || this.status === 'running' || this.status === 'paused';
  }

  /** Starts a new run with the current settings. */
  async start(): Promise<void> {
    this.#client?.dispose();
    this.pace.clear();
    this.#traces = 0;
    const settings: LabSettings = JSON.parse(JSON.stringify(this.settings)) as LabSettings;
    this.ran = settings;
    // The panels mount in a task after the click's, not in it.
    this.pace.add(() => {
      this.cells = settings.cells.map((cell) => ({ cell, points: [], traces: [], ms: [] }));
    });
    this.fractions = {};
    this.status = 'starting';
    this.error = '';
    this.backend = '';
    this.elapsed = 0;
    this.#started = performance.now();
    try {
      const { createTrainClient } = await import('../tf/train-client.js');
      const paths = this.#options.wasmPaths;
      const client = createTrainClient((reply) => this.#receive(client, reply), {
        wasmPaths: typeof paths === 'function' ? await paths() : paths
      });
      this.#client = client;
      client.start(settings, this.#options.backend ?? 'auto');
    } catch (error) {
      this.#fail(error instanceof Error ? error.message : String(error));
    }
  }

  /** Pauses between two batches. */
  pause(): void {
    if (this.status !== 'running') return;
    this.#client?.pause();
    this.status = 'paused';
  }

  /** Goes on after a pause. */
  resume(): void {
    if (this.status !== 'paused') return;
    this.#client?.resume();
    this.status = 'running';
  }

  /** Stops the run; what was trained so far stays to look at. */
  stop(): void {
    if (!this.busy) return;
    this.#client?.stop();
  }

  /** A cell's model files (with meta.json when `folder`, for finished runs). */
  files(cell: CellKind, folder: boolean): Promise<LabFile[]> {
    if (!this.#client) return Promise.reject(new Error('Nothing has been trained yet.'));
    return this.#client.files(cell, folder);
  }

  /** Saves a cell's model at a tfjs URL; resolves with its tokenizer text. */
  save(cell: CellKind, url: string): Promise<string> {
    if (!this.#client) return Promise.reject(new Error('Nothing has been trained yet.'));
    return this.#client.save(cell, url);
  }

  /** Stops the worker. */
  dispose(): void {
    this.#client?.dispose();
    this.#client = undefined;
  }

  #update(kind: CellKind, change: (cell: LabCell) => Partial<LabCell>): void {
    this.cells = this.cells.map((cell) =>
      cell.cell === kind ? { ...cell, ...change(cell) } : cell
    );
  }

  #fail(message: string): void {
    this.status = 'error';
    this.error = message;
  }

  #receive(client: TrainClient, reply: TrainReply): void {
    if (client !== this.#client) return;
    this.elapsed = performance.now() - this.#started;
    if (reply.type === 'backend') {
      this.backend = reply.backend;
      if (this.status === 'starting') this.status = 'running';
    } else if (reply.type === 'initial') {
      this.#paced(client, () => this.#update(reply.cell, () => ({ traces: [reply.trace] })));
    } else if (reply.type === 'batch') this.fractions[reply.cell] = reply.fraction;
    else if (reply.type === 'epoch') {
      this.#paced(client, () =>
        this.#update(reply.cell, (cell) => ({
          points: [...cell.points, reply.point],
          traces: [...cell.traces, reply.trace],
          ms: [...cell.ms, reply.ms]
        }))
      );
    } else if (reply.type === 'finished') {
      // After the epochs queued before it: "finished" means every number is on the page.
      const status = reply.stopped ? 'stopped' : 'finished';
      this.pace.add(() => {
        if (client !== this.#client) return;
        this.status = status;
        if (status === 'finished') for (const { cell } of this.cells) this.fractions[cell] = 1;
      });
    } else if (reply.type === 'error') this.#fail(reply.message);
  }

  /** Queues a trace's update; once the page has drawn everything queued, tells the worker to go on. */
  #paced(client: TrainClient, update: () => void): void {
    this.#traces++;
    this.pace.add(() => {
      if (client === this.#client) update();
    });
    void this.pace.idle().then(() => {
      if (client === this.#client) client.drawn(this.#traces);
    });
  }
}
