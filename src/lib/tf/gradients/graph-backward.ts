// Reverse-mode pass over a layer graph: recurrent nodes back-propagate in core, every other node through tfjs's
// own gradient of its call.
import * as tf from '@tensorflow/tfjs';
import type { SequenceGradients } from '../../core/cells/backward/run.js';
import { logitsOf } from '../influence.js';
import { isContainer, type ContainerLike, type GraphNode } from '../internals.js';
import type { ReplayedDirection } from '../replay.js';
import type { ForwardPass, LayerRecord } from './forward.js';
import { recurrentBackward } from './recurrent-node.js';

/** Gradients of y by symbolic tensor id, summed over every consumer. */
type Gradients = Map<number, tf.Tensor>;

function accumulate(grads: Gradients, id: number, gradient: tf.Tensor): void {
  const known = grads.get(id);
  grads.set(id, known ? tf.add(known, gradient) : gradient);
}

/** Σ ⟨output_i, dy_i⟩: its gradient with respect to the node's inputs is the node's vector–Jacobian product. */
function layerBackward(
  node: GraphNode,
  record: LayerRecord,
  dys: (tf.Tensor | undefined)[],
  live: Set<number>
): (tf.Tensor | undefined)[] {
  const layer = node.outboundLayer;
  const which = node.inputTensors.flatMap((symbolic, i) => (live.has(symbolic.id) ? [i] : []));
  if (which.length === 0) return [];
  const single = record.inputs.length === 1;
  const f = (...xs: tf.Tensor[]) => {
    const args = record.inputs.slice();
    which.forEach((i, n) => (args[i] = xs[n]!));
    const called = record.logits
      ? logitsOf(node, args[0]!)
      : layer.call(single ? args[0]! : args, record.kwargs);
    const outputs = Array.isArray(called) ? called : [called];
    const terms = outputs.flatMap((output, i) => {
      const dy = dys[i];
      return dy ? [tf.sum(tf.mul(output, dy))] : [];
    });
    return tf.addN(terms) as tf.Scalar;
  };
  const gradients = tf.grads(f)(which.map((i) => record.inputs[i]!));
  const result: (tf.Tensor | undefined)[] = [];
  which.forEach((i, n) => (result[i] = gradients[n]));
  return result;
}

/**
 * Walks `container` from its outputs to its inputs (depth 0 first), turning the gradients in `grads` into gradients
 * of every earlier tensor, and stores each replayed direction's step gradients in `into`.
 */
export function backwardGraph(
  container: ContainerLike,
  forward: ForwardPass,
  grads: Gradients,
  live: Set<number>,
  into: Map<ReplayedDirection, SequenceGradients>
): void {
  const depths = Object.keys(container.nodesByDepth)
    .map(Number)
    .sort((a, b) => a - b);
  for (const depth of depths) {
    for (const node of container.nodesByDepth[depth]!) {
      const dys = node.outputTensors.map((symbolic) => grads.get(symbolic.id));
      if (dys.every((dy) => dy === undefined)) continue;
      const layer = node.outboundLayer;
      let inputGrads: (tf.Tensor | undefined)[] = [];
      if (isContainer(layer)) {
        layer.outputs.forEach((inner, i) => dys[i] && accumulate(grads, inner.id, dys[i]));
        backwardGraph(layer, forward, grads, live, into);
        inputGrads = layer.inputs.map((inner) => grads.get(inner.id));
      } else {
        const record = forward.records.get(node);
        if (record?.kind === 'recurrent') {
          const back = recurrentBackward(layer, record, dys);
          record.replayed.forEach((direction, d) => into.set(direction, back.directions[d]!));
          inputGrads = back.inputs;
        } else if (record) {
          inputGrads = layerBackward(node, record, dys, live);
        }
      }
      node.inputTensors.forEach((symbolic, i) => {
        const gradient = inputGrads[i];
        if (gradient && live.has(symbolic.id)) accumulate(grads, symbolic.id, gradient);
      });
    }
  }
}
