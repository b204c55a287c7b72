// Gradients of a Sequential model computed by tfjs alone, for checking the replay's back-propagation.
// Each recurrent layer is called through tfjs's own layers and cells; nothing here uses the replay's maths.
import * as tf from '@tensorflow/tfjs';

type Half = 'forward' | 'backward' | 'single';
type Mask = tf.Tensor | null;

interface RecurrentLike extends tf.layers.Layer {
  cell: { call(inputs: tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor[] };
  returnSequences: boolean;
  goBackwards: boolean;
}
interface BidirectionalLike extends tf.layers.Layer {
  forwardLayer: RecurrentLike;
  backwardLayer: RecurrentLike;
  mergeMode: string | null;
}

/** Hooks that replace one recurrent direction's input or output while the rest runs as tfjs runs it. */
export interface Hooks {
  input?: (index: number, half: Half, x: tf.Tensor) => tf.Tensor;
  output?: (index: number, half: Half, x: tf.Tensor, mask: Mask) => tf.Tensor | undefined;
}

const isBidirectional = (layer: tf.layers.Layer): layer is BidirectionalLike =>
  layer.getClassName() === 'Bidirectional';
/** True for SimpleRNN, LSTM, GRU (and the Keras GRU) layers. */
export const isRecurrent = (layer: tf.layers.Layer): layer is RecurrentLike => 'cell' in layer;

function merge(mode: string | null, y: tf.Tensor, yRev: tf.Tensor): tf.Tensor {
  if (mode === 'concat') return tf.concat([y, yRev], -1);
  if (mode === 'sum') return tf.add(y, yRev);
  if (mode === 'ave') return tf.mul(0.5, tf.add(y, yRev));
  return tf.mul(y, yRev);
}

function logits(dense: tf.layers.Layer, x: tf.Tensor): tf.Tensor {
  const [kernel, bias] = dense.getWeights();
  const product = tf.matMul(x, kernel!);
  return bias ? tf.add(product, bias) : product;
}

function squashes(layer: tf.layers.Layer): boolean {
  const activation = String(layer.getConfig().activation);
  return layer.getClassName() === 'Dense' && ['softmax', 'sigmoid'].includes(activation);
}

function callHalf(
  layer: RecurrentLike,
  index: number,
  half: Half,
  x: tf.Tensor,
  mask: Mask,
  hooks: Hooks
): tf.Tensor {
  const input = hooks.input?.(index, half, x) ?? x;
  return (
    hooks.output?.(index, half, input, mask) ??
    (layer.call(input, { mask: mask ?? undefined }) as tf.Tensor)
  );
}

/** Runs layers[from…] on x (with its Keras mask) by tfjs; a final softmax/sigmoid Dense gives its logits instead. */
export function runFrom(
  layers: tf.layers.Layer[],
  from: number,
  x: tf.Tensor,
  mask: Mask,
  hooks: Hooks = {}
): tf.Tensor {
  let value = x;
  let currentMask = mask;
  for (let index = from; index < layers.length; index++) {
    const layer = layers[index]!;
    let out: tf.Tensor;
    if (isBidirectional(layer)) {
      const y = callHalf(layer.forwardLayer, index, 'forward', value, currentMask, hooks);
      const back = callHalf(layer.backwardLayer, index, 'backward', value, currentMask, hooks);
      const yRev = layer.forwardLayer.returnSequences ? tf.reverse(back, 1) : back;
      out = merge(layer.mergeMode, y, yRev);
    } else if (isRecurrent(layer)) {
      out = callHalf(layer, index, 'single', value, currentMask, hooks);
    } else if (index === layers.length - 1 && squashes(layer)) {
      out = logits(layer, value);
    } else {
      out = layer.call(value, { mask: currentMask ?? undefined }) as tf.Tensor;
    }
    currentMask = (layer.computeMask(value, currentMask ?? undefined) as tf.Tensor | null) ?? null;
    value = out;
  }
  return value;
}

/** The input and mask that layers[index] receives, computed by tfjs. */
export function prefix(
  layers: tf.layers.Layer[],
  index: number,
  input: tf.Tensor
): { x: tf.Tensor; mask: Mask } {
  let x = input;
  let mask: Mask = null;
  for (const layer of layers.slice(0, index)) {
    const next = layer.call(x, { mask: mask ?? undefined }) as tf.Tensor;
    mask = (layer.computeMask(x, mask ?? undefined) as tf.Tensor | null) ?? null;
    x = next;
  }
  return { x, mask };
}

/** The recurrent layer (or Bidirectional half) a hook names. */
export function halfOf(layer: tf.layers.Layer, half: Half): RecurrentLike {
  if (!isBidirectional(layer)) return layer as RecurrentLike;
  return half === 'backward' ? layer.backwardLayer : layer.forwardLayer;
}

/**
 * A recurrent direction's output when its state after processing step `step` is replaced by the leaves h (and c):
 * earlier outputs are the constants `before` ([steps, units], processing order), later steps are run by tfjs's own
 * cell from (h, c), a masked step keeping its state as tfjs's rnn does.
 */
export function cutOutput(
  layer: RecurrentLike,
  x: tf.Tensor,
  mask: Mask,
  step: number,
  before: Float32Array,
  states: tf.Tensor[]
): tf.Tensor {
  const steps = x.shape[1]!;
  const units = states[0]!.shape[1]!;
  const rows: tf.Tensor[] = [];
  for (let s = 0; s < step; s++)
    rows.push(tf.tensor2d(before.slice(s * units, (s + 1) * units), [1, units]));
  rows.push(states[0]!);
  let current = states;
  for (let s = step + 1; s < steps; s++) {
    const token = layer.goBackwards ? steps - 1 - s : s;
    const xt = x.slice([0, token, 0], [1, 1, -1]).reshape([1, -1]);
    const next = layer.cell.call([xt, ...current], {}).slice(1);
    if (mask) {
      const keep = mask.slice([0, token], [1, 1]).cast('bool');
      current = next.map((state, i) => tf.where(keep, state, current[i]!));
    } else current = next;
    rows.push(current[0]!);
  }
  return layer.returnSequences ? tf.stack(rows, 1) : rows.at(-1)!;
}

/** The flattened entry `output` of a tensor, as a scalar. */
export function entry(y: tf.Tensor, output: number): tf.Scalar {
  return y.reshape([-1]).slice([output], [1]).sum() as tf.Scalar;
}
