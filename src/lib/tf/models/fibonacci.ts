// The Fibonacci numbers as a real recurrent network: the course calls Fibonacci the simplest RNN.
import * as tf from '@tensorflow/tfjs';

/** Token id of the starting impulse; id 0 means "nothing" (a zero input). */
export const FIBONACCI_IMPULSE = 1;

/**
 * Embedding(2, 1) → SimpleRNN(2, linear, no training). Id 1 embeds to 1 and id 0 to 0; the kernel
 * [[1, 1]] lets the impulse in and the recurrent kernel [[1, 1], [1, 0]] maps (a, b) to (a + b, a).
 * Reading 1, 0, 0, … the hidden state after step n is (F(n+1), F(n)). Every value is a whole
 * number below 2^24, which float32 holds exactly, so no rounding creeps in up to F(35).
 * No maskZero: id 0 is an input of zero, not padding, and the state must keep moving.
 */
export function fibonacciModel(): tf.Sequential {
  const model = tf.sequential({
    name: 'fibonacci',
    layers: [
      tf.layers.embedding({
        name: 'embedding',
        inputDim: 2,
        outputDim: 1,
        inputShape: [null],
        embeddingsInitializer: 'zeros'
      }),
      tf.layers.simpleRNN({
        name: 'fibonacci',
        units: 2,
        activation: 'linear',
        kernelInitializer: 'zeros',
        recurrentInitializer: 'zeros',
        biasInitializer: 'zeros'
      })
    ]
  });
  const weights = [
    tf.tensor2d([[0], [1]]),
    tf.tensor2d([[1, 1]]),
    tf.tensor2d([
      [1, 1],
      [1, 0]
    ]),
    tf.zeros([2])
  ];
  model.setWeights(weights);
  tf.dispose(weights);
  return model;
}
