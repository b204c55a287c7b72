// Timing the gradient pass against model.predict on the same input and backend: medians of interleaved runs.
import * as tf from '@tensorflow/tfjs';
import { median, time } from '../benchmark.js';
import { prepareInput, type TraceInput } from '../input.js';
import { GradientTracer } from './gradient-tracer.js';

/** Medians of a gradient benchmark, in milliseconds. */
export interface GradientBenchResult {
  /** GradientTracer.gradients: the replay forward, then back-propagation to every recurrent step. */
  gradientsMs: number;
  /** model.predict on the same input. */
  predictMs: number;
  /** gradientsMs / predictMs. */
  ratio: number;
  /** The tfjs backend measured. */
  backend: string;
  /** Timed runs the medians are taken over. */
  repeats: number;
}

/** Times GradientTracer.gradients(input) against model.predict, interleaved, after `warmup` untimed rounds. */
export function benchmarkGradients(
  model: tf.LayersModel,
  input: TraceInput,
  { repeats = 15, warmup = 3 } = {}
): GradientBenchResult {
  const tracer = new GradientTracer(model);
  const { tensor } = prepareInput(tracer.input, input);
  const gradients: number[] = [];
  const predicts: number[] = [];
  try {
    for (let round = 0; round < warmup + repeats; round++) {
      const predictMs = time(() => tf.tidy(() => (model.predict(tensor) as tf.Tensor).dataSync()));
      const gradientsMs = time(() => tracer.gradients(input));
      if (round < warmup) continue;
      predicts.push(predictMs);
      gradients.push(gradientsMs);
    }
  } finally {
    tensor.dispose();
  }
  const gradientsMs = median(gradients);
  const predictMs = median(predicts);
  return {
    gradientsMs,
    predictMs,
    ratio: gradientsMs / predictMs,
    backend: tf.getBackend(),
    repeats
  };
}
