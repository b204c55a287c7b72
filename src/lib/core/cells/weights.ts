import type { ActivationName } from '../activations.js';
import type { CellKind } from '../trace/types.js';

/** The weights of one recurrent cell, row-major as tfjs stores them; `blocks` is 1 (SimpleRNN), 4 (LSTM) or 3 (GRU). */
export interface CellWeights {
  /** Length of each input vector x_t. */
  inputSize: number;
  /** Number of units (length of h). */
  units: number;
  /** Input kernel W, shape [inputSize, blocks·units]. */
  kernel: Float32Array;
  /** Recurrent kernel U, shape [units, blocks·units]. */
  recurrentKernel: Float32Array;
  /** Input bias, shape [blocks·units]; absent when the layer has useBias: false. */
  bias?: Float32Array;
  /** Recurrent bias of a Keras reset_after GRU (second row of its [2, 3·units] bias). */
  recurrentBias?: Float32Array;
}

/** Everything needed to replay one cell: its kind, activations and weights. */
export interface CellSpec {
  /** Which cell. */
  kind: CellKind;
  /** The cell activation (tanh by default). */
  activation: ActivationName;
  /** The gates' activation (ignored by SimpleRNN). */
  recurrentActivation: ActivationName;
  /** GRU only: Keras's reset_after form. */
  resetAfter?: boolean;
  /** The weights. */
  weights: CellWeights;
}

/** Number of weight blocks along the last axis for a cell kind. */
export function blocksOf(kind: CellKind): number {
  return kind === 'lstm' ? 4 : kind === 'gru' ? 3 : 1;
}

/** The names of a cell's gates, in the order of its weight blocks. */
export function gateNames(kind: CellKind): readonly string[] {
  if (kind === 'lstm') return ['input', 'forget', 'candidate', 'output'];
  if (kind === 'gru') return ['update', 'reset', 'candidate'];
  return [];
}

/** Throws when the weights' sizes do not fit the cell kind, naming what is off. */
export function assertCellWeights(spec: CellSpec): void {
  const { inputSize, units, kernel, recurrentKernel, bias, recurrentBias } = spec.weights;
  const width = blocksOf(spec.kind) * units;
  const expect = (what: string, actual: number, expected: number) => {
    if (actual !== expected) {
      throw new Error(`${spec.kind} ${what} has ${actual} numbers, expected ${expected}.`);
    }
  };
  expect('kernel', kernel.length, inputSize * width);
  expect('recurrent kernel', recurrentKernel.length, units * width);
  if (bias) expect('bias', bias.length, width);
  if (recurrentBias) expect('recurrent bias', recurrentBias.length, width);
  if (spec.resetAfter && spec.kind !== 'gru')
    throw new Error('resetAfter applies to GRU cells only.');
}
