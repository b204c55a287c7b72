// The training lab's runs: one TrainingRun per cell on the same data and seed, trained epoch by
// epoch in turn (so the cells grow side by side), pausable between batches, with a checked trace of
// the course sentence after every epoch and the finished model as a folder of files.
import * as tf from '@tensorflow/tfjs';
import { encodeSentence, type PieceTokenizer } from '../../core/model-input.js';
import { IRELAND } from '../../core/site-sentences.js';
import type { LabSettings } from '../../core/train/lab-settings.js';
import type { CellKind, Trace } from '../../core/trace/types.js';
import type { CurvePoint, StoppedRecord } from '../models/meta.js';
import { joinedWeightData, modelJsonFor } from '../save.js';
import { Tracer } from '../tracer.js';
import { finishTraining } from './finish.js';
import type { FitEvent, FitResult } from './fit.js';
import { HAND_MADE_HELD_OUT_SAMPLES, handMadeSpec } from './hand-made.js';
import { measure } from './measure.js';
import { EVALUATION_SEED } from './seeds.js';
import { tokenizerFileName } from './tokenizer-file.js';
import { TrainingRun, weightValues } from './training-run.js';

/** What the lab reports while training. */
export interface LabHooks {
  /** A cell's model before training, traced (epoch 0). */
  onStart(cell: CellKind, trace: Trace): void;
  /** After a batch: the cell's share of its training done, 0–1. */
  onBatch(cell: CellKind, epoch: number, fraction: number): void;
  /** After an epoch: its curve point, the trace of the course sentence, and the epoch's milliseconds. */
  onEpoch(cell: CellKind, point: CurvePoint, trace: Trace, ms: number): void;
}

/** Between batches: resolves true to go on, false to stop (a pause resolves later). */
export type LabGate = () => Promise<boolean>;

/** A file of a model folder. */
export interface LabFile {
  name: string;
  data: Uint8Array;
}

interface CellRun {
  cell: CellKind;
  run: TrainingRun;
  steps: Generator<FitEvent, FitResult, void>;
  curve: CurvePoint[];
  result?: FitResult;
  /** Updates, examples and longest sequence so far (what a run stopped early has). */
  done: Pick<FitResult, 'updates' | 'samples' | 'longest'>;
  ms: number;
}

/** The course sentence's tokens as this run's tokenizer reads them. */
function courseInput(run: TrainingRun) {
  return { tokens: encodeSentence(run.tokenizer as PieceTokenizer, IRELAND).tokens };
}

/** The Embedding model's trace on the course sentence, checked against tfjs. */
function traceOf(run: TrainingRun): Trace {
  const tracer = new Tracer(run.model);
  try {
    return tracer.trace(courseInput(run));
  } finally {
    tracer.dispose();
  }
}

/** Several cells trained side by side; build with `LabTrainer.start`, drive with `train`. */
export class LabTrainer {
  private constructor(
    readonly settings: LabSettings,
    private readonly runs: CellRun[]
  ) {}

  /** Builds every cell's model, twin and data from the settings' seed. */
  static async start(settings: LabSettings): Promise<LabTrainer> {
    const runs: CellRun[] = [];
    try {
      for (const cell of settings.cells) {
        const { spec } = handMadeSpec({ task: 'memory', cell, ...settings });
        const run = await TrainingRun.start(spec);
        const done = { updates: 0, samples: 0, longest: 0 };
        runs.push({ cell, run, steps: run.steps(), curve: [], done, ms: 0 });
      }
    } catch (error) {
      for (const entry of runs) entry.run.dispose();
      throw error;
    }
    return new LabTrainer(settings, runs);
  }

  /** Trains every cell, one epoch of each in turn; resolves 'stopped' when the gate says stop. */
  async train(hooks: LabHooks, gate: LabGate): Promise<'finished' | 'stopped'> {
    for (const entry of this.runs) hooks.onStart(entry.cell, traceOf(entry.run));
    for (let epoch = 1; epoch <= this.settings.epochs; epoch++) {
      for (const entry of this.runs) {
        if (!(await this.trainEpoch(entry, hooks, gate))) {
          for (const other of this.runs) other.steps.return(undefined as never);
          return 'stopped';
        }
      }
    }
    return 'finished';
  }

  private async trainEpoch(entry: CellRun, hooks: LabHooks, gate: LabGate): Promise<boolean> {
    let ms = 0;
    for (;;) {
      if (!(await gate())) return false;
      const started = performance.now();
      const next = entry.steps.next();
      ms += performance.now() - started;
      if (next.done) {
        entry.result = next.value;
        return true;
      }
      const event = next.value;
      if (event.type === 'batch') {
        entry.done = event.done;
        hooks.onBatch(entry.cell, event.epoch, event.fraction);
        continue;
      }
      entry.curve.push(event.point);
      entry.ms += ms;
      if (event.point.epoch === this.settings.epochs)
        entry.result = entry.steps.next().value as FitResult;
      entry.run.syncModel();
      hooks.onEpoch(entry.cell, event.point, traceOf(entry.run), ms);
      return true;
    }
  }

