import * as tf from '@tensorflow/tfjs';
import { randomizeWeights as randomizeModelWeights } from '$lib/tf/random-weights.js';
import type { Seeded } from './seeded.js';

type Cell = 'simpleRNN' | 'lstm' | 'gru';

/** Seeded uniform weights in [-scale, scale], drawn from the test's own generator. */
export function randomizeWeights(model: tf.LayersModel, rng: Seeded, scale = 0.8): void {
  randomizeModelWeights(model, rng.int(1, 2 ** 31), scale);
}

/** A recurrent layer of the given cell kind and options. */
export function recurrentLayer(cell: Cell, options: Record<string, unknown>): tf.RNN {
  const factory = { simpleRNN: tf.layers.simpleRNN, lstm: tf.layers.lstm, gru: tf.layers.gru }[
    cell
  ];
  return factory(options as never) as tf.RNN;
}

/** A description of a random architecture, for test names and failure messages. */
export interface RandomArchitecture {
  description: string;
  model: tf.LayersModel;
  input: { ids: number[] } | { values: number[][] };
  paddedPositions: number[];
}

const ACTIVATIONS = [
  'tanh',
  'sigmoid',
  'hardSigmoid',
  'softsign',
  'relu',
  'elu',
  'linear',
  'selu',
  'softplus'
];
const GATES = ['hardSigmoid', 'sigmoid', 'tanh'];
const MERGES = ['concat', 'sum', 'mul', 'ave'] as const;

/** A random Sequential model with 1–2 recurrent layers, random options, random weights, and a matching input. */
export function randomArchitecture(rng: Seeded): RandomArchitecture {
  const steps = rng.int(1, 9);
  const useIds = rng.chance(0.6);
  const padding = rng.pick(['none', 'pre', 'post'] as const);
  const padCount = padding === 'none' || steps < 2 ? 0 : rng.int(1, steps - 1);
  const paddedPositions = Array.from({ length: padCount }, (_, i) =>
    padding === 'pre' ? i : steps - 1 - i
  );
  const parts: string[] = [];
  const layers: tf.layers.Layer[] = [];
  const features = 3;
  if (useIds) {
    layers.push(
      tf.layers.embedding({
        inputDim: 20,
        outputDim: rng.int(2, 5),
        maskZero: padCount > 0,
        inputShape: [null]
      })
    );
    parts.push(`Embedding(20${padCount > 0 ? ', maskZero' : ''})`);
  } else if (padCount > 0) {
    layers.push(tf.layers.masking({ maskValue: 0, inputShape: [null, features] }));
    parts.push('Masking');
  } else if (rng.chance(0.5)) {
    layers.push(tf.layers.conv1d({ filters: 3, kernelSize: 1, inputShape: [null, features] }));
    parts.push('Conv1D');
  } else {
    layers.push(tf.layers.dense({ units: 3, inputShape: [null, features] }));
    parts.push('Dense');
  }
  const depth = rng.int(1, 2);
  for (let d = 0; d < depth; d++) {
    const cell = rng.pick(['simpleRNN', 'lstm', 'gru'] as const);
    const options = {
      units: rng.int(1, 5),
      activation: rng.pick(ACTIVATIONS),
      recurrentActivation: rng.pick(GATES),
      useBias: rng.chance(0.7),
      goBackwards: rng.chance(0.3),
      returnSequences: d < depth - 1 || rng.chance(0.3)
    };
    const bidirectional = rng.chance(0.4);
    const mergeMode = rng.pick(MERGES);
    const layer = recurrentLayer(cell, options);
    layers.push(bidirectional ? tf.layers.bidirectional({ layer, mergeMode }) : layer);
    parts.push(
      `${bidirectional ? `Bidirectional[${mergeMode}](` : ''}${cell}(${options.units}, ${options.activation}/${options.recurrentActivation}${options.useBias ? '' : ', no bias'}${options.goBackwards ? ', backwards' : ''}${options.returnSequences ? ', seq' : ''})${bidirectional ? ')' : ''}`
    );
  }
  if (rng.chance(0.3)) {
    layers.push(tf.layers.dropout({ rate: 0.5 }));
    parts.push('Dropout');
  }
  layers.push(tf.layers.dense({ units: 2, activation: 'softmax' }));
  const model = tf.sequential({ layers });
  randomizeWeights(model, rng);
  const padded = new Set(paddedPositions);
  const input = useIds
    ? { ids: Array.from({ length: steps }, (_, t) => (padded.has(t) ? 0 : rng.int(1, 19))) }
    : {
        values: Array.from({ length: steps }, (_, t) =>
          Array.from({ length: features }, () => (padded.has(t) ? 0 : rng.uniform(-1, 1)))
        )
      };
  return {
    description: `${parts.join(' → ')} on ${steps} steps, ${padding} padding ${padCount}`,
    model,
    input,
    paddedPositions
  };
}
