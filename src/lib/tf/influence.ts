// How much each token mattered: the gradient norm of the model's output with respect to each token's input vector.
import * as tf from '@tensorflow/tfjs';
import { runGraph } from './graph.js';
import type { ContainerLike, GraphNode } from './internals.js';

// Layers whose output is the token's vector as the recurrent layers see it (Masking passes real steps through unchanged).
const TOKEN_VECTOR_LAYERS = new Set(['Embedding', 'Masking']);

/** The Embedding (or Masking) node that reads the model's first input directly, if there is one. */
export function inputEmbeddingNode(container: ContainerLike): GraphNode | undefined {
  const inputId = container.inputs[0]?.id;
  for (const nodes of Object.values(container.nodesByDepth)) {
    for (const node of nodes) {
      const reads = node.inputTensors[0]?.id === inputId;
      if (reads && TOKEN_VECTOR_LAYERS.has(node.outboundLayer.getClassName())) return node;
    }
  }
  return undefined;
}

/** The output index whose gradient is taken: the single score, or the most probable class. */
export function influenceTarget(output: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < output.length; i++) if (output[i]! > output[best]!) best = i;
  return best;
}

/** y(vectors): the model's output at `target` when the token vectors are replaced by `vectors`. */
function outputAt(
  container: ContainerLike,
  input: tf.Tensor,
  tokenNode: GraphNode | undefined,
  target: number
) {
  return (vectors: tf.Tensor): tf.Scalar => {
    const [first] = runGraph(container, [tokenNode ? input : vectors], (node) =>
      node === tokenNode ? [vectors] : undefined
    );
    // slice, not gather: gather's gradient needs UnsortedSegmentSum, which the wasm backend lacks.
    return first![0].reshape([-1]).slice([target], [1]).reshape([]) as tf.Scalar;
  };
}

// tfjs 4.22 cannot differentiate a one-step recurrent layer (Unpack's gradient gets a lone tensor), so one-token
// inputs use central differences instead; step chosen for float32 (relative error ~1e-3).
const DIFFERENCE_STEP = 1e-2;

function numericGradient(f: (x: tf.Tensor) => tf.Scalar, start: tf.Tensor): tf.Tensor {
  const base = start.dataSync();
  const gradient = new Float32Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const shifted = (delta: number) => {
      const values = Float32Array.from(base);
      values[i]! += delta;
      return f(tf.tensor(values, start.shape)).dataSync()[0]!;
    };
    gradient[i] = (shifted(DIFFERENCE_STEP) - shifted(-DIFFERENCE_STEP)) / (2 * DIFFERENCE_STEP);
  }
  return tf.tensor(gradient, start.shape);
}

/**
 * Per-token influence: ‖∂y/∂e_t‖₂ where y is the model's first output at `target` and e_t the token's embedding
 * (or, without an Embedding, the input vector itself). Recurrent layers run in tfjs here, so the gradient is tfjs's own.
 */
export function influenceOf(container: ContainerLike, input: tf.Tensor, target: number): number[] {
  const tokenNode = inputEmbeddingNode(container);
  return tf.tidy(() => {
    const start = tokenNode
      ? (tokenNode.outboundLayer.call(input, {}) as tf.Tensor)
      : tf.cast(input, 'float32');
    const f = outputAt(container, input, tokenNode, target);
    const steps = start.shape[1] ?? 0;
    const gradient = steps === 1 ? numericGradient(f, start) : tf.grad(f)(start);
    const perToken = gradient.rank === 3 ? gradient.square().sum(-1).sqrt() : gradient.abs();
    return Array.from(perToken.reshape([-1]).dataSync());
  });
}