  private entryOf(cell: CellKind): CellRun {
    const entry = this.runs.find((candidate) => candidate.cell === cell);
    if (!entry) throw new Error(`No ${cell} was trained in this run.`);
    return entry;
  }

  /** The model's files as tfjs saves them (model.json, model.weights.bin) and its tokenizer. */
  async modelFiles(cell: CellKind): Promise<LabFile[]> {
    const { run } = this.entryOf(cell);
    run.syncModel();
    return [...(await savedFiles(run.model)), tokenizerFile(run)];
  }

  /**
   * The downloadable folder of a cell: model.json, weights, tokenizer and meta.json (with the curve and a
   * held-out evaluation), made as `unrolled train` makes it. A cell stopped (or paused) before its last
   * epoch gets the curve so far, the validation result of its weights now, and `training.stopped`.
   */
  async folder(cell: CellKind, backend: string): Promise<LabFile[]> {
    const entry = this.entryOf(cell);
    const { run } = entry;
    run.syncModel();
    const result = entry.result ?? this.resultSoFar(entry);
    const { spec, tokenizer } = handMadeSpec({ task: 'memory', cell, ...this.settings });
    const candidate = {
      modelId: spec.modelId,
      learningRate: spec.learningRate,
      weights: weightValues(run.model),
      initialWeights: run.initialWeights,
      curve: result.curve,
      updates: result.updates,
      samples: result.samples,
      valAccuracy: result.valAccuracy,
      valLoss: result.valLoss,
      conversionMaxDiff: run.conversionDifference(),
      longest: result.longest,
      seconds: entry.ms / 1000
    };
    const heldOut = { seed: EVALUATION_SEED, samples: HAND_MADE_HELD_OUT_SAMPLES };
    const finished = finishTraining(
      run.job,
      [candidate],
      tokenizer,
      spec.budget,
      spec.seed,
      heldOut
    );
    try {
      const { meta } = finished;
      const stopped = entry.result ? undefined : stoppedRecord(entry, this.settings.epochs);
      const training = meta.training && { ...meta.training, backend, ...(stopped && { stopped }) };
      const metaText = JSON.stringify({ ...meta, training }, null, 2) + '\n';
      return [
        ...(await savedFiles(finished.model)),
        tokenizerFile(run),
        { name: 'meta.json', data: new TextEncoder().encode(metaText) }
      ];
    } finally {
      finished.model.dispose();
    }
  }

  /** A cell's result before its last epoch: the curve so far and its weights' validation result now. */
  private resultSoFar(entry: CellRun): FitResult {
    const { run } = entry;
    const now = measure(run.twin, run.data.validation, run.data);
    return { curve: entry.curve, ...entry.done, valAccuracy: now.accuracy, valLoss: now.loss };
  }

  /** Saves a cell's model through a tfjs URL (e.g. indexeddb://name) for another page to open. */
  async save(cell: CellKind, url: string): Promise<void> {
    const { run } = this.entryOf(cell);
    run.syncModel();
    await run.model.save(url);
  }

  /** The tokenizer file of a cell's model (the same for every cell of a run). */
  tokenizerText(cell: CellKind): string {
    return this.entryOf(cell).run.tokenizer.serialize();
  }

  /** Frees every model. */
  dispose(): void {
    for (const entry of this.runs) entry.run.dispose();
  }
}

/** meta.json's note on a run the reader stopped before its last epoch. */
function stoppedRecord(entry: CellRun, epochs: number): StoppedRecord {
  const epoch = entry.curve.length;
  const { updates } = entry.done;
  return {
    epoch,
    of: epochs,
    updates,
    note: `stopped by the reader after epoch ${epoch} of ${epochs} (${updates} weight updates): the curve ends there; the validation result and the evaluation are of the weights when the model was saved`
  };
}

function tokenizerFile(run: TrainingRun): LabFile {
  return {
    name: tokenizerFileName(run.tokenizer),
    data: new TextEncoder().encode(run.tokenizer.serialize())
  };
}

/** model.json and model.weights.bin, as tfjs's save handler hands them over. */
async function savedFiles(model: tf.LayersModel): Promise<LabFile[]> {
  const files: LabFile[] = [];
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const json = JSON.stringify(modelJsonFor(artifacts, 'model.weights.bin'));
      files.push({ name: 'model.json', data: new TextEncoder().encode(json) });
      files.push({ name: 'model.weights.bin', data: new Uint8Array(joinedWeightData(artifacts)) });
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    })
  );
  return files;
}
