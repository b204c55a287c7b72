// The forward pass a gradient needs: the replay of every recurrent layer, plus what each other layer was called with.
import type * as tf from '@tensorflow/tfjs';
import { layerRole } from '../extract.js';
import { runGraph } from '../graph.js';
import { logitsOf } from '../influence.js';
import type {
  BidirectionalLike,
  ContainerLike,
  GraphNode,
  RecurrentLayerLike
} from '../internals.js';
import {
  replayBidirectional,
  replayRecurrent,
  type ReplayedDirection,
  type SpecLookup
} from '../replay.js';

/** A node tfjs computed: its inputs and call arguments, to differentiate it later. */
export interface LayerRecord {
  kind: 'layer';
  inputs: tf.Tensor[];
  kwargs: Record<string, unknown>;
  /** True for the final softmax/sigmoid Dense, computed here as its logits. */
  logits: boolean;
}

/** A recurrent node replayed in core: its inputs and what each direction recorded. */
export interface RecurrentRecord {
  kind: 'recurrent';
  inputs: tf.Tensor[];
  replayed: ReplayedDirection[];
}

/** The forward pass: every node's record, the replayed directions in model order, and the first output. */
export interface ForwardPass {
  records: Map<GraphNode, LayerRecord | RecurrentRecord>;
  directions: ReplayedDirection[];
  output: tf.Tensor;
}

/**
 * Runs the model with recurrent layers replayed (as the tracer does) and `logitsNode`, if given, stopped before its
 * softmax or sigmoid. Call inside tf.tidy: the recorded tensors stay alive for the backward pass.
 */
export function forwardPass(
  container: ContainerLike,
  input: tf.Tensor,
  specOf: SpecLookup,
  logitsNode: GraphNode | undefined
): ForwardPass {
  const records = new Map<GraphNode, LayerRecord | RecurrentRecord>();
  const directions: ReplayedDirection[] = [];
  const [first] = runGraph(container, [input], (node, inputs, masks, kwargs) => {
    const layer = node.outboundLayer;
    const role = layerRole(layer);
    if (role === 'other') {
      const logits = node === logitsNode;
      records.set(node, { kind: 'layer', inputs, kwargs, logits });
      return logits ? [logitsOf(node, inputs[0]!)] : undefined;
    }
    const mask = masks[0] ?? null;
    const result =
      role === 'bidirectional'
        ? replayBidirectional(layer as BidirectionalLike, inputs, mask, specOf)
        : replayRecurrent(layer as RecurrentLayerLike, inputs, mask, specOf);
    records.set(node, { kind: 'recurrent', inputs, replayed: result.replayed });
    directions.push(...result.replayed);
    return result.outputs;
  });
  return { records, directions, output: first![0] };
}
