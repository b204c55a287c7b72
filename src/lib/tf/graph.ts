// Runs a tfjs layer graph node by node, as tfjs's own runInternalGraph does, letting the caller replace chosen nodes.
import type * as tf from '@tensorflow/tfjs';
import { isContainer, type ContainerLike, type GraphNode, type LayerLike } from './internals.js';

/** A computed value of the graph: a tensor and its Keras mask (or null). */
export type Computed = [tf.Tensor, tf.Tensor | null];

/** What a node override returns: the node's outputs, or undefined to let tfjs compute it. */
export type NodeOverride = (
  node: GraphNode,
  inputs: tf.Tensor[],
  masks: (tf.Tensor | null)[],
  kwargs: Record<string, unknown>
) => tf.Tensor[] | undefined;

const toList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/**
 * Computes a model's outputs for concrete inputs, visiting nodes deepest-first like tfjs, with masks propagated.
 * `override` may compute any node itself; nested models are walked recursively so their nodes can be overridden too.
 * Call inside tf.tidy: intermediate tensors are not disposed here.
 */
export function runGraph(
  container: ContainerLike,
  inputs: tf.Tensor[],
  override: NodeOverride,
  inputMasks: (tf.Tensor | null)[] = []
): Computed[] {
  const computed = new Map<number, Computed>();
  container.inputs.forEach((symbolic, i) =>
    computed.set(symbolic.id, [inputs[i]!, inputMasks[i] ?? null])
  );
  const depths = Object.keys(container.nodesByDepth)
    .map(Number)
    .sort((a, b) => b - a);
  for (const depth of depths) {
    for (const node of container.nodesByDepth[depth]!) {
      const known = node.inputTensors.map((symbolic) => computed.get(symbolic.id));
      if (known.some((value) => value === undefined)) continue;
      const values = known as Computed[];
      const tensors = values.map(([tensor]) => tensor);
      const masks = values.map(([, mask]) => mask);
      const outputs = callNode(node, tensors, masks, override);
      node.outputTensors.forEach((symbolic, i) => computed.set(symbolic.id, outputs[i]!));
    }
  }
  return container.outputs.map((symbolic) => {
    const value = computed.get(symbolic.id);
    if (!value) throw new Error(`Could not compute the model output ${symbolic.name}.`);
    return value;
  });
}

function callNode(
  node: GraphNode,
  tensors: tf.Tensor[],
  masks: (tf.Tensor | null)[],
  override: NodeOverride
): Computed[] {
  const layer: LayerLike = node.outboundLayer;
  const single = tensors.length === 1;
  const kwargs: Record<string, unknown> = { ...(node.callArgs ?? {}) };
  if (kwargs.mask == null) kwargs.mask = single ? masks[0] : masks;
  if (layer.getClassName() === 'InputLayer') return [[tensors[0]!, masks[0] ?? null]];

  let outputs: tf.Tensor[] | undefined;
  if (isContainer(layer)) {
    outputs = runGraph(layer, tensors, override, masks).map(([tensor]) => tensor);
  } else {
    outputs = override(node, tensors, masks, kwargs);
    outputs ??= toList(layer.call(single ? tensors[0]! : tensors, kwargs));
  }
  const outputMasks = toList(
    layer.computeMask(single ? tensors[0]! : tensors, single ? masks[0] : masks)
  );
  return outputs.map((tensor, i) => [
    tensor,
    (outputMasks[i] as tf.Tensor | null | undefined) ?? null
  ]);
}
