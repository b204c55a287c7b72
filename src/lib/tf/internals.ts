// The parts of tfjs-layers' internals the tracer walks (public at run time, not in tfjs's .d.ts).
import type * as tf from '@tensorflow/tfjs';

/** A symbolic tensor of the layer graph. */
export interface SymbolicTensorLike {
  id: number;
  name: string;
  shape: (number | null)[];
}

/** A node of the layer graph: one call of a layer. */
export interface GraphNode {
  outboundLayer: LayerLike;
  inputTensors: SymbolicTensorLike[];
  outputTensors: SymbolicTensorLike[];
  callArgs?: Record<string, unknown>;
}

/** A layer as the tracer sees it. */
export interface LayerLike {
  name: string;
  getClassName(): string;
  getConfig(): Record<string, unknown>;
  getWeights(): tf.Tensor[];
  setWeights(weights: tf.Tensor[]): void;
  call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor | tf.Tensor[];
  computeMask(inputs: tf.Tensor | tf.Tensor[], mask?: unknown): tf.Tensor | tf.Tensor[] | null;
  apply(inputs: unknown, kwargs?: Record<string, unknown>): unknown;
  inboundNodes: GraphNode[];
  activityRegularizer?: unknown;
}

/** An activation object of tfjs-layers. */
export interface ActivationLike {
  getClassName(): string;
}

/** The cell of a recurrent layer. */
export interface CellLike {
  getClassName(): string;
  units: number;
  activation?: ActivationLike;
  recurrentActivation?: ActivationLike;
  useBias?: boolean;
  resetAfter?: boolean;
  cells?: CellLike[];
}

/** A recurrent layer (SimpleRNN, LSTM, GRU or a generic RNN). */
export interface RecurrentLayerLike extends LayerLike {
  cell: CellLike;
  returnSequences: boolean;
  returnState: boolean;
  goBackwards: boolean;
  stateful?: boolean;
  states_?: tf.Tensor[] | null;
}

/** A Bidirectional wrapper. */
export interface BidirectionalLike extends LayerLike {
  forwardLayer: RecurrentLayerLike;
  backwardLayer: RecurrentLayerLike;
  mergeMode: 'concat' | 'sum' | 'mul' | 'ave' | null | undefined;
  returnSequences: boolean;
  returnState: boolean;
}

/** A model or nested model: a graph of nodes by depth. */
export interface ContainerLike extends LayerLike {
  inputs: SymbolicTensorLike[];
  outputs: SymbolicTensorLike[];
  nodesByDepth: Record<string, GraphNode[]>;
  layers: LayerLike[];
  /** The InputLayers' names, in input order. */
  inputNames?: string[];
}

/** The internal view of a public tfjs model or layer. */
export function internalsOf<T>(value: unknown): T {
  return value as T;
}

/** True for a layer that is itself a graph of layers (a nested Sequential or functional model). */
export function isContainer(layer: LayerLike): layer is ContainerLike {
  return 'nodesByDepth' in layer && (layer as ContainerLike).nodesByDepth != null;
}
