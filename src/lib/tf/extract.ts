// From a tfjs recurrent layer to the plain CellSpec the core replays, or a typed error naming what is unsupported.
import type * as tf from '@tensorflow/tfjs';
import { activationName, type ActivationName } from '../core/activations.js';
import type { CellSpec } from '../core/cells/weights.js';
import { UnrolledError } from '../core/errors.js';
import type { CellKind } from '../core/trace/types.js';
import type { BidirectionalLike, LayerLike, RecurrentLayerLike } from './internals.js';

const SUPPORTED =
  'unrolled can instrument SimpleRNN, LSTM and GRU layers (incl. Keras reset_after GRUs), RNN layers with those cells, and Bidirectional wrappers of them';

const CELL_KINDS: Record<string, CellKind> = {
  SimpleRNNCell: 'simple_rnn',
  LSTMCell: 'lstm',
  GRUCell: 'gru'
};

const RECURRENT_CLASSES = new Set(['SimpleRNN', 'LSTM', 'GRU', 'RNN']);
const UNSUPPORTED_RECURRENT = new Set(['ConvLSTM2D', 'ConvRNN2D', 'ConvLSTM1D', 'ConvLSTM3D']);

/** How the tracer treats a layer: replayed as a recurrent layer, as a Bidirectional pair, or left to tfjs. */
export type LayerRole = 'recurrent' | 'bidirectional' | 'other';

/** The role of a layer; throws for recurrent layers unrolled cannot instrument, so a trace is never silently partial. */
export function layerRole(layer: LayerLike): LayerRole {
  const className = layer.getClassName();
  if (UNSUPPORTED_RECURRENT.has(className)) throw unsupported(layer, className);
  if (className === 'Bidirectional') {
    const wrapped = (layer as BidirectionalLike).forwardLayer;
    cellKindOf(wrapped);
    return 'bidirectional';
  }
  if (RECURRENT_CLASSES.has(className) || 'cell' in layer) {
    cellKindOf(layer as RecurrentLayerLike);
    return 'recurrent';
  }
  return 'other';
}

function unsupported(layer: LayerLike, className: string, detail = ''): UnrolledError {
  return new UnrolledError(
    'unsupported-layer',
    `Layer "${layer.name}" (${className}${detail}) cannot be instrumented: ${SUPPORTED}.`,
    { layer: layer.name }
  );
}

/** The cell kind of a recurrent layer; throws a typed error for custom or stacked cells. */
export function cellKindOf(layer: RecurrentLayerLike): CellKind {
  const cellClass = layer.cell?.getClassName?.() ?? 'no cell';
  const kind = CELL_KINDS[cellClass];
  if (!kind) throw unsupported(layer, layer.getClassName(), ` wrapping a ${cellClass}`);
  return kind;
}

function activationOf(
  layer: LayerLike,
  which: 'activation' | 'recurrentActivation'
): ActivationName {
  const cell = (layer as RecurrentLayerLike).cell;
  const name = cell[which]?.getClassName() ?? (which === 'activation' ? 'tanh' : 'hardSigmoid');
  const canonical = activationName(name);
  if (!canonical) {
    throw new UnrolledError(
      'unsupported-layer',
      `Layer "${layer.name}" uses the activation "${name}", which unrolled cannot replay.`,
      { layer: layer.name }
    );
  }
  return canonical;
}

const WEIGHT_NAMES = ['kernel', 'recurrent kernel', 'bias'];

function assertFinite(layerName: string, index: number, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) {
      throw new UnrolledError(
        'bad-weights',
        `Layer "${layerName}" has a ${Number.isNaN(values[i]!) ? 'NaN' : 'infinite'} value in its ${WEIGHT_NAMES[index] ?? `weight ${index}`} (entry ${i}).`,
        { layer: layerName }
      );
    }
  }
}

/** Reads a recurrent layer's weights and configuration into a CellSpec (data copied out of tfjs). */
export function cellSpecOf(layer: RecurrentLayerLike): CellSpec {
  const kind = cellKindOf(layer);
  const cell = layer.cell;
  const weights = layer.getWeights();
  const [kernel, recurrentKernel, bias] = weights as [tf.Tensor, tf.Tensor, tf.Tensor | undefined];
  if (!kernel || !recurrentKernel) {
    throw new UnrolledError(
      'bad-weights',
      `Layer "${layer.name}" has no weights yet (is the model built?).`,
      {
        layer: layer.name
      }
    );
  }
  weights.forEach((weight, index) => assertFinite(layer.name, index, weight.dataSync()));
  const units = cell.units;
  const resetAfter = kind === 'gru' && cell.resetAfter === true;
  let inputBias: Float32Array | undefined;
  let recurrentBias: Float32Array | undefined;
  if (bias) {
    const values = Float32Array.from(bias.dataSync());
    if (resetAfter && bias.rank === 2) {
      inputBias = values.slice(0, 3 * units);
      recurrentBias = values.slice(3 * units);
    } else {
      inputBias = values;
    }
  }
  return {
    kind,
    activation: activationOf(layer, 'activation'),
    recurrentActivation:
      kind === 'simple_rnn' ? 'hardSigmoid' : activationOf(layer, 'recurrentActivation'),
    resetAfter: kind === 'gru' ? resetAfter : undefined,
    weights: {
      inputSize: kernel.shape[0]!,
      units,
      kernel: Float32Array.from(kernel.dataSync()),
      recurrentKernel: Float32Array.from(recurrentKernel.dataSync()),
      bias: inputBias,
      recurrentBias
    }
  };
}
