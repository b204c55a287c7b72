// Held-out evaluation: fresh data for a model's task, drawn from a seed training never used, and
// accuracy overall and per bucket (distance for the memory task, sentence kind for sentiment).
import * as tf from '@tensorflow/tfjs';
import {
  DISTANCE_BUCKETS,
  distanceBucket,
  generateMemoryExamples,
  generateSentimentExamples,
  MEMORY_LABELS,
  memorySentence,
  SENTIMENT_KINDS
} from '../core/corpus/index.js';
import { UnrolledError } from '../core/errors.js';
import type { Tokenizer } from '../core/tokenize/types.js';
import { FIBONACCI_IMPULSE } from './models/fibonacci.js';
import type { BucketAccuracy, Evaluation, ModelMeta } from './models/meta.js';

/** The parts of meta.json an evaluation reads. */
export type EvaluatedMeta = Pick<ModelMeta, 'id' | 'task' | 'maxLength' | 'distances' | 'training'>;

/** Options of evaluateModel. */
export interface EvaluateOptions {
  /** Seed of the held-out data; must not be one of meta.training.dataSeeds. */
  seed: number;
  /** Samples to draw. */
  samples: number;
  /** The model's tokenizer (memory and sentiment tasks). */
  tokenizer?: Tokenizer;
}

interface Scored {
  bucket: string;
  right: boolean;
}

/** Runs same-length groups of id sequences through the model (no padding, as the site traces them). */
function predictAll(model: tf.LayersModel, sequences: readonly number[][]): Float32Array[] {
  const outputs: Float32Array[] = new Array<Float32Array>(sequences.length);
  const byLength = new Map<number, number[]>();
  sequences.forEach((ids, i) => {
    const group = byLength.get(ids.length);
    if (group) group.push(i);
    else byLength.set(ids.length, [i]);
  });
  for (const [length, indices] of byLength) {
    for (let start = 0; start < indices.length; start += 256) {
      const chunk = indices.slice(start, start + 256);
      const values = tf.tidy(() => {
        const x = tf.tensor2d(
          chunk.flatMap((i) => sequences[i]!),
          [chunk.length, length]
        );
        return (model.predict(x) as tf.Tensor).dataSync() as Float32Array;
      });
      const width = values.length / chunk.length;
      chunk.forEach((i, row) => (outputs[i] = values.slice(row * width, (row + 1) * width)));
    }
  }
  return outputs;
}

function argMax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

function summarise(
  scored: readonly Scored[],
  bucketNames: readonly string[]
): Pick<Evaluation, 'accuracy' | 'buckets'> {
  const buckets: BucketAccuracy[] = bucketNames.map((name) => {
    const inBucket = scored.filter((s) => s.bucket === name);
    const right = inBucket.filter((s) => s.right).length;
    return { name, accuracy: inBucket.length ? right / inBucket.length : NaN, n: inBucket.length };
  });
  const right = scored.filter((s) => s.right).length;
  return { accuracy: scored.length ? right / scored.length : NaN, buckets };
}

function needTokenizer(options: EvaluateOptions, meta: EvaluatedMeta): Tokenizer {
  if (!options.tokenizer) {
    throw new UnrolledError('bad-input', `Evaluating ${meta.id} needs its tokenizer.`);
  }
  return options.tokenizer;
}

function evaluateMemory(
  model: tf.LayersModel,
  meta: EvaluatedMeta,
  options: EvaluateOptions
): Evaluation {
  const tokenizer = needTokenizer(options, meta);
  const { min = 2, max = 40 } = meta.distances ?? {};
  const inRange = (d: number) => d >= min && d <= max;
  const distances = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const names = DISTANCE_BUCKETS.filter((name) =>
    distances.some((d) => distanceBucket(d) === name)
  );
  const bucketSize = (d: number) =>
    distances.filter((other) => distanceBucket(other) === distanceBucket(d)).length;
  const examples = generateMemoryExamples(options.samples, {
    seed: options.seed,
    minDistance: min,
    maxDistance: max,
    weights: (d) => (inRange(d) ? 1 / bucketSize(d) : 0)
  });
  const outputs = predictAll(
    model,
    examples.map((example) => tokenizer.encode(example.text))
  );
  const scored = examples.map((example, i) => ({
    bucket: distanceBucket(example.distance),
    right: argMax(outputs[i]!) === example.label
  }));
  const course = memorySentence('Ireland');
  const [probabilities] = predictAll(model, [tokenizer.encode(course.text)]);
  return {
    seed: options.seed,
    samples: options.samples,
    ...summarise(scored, names),
    sampling: `distance buckets equally likely, distance uniform within its bucket (${min}–${max})`,
    courseSentence: {
      text: course.text,
      label: course.language,
      probabilities: Object.fromEntries(
        MEMORY_LABELS.map((language, i) => [language, probabilities![i]!])
      )
    }
  };
}

function evaluateSentiment(
  model: tf.LayersModel,
  meta: EvaluatedMeta,
  options: EvaluateOptions
): Evaluation {
  const tokenizer = needTokenizer(options, meta);
  const examples = generateSentimentExamples(options.samples, { seed: options.seed });
  const outputs = predictAll(
    model,
    examples.map((example) => tokenizer.encode(example.text))
  );
  const scored = examples.map((example, i) => ({
    bucket: example.kind,
    right: (outputs[i]![0]! > 0.5 ? 1 : 0) === example.label
  }));
  return {
    seed: options.seed,
    samples: options.samples,
    ...summarise(scored, SENTIMENT_KINDS),
    sampling: 'plain, negated and contrast sentences equally likely, labels balanced'
  };
}

/** The Fibonacci model has no data to draw: step n of 1, 0, 0, … must give (F(n+1), F(n)) exactly. */
function evaluateFibonacci(model: tf.LayersModel, meta: EvaluatedMeta): Evaluation {
  const steps = meta.maxLength;
  const fibonacci = [0, 1];
  for (let n = 2; n <= steps + 1; n++) fibonacci.push(fibonacci[n - 1]! + fibonacci[n - 2]!);
  const sequences = Array.from({ length: steps }, (_, i) => [
    FIBONACCI_IMPULSE,
    ...new Array<number>(i).fill(0)
  ]);
  const outputs = predictAll(model, sequences);
  const scored = outputs.map((output, i) => ({
    bucket: `${Math.floor(i / 10) * 10 + 1}–${Math.min(steps, Math.floor(i / 10) * 10 + 10)}`,
    right: output[0] === fibonacci[i + 2] && output[1] === fibonacci[i + 1]
  }));
  return {
    seed: 0,
    samples: steps,
    ...summarise(scored, [...new Set(scored.map((s) => s.bucket))]),
    sampling: `every length from 1 to ${steps}: right means exactly (F(n+1), F(n))`
  };
}

/** Accuracy of a model on fresh held-out data of its task, overall and per bucket. */
export function evaluateModel(
  model: tf.LayersModel,
  meta: EvaluatedMeta,
  options: EvaluateOptions
): Evaluation {
  const { seed, samples } = options;
  if (!Number.isInteger(seed) || !Number.isInteger(samples) || samples < 1) {
    throw new UnrolledError('bad-input', 'The seed must be an integer and samples at least 1.');
  }
  if (meta.training?.dataSeeds.includes(seed)) {
    throw new UnrolledError(
      'bad-input',
      `Seed ${seed} generated training or validation data for ${meta.id}: pick another.`
    );
  }
  if (meta.task === 'memory') return evaluateMemory(model, meta, options);
  if (meta.task === 'sentiment') return evaluateSentiment(model, meta, options);
  return evaluateFibonacci(model, meta);
}
