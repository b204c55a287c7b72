// How much each token mattered to the answer: integrated gradients of the answer's logit, one number per token.
import * as tf from '@tensorflow/tfjs';
import { runGraph } from './graph.js';
import type { ContainerLike, GraphNode } from './internals.js';
import { feedOf, inputEmbeddingNode, type SideFeed } from './side-inputs.js';

const SQUASHING = new Set(['softmax', 'sigmoid']);

/** Points on the straight path from the all-zero input to the real one (midpoint rule). */
export const INFLUENCE_PATH_STEPS = 16;

/** The output index whose influence is measured: the single score, or the most probable class. */
export function influenceTarget(output: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < output.length; i++) if (output[i]! > output[best]!) best = i;
  return best;
}

/** The node making the model's first output, when it is a Dense layer ending in softmax or sigmoid. */
export function squashedOutputNode(container: ContainerLike): GraphNode | undefined {
  const outputId = container.outputs[0]?.id;
  for (const nodes of Object.values(container.nodesByDepth)) {
    for (const node of nodes) {
      if (node.outputTensors[0]?.id !== outputId) continue;
      const layer = node.outboundLayer;
      const squashing = String(layer.getConfig().activation ?? '');
      return layer.getClassName() === 'Dense' && SQUASHING.has(squashing) ? node : undefined;
    }
  }
  return undefined;
}

/** The Dense layer's pre-activation x·W + b: the logits behind its softmax or sigmoid. */
export function logitsOf(node: GraphNode, input: tf.Tensor): tf.Tensor {
  const [kernel, bias] = node.outboundLayer.getWeights() as [tf.Tensor2D, tf.Tensor | undefined];
  // Dense applies to the last axis, also of a sequence: flatten the leading axes, multiply, restore them.
  const features = input.shape.at(-1)!;
  const product = tf.matMul(input.reshape([-1, features]), kernel);
  const logits = bias ? tf.add(product, bias) : product;
  return logits.reshape([...input.shape.slice(0, -1), kernel.shape[1]]);
}

/**
 * y(vectors) for a batch of token-vector sequences: the target's logit (or the output itself when the model does not
 * end in softmax/sigmoid), summed over the batch. `ids` is the real input, tiled to the batch for masks.
 */
function targetLogit(
  container: ContainerLike,
  ids: tf.Tensor,
  tokenNode: GraphNode | undefined,
  target: number,
  feed: SideFeed | undefined
): (vectors: tf.Tensor) => tf.Scalar {
  const squashed = squashedOutputNode(container);
  return (vectors) => {
    const modelInputs = feedOf(tokenNode ? ids : vectors, feed);
    const [first] = runGraph(container, modelInputs, (node, inputs) => {
      if (node === tokenNode) return [vectors];
      if (node === squashed) return [logitsOf(node, inputs[0]!)];
      return undefined;
    });
    const output = first![0];
    const flat = output.reshape([output.shape[0]!, -1]);
    // slice, not gather: gather's gradient needs UnsortedSegmentSum, which the wasm backend lacks.
    return flat.slice([0, target], [-1, 1]).sum() as tf.Scalar;
  };
}

/** Path points whose gradients are taken in one batch by a trace run in stages: a piece of tens of milliseconds. */
export const INFLUENCE_PIECE_STEPS = 4;

/** |Σ_d e_td · g_td| per token, where `vectors` and `gradient` are a [1, steps, …] batch flattened. */
function perTokenAttribution(
  vectors: Float32Array,
  gradient: Float64Array,
  steps: number
): number[] {
  const width = vectors.length / steps;
  return Array.from({ length: steps }, (_, t) => {
    let sum = 0;
    for (let d = t * width; d < (t + 1) * width; d++) sum += vectors[d]! * gradient[d]!;
    return Math.abs(sum);
  });
}

/**
 * Per-token influence by integrated gradients (Sundararajan et al., 2017): the target's logit (the output before a
 * final softmax or sigmoid) is followed along the straight path from all-zero token vectors to the real ones, and
 * each token gets |Σ_d e_td · mean ∂y/∂e_td| — how much of the logit's change it accounts for. Plain gradients
 * vanish once a network is confident or its gates saturate, which would hide a word an LSTM does rely on.
 * The e_t are the Embedding's (or Masking's) output, or the input vectors themselves. tfjs computes every gradient.
 * A generator: it takes the gradients `pieceSteps` path points at a time and yields after each piece, so that a caller
 * can give the event loop a turn (and stop) in between; it returns the influence. The gradients are summed one path
 * point at a time, in path order, so the result does not depend on `pieceSteps`. No tensor outlives a piece.
 */
export function* influenceInPieces(
  container: ContainerLike,
  input: tf.Tensor,
  target: number,
  pieceSteps = INFLUENCE_PIECE_STEPS,
  feed?: SideFeed
): Generator<void, number[], void> {
  const tokenNode = inputEmbeddingNode(container, feed?.index);
  const vectorsOf = () =>
    tokenNode ? (tokenNode.outboundLayer.call(input, {}) as tf.Tensor) : tf.cast(input, 'float32');
  const vectors = tf.tidy(() => vectorsOf().dataSync() as Float32Array);
  const steps = input.shape[1] ?? 0;
  if (steps === 1) {
    // tfjs 4.22 cannot differentiate a one-step recurrent layer (Unpack's gradient gets a lone tensor); for one
    // token the integrated gradient is exactly the logit's change from the zero input.
    return tf.tidy(() => {
      const e = vectorsOf();
      const f = targetLogit(container, input, tokenNode, target, feed);
      return Array.from(
        f(e)
          .sub(f(tf.zerosLike(e)))
          .abs()
          .dataSync()
      );
    });
  }
  const size = vectors.length;
  const gradient = new Float64Array(size);
  for (let first = 0; first < INFLUENCE_PATH_STEPS; first += pieceSteps) {
    const count = Math.min(pieceSteps, INFLUENCE_PATH_STEPS - first);
    const alphas = Array.from(
      { length: count },
      (_, i) => (first + i + 0.5) / INFLUENCE_PATH_STEPS
    );
    const gradients = tf.tidy(() => {
      const e = vectorsOf();
      const path = tf.mul(tf.tensor(alphas, [count, ...e.shape.slice(1).map(() => 1)]), e);
      const tiled = tf.tile(input, [count, ...input.shape.slice(1).map(() => 1)]);
      return tf
        .grad(targetLogit(container, tiled, tokenNode, target, feed))(path)
        .dataSync();
    });
    for (let i = 0; i < count; i++)
      for (let d = 0; d < size; d++) gradient[d] = gradient[d]! + gradients[i * size + d]!;
    if (first + count < INFLUENCE_PATH_STEPS) yield;
  }
  for (let d = 0; d < size; d++) gradient[d] = gradient[d]! / INFLUENCE_PATH_STEPS;
  return perTokenAttribution(vectors, gradient, steps);
}

/** Per-token influence by integrated gradients (see influenceInPieces), in one call and one batch. */
export function influenceOf(
  container: ContainerLike,
  input: tf.Tensor,
  target: number,
  feed?: SideFeed
): number[] {
  const pieces = influenceInPieces(container, input, target, INFLUENCE_PATH_STEPS, feed);
  for (;;) {
    const next = pieces.next();
    if (next.done) return next.value;
  }
}
