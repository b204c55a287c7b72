// One recurrent layer of any of the three cell kinds, with the settings every shipped model shares.
import * as tf from '@tensorflow/tfjs';
import type { CellKind } from '../../core/trace/types.js';

/** The gate activation of the shipped models: Keras's default, also what the course notebooks used. */
export const GATE_ACTIVATION = 'sigmoid';

/** What a recurrent layer needs beyond its cell kind. */
export interface RecurrentLayerOptions {
  /** Number of units. */
  units: number;
  /** Return every step's output (to feed another recurrent layer). @default false */
  returnSequences?: boolean;
  /** Layer name; a fixed name keeps saved models identical from run to run. */
  name?: string;
}

/** A SimpleRNN, LSTM or GRU layer (tanh, sigmoid gates, Keras's unit forget bias; tfjs's GRU has reset_after false). */
export function recurrentLayer(kind: CellKind, options: RecurrentLayerOptions): tf.RNN {
  const { units, returnSequences = false, name } = options;
  if (kind === 'simple_rnn') return tf.layers.simpleRNN({ units, returnSequences, name });
  if (kind === 'lstm') {
    return tf.layers.lstm({
      units,
      returnSequences,
      name,
      recurrentActivation: GATE_ACTIVATION,
      unitForgetBias: true
    });
  }
  return tf.layers.gru({ units, returnSequences, name, recurrentActivation: GATE_ACTIVATION });
}
