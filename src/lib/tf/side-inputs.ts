// A functional model with several inputs: one is traced (the sequence its recurrent layers read), the others
// are held fixed for the trace, as numbers the caller gives or zeros. verify draws them at random.
import * as tf from '@tensorflow/tfjs';
import { UnrolledError } from '../core/errors.js';
import { layerRole } from './extract.js';
import { isContainer, type ContainerLike, type GraphNode } from './internals.js';

/** One model input besides the traced one. */
export interface SideInputSpec {
  /** The input's name in the model. */
  name: string;
  /** Its position among the model's inputs. */
  index: number;
  /** Its shape without the batch axis; null in the first place means "as many steps as the traced input". */
  shape: (number | null)[];
  /** 'ids' when an Embedding reads it, 'values' otherwise. */
  kind: 'ids' | 'values';
  /** The reading Embedding's vocabulary size, for ids. */
  vocabularySize: number | null;
}

/** The fixed inputs of one trace, in SideInputSpec order, and where the traced input goes among them. */
export interface SideFeed {
  /** The traced input's position among the model's inputs. */
  index: number;
  /** The other inputs' tensors, [1, …] each. */
  sides: readonly tf.Tensor[];
}

// Layers whose output is the token's vector as the recurrent layers see it (Masking passes real steps through unchanged).
const TOKEN_VECTOR_LAYERS = new Set(['Embedding', 'Masking']);

/** The Embedding (or Masking) node that reads model input `index` directly, if there is one. */
export function inputEmbeddingNode(container: ContainerLike, index = 0): GraphNode | undefined {
  const inputId = container.inputs[index]?.id;
  for (const nodes of Object.values(container.nodesByDepth)) {
    for (const node of nodes) {
      const reads = node.inputTensors[0]?.id === inputId;
      if (reads && TOKEN_VECTOR_LAYERS.has(node.outboundLayer.getClassName())) return node;
    }
  }
  return undefined;
}

/** The input the recurrent layers read: the first model input any recurrent layer depends on (0 when there is one input). */
export function tracedInputIndex(container: ContainerLike): number {
  if (container.inputs.length <= 1) return 0;
  const nodes = Object.values(container.nodesByDepth).flat();
  const producer = new Map<number, GraphNode>();
  for (const node of nodes) for (const tensor of node.outputTensors) producer.set(tensor.id, node);
  const inputIds = container.inputs.map((symbolic) => symbolic.id);
  let first = inputIds.length;
  for (const node of nodes) {
    const layer = node.outboundLayer;
    if (!isContainer(layer) && layerRole(layer) === 'other') continue;
    const seen = new Set<number>();
    const pending = node.inputTensors.map((tensor) => tensor.id);
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const at = inputIds.indexOf(id);
      if (at >= 0) first = Math.min(first, at);
      else pending.push(...(producer.get(id)?.inputTensors.map((tensor) => tensor.id) ?? []));
    }
  }
  return first < inputIds.length ? first : 0;
}

/** Every model input except the traced one, described. */
export function sideInputSpecsOf(container: ContainerLike, traced: number): SideInputSpec[] {
  return container.inputs.flatMap((symbolic, index) => {
    if (index === traced) return [];
    const embedding = inputEmbeddingNode(container, index);
    const ids = embedding?.outboundLayer.getClassName() === 'Embedding';
    const vocabulary = ids ? Number(embedding!.outboundLayer.getConfig().inputDim) : NaN;
    return [
      {
        name: container.inputNames?.[index] ?? symbolic.name,
        index,
        shape: symbolic.shape.slice(1),
        kind: ids ? ('ids' as const) : ('values' as const),
        vocabularySize: vocabulary || null
      }
    ];
  });
}

/** A side input's concrete shape for a trace of `steps` steps; an open size other than the steps is refused. */
export function sideShape(spec: SideInputSpec, steps: number): number[] {
  return spec.shape.map((size, axis) => {
    if (size !== null) return size;
    if (axis === 0) return steps;
    throw new UnrolledError(
      'unsupported-layer',
      `The model's input '${spec.name}' has shape [${spec.shape.map(String).join(', ')}] with an open size unrolled cannot fill.`
    );
  });
}

function checkValues(spec: SideInputSpec, values: readonly number[], size: number): void {
  if (values.length !== size) {
    throw new UnrolledError(
      'bad-input',
      `The model's input '${spec.name}' takes ${size} numbers, got ${values.length}.`
    );
  }
  values.forEach((value, at) => {
    const limit = spec.vocabularySize;
    const bad =
      spec.kind === 'ids'
        ? !Number.isInteger(value) || value < 0 || (limit !== null && value >= limit)
        : !Number.isFinite(value);
    if (bad) {
      throw new UnrolledError(
        'bad-input',
        `The model's input '${spec.name}' has ${value} at position ${at}, which it cannot read.`
      );
    }
  });
}

/** The [1, …] tensors of the side inputs: the numbers given (flat, one list per side input) or zeros. */
export function sideTensors(
  specs: readonly SideInputSpec[],
  steps: number,
  given: readonly (readonly number[])[] | undefined
): tf.Tensor[] {
  if (given !== undefined && given.length !== specs.length) {
    throw new UnrolledError(
      'bad-input',
      `The model has ${specs.length} input(s) besides the traced one, got numbers for ${given.length}.`
    );
  }
  const shapes = specs.map((spec) => sideShape(spec, steps));
  const flat = specs.map((spec, k) => {
    const size = shapes[k]!.reduce((product, n) => product * n, 1);
    const values = given?.[k] ?? new Array<number>(size).fill(0);
    checkValues(spec, values, size);
    return values;
  });
  return flat.map((values, k) => tf.tensor(values, [1, ...shapes[k]!], 'float32'));
}

/** The model's inputs in model order: the side inputs (tiled to the traced input's batch) with the traced one in its place. */
export function feedOf(traced: tf.Tensor, feed: SideFeed | undefined): tf.Tensor[] {
  if (feed === undefined || feed.sides.length === 0) return [traced];
  const batch = traced.shape[0] ?? 1;
  const all = feed.sides.map((side) =>
    batch === 1 ? side : tf.tile(side, [batch, ...side.shape.slice(1).map(() => 1)])
  );
  all.splice(feed.index, 0, traced);
  return all;
}
