// The benchmark's traces: a real tfjs Embedding → LSTM(128) → Dense model with seeded random weights, traced in the
// page of the site's UI benchmark. The page imports this module on demand, so it stays light and the prerender never
// loads tfjs.
import * as tf from '@tensorflow/tfjs';
import type { Trace } from '../core/trace/types.js';
import { randomInput } from './random-input.js';
import { randomizeWeights } from './random-weights.js';
import { Tracer } from './tracer.js';
import { BENCH_UNITS, LONG_STEPS, SHORT_STEPS } from './bench-sizes.js';

const VOCABULARY = 1000;
const WORDS = 'I lived in Ireland so at school they made me learn how to speak'.split(' ');

/** The traces the page draws, and how long tracing took (tfjs on its cpu backend, in this browser). */
export interface BenchTraces {
  long: Trace;
  short: [Trace, Trace];
  /** Milliseconds to trace the 200-token input: replay, check against tfjs, influence gradients. */
  traceMs: number;
  /** The tfjs backend used. */
  backend: string;
}

/** Builds the seeded model and traces one 200-token and two different 20-token inputs through it. */
export async function benchTraces(): Promise<BenchTraces> {
  // The cpu backend needs no GPU, so the figures do not depend on how headless Chromium treats WebGL.
  await tf.setBackend('cpu');
  await tf.ready();
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: VOCABULARY, outputDim: 32, inputShape: [null] }),
      // Zero initializers skip tfjs's orthogonal initializer (slow at 128 units); the weights are replaced below.
      tf.layers.lstm({
        units: BENCH_UNITS,
        recurrentActivation: 'sigmoid',
        kernelInitializer: 'zeros',
        recurrentInitializer: 'zeros'
      }),
      tf.layers.dense({ units: 12, activation: 'softmax' })
    ]
  });
  randomizeWeights(model, 2024, 0.5);
  const tracer = new Tracer(model);
  const input = (steps: number, seed: number) => {
    const { ids } = randomInput(tracer.input, steps, seed) as { ids: number[] };
    return { ids, texts: ids.map((id) => WORDS[id % WORDS.length]!) };
  };
  try {
    const started = performance.now();
    const long = tracer.trace(input(LONG_STEPS, 1));
    const traceMs = performance.now() - started;
    const short: [Trace, Trace] = [
      tracer.trace(input(SHORT_STEPS, 2)),
      tracer.trace(input(SHORT_STEPS, 3))
    ];
    return { long, short, traceMs, backend: tf.getBackend() };
  } finally {
    model.dispose();
  }
}
