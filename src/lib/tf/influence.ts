// How much each token mattered: the gradient norm of the model's output with respect to each token's input vector.
import * as tf from '@tensorflow/tfjs';
import { runGraph } from './graph.js';
import type { ContainerLike, GraphNode } from './internals.js';

/** The Embedding node that reads the model's first input directly, if there is one. */
export function inputEmbeddingNode(container: ContainerLike): GraphNode | undefined {
  const inputId = container.inputs[0]?.id;
  for (const nodes of Object.values(container.nodesByDepth)) {
    for (const node of nodes) {
      if (node.outboundLayer.getClassName() === 'Embedding' && node.inputTensors[0]?.id === inputId) return node;
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

/**
 * Per-token influence: ‖∂y/∂e_t‖₂ where y is the model's first output at `target` and e_t the token's embedding
 * (or, without an Embedding, the input vector itself). Recurrent layers run in tfjs here, so the gradient is tfjs's own.
 */
export function influenceOf(container: ContainerLike, input: tf.Tensor, target: number): number[] {
  const embedding = inputEmbeddingNode(container);
  return tf.tidy(() => {
    const start = embedding
      ? (embedding.outboundLayer.call(input, {}) as tf.Tensor)
      : tf.cast(input, 'float32');
    const outputAt = (vectors: tf.Tensor) => {
      const [first] = runGraph(container, [embedding ? input : vectors], (node) =>
        node === embedding ? [vectors] : undefined
      );
      return tf.gather(first![0].reshape([-1]), target);
    };
    const gradient = tf.grad(outputAt)(start);
    const perToken = gradient.rank === 3 ? gradient.square().sum(-1).sqrt() : gradient.abs();
    return Array.from(perToken.reshape([-1]).dataSync());
  });
}
