// Keras's ZeroPadding1D, which tfjs 4.22 lacks (it has only ZeroPadding2D): zeros added before and after
// the steps of a [batch, steps, features] input. Registered for Keras files that use it, and as the left
// padding that turns a Conv1D with padding 'causal' into one tfjs can run (see keras-causal.ts).
import * as tf from '@tensorflow/tfjs';

type Serializable = tf.serialization.SerializableConstructor<tf.serialization.Serializable>;
type LayerArgs = ConstructorParameters<typeof tf.layers.Layer>[0];
type Shape = (number | null)[];

/** ZeroPadding1D arguments: zeros before and after the steps, one number for both sides or [before, after]. @default 1 */
export type ZeroPadding1DArgs = LayerArgs & { padding?: number | readonly [number, number] };

/** Pads the steps axis of a [batch, steps, features] tensor with zeros, as Keras's ZeroPadding1D does. */
export class ZeroPadding1D extends tf.layers.Layer {
  /** The Keras class name, as configs write it. */
  static className = 'ZeroPadding1D';
  /** Zeros before and after the steps. */
  readonly padding: [number, number];

  constructor(args: ZeroPadding1DArgs = {}) {
    super(args);
    const padding = args.padding ?? 1;
    this.padding = typeof padding === 'number' ? [padding, padding] : [padding[0], padding[1]];
    if (this.padding.some((value) => !Number.isInteger(value) || value < 0)) {
      throw new Error(`ZeroPadding1D needs whole numbers ≥ 0, got ${JSON.stringify(padding)}`);
    }
    this.inputSpec = [{ ndim: 3 }];
  }

  override computeOutputShape(inputShape: Shape | Shape[]): Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as Shape;
    const steps = shape[1];
    const added = this.padding[0] + this.padding[1];
    return [shape[0] ?? null, steps == null ? null : steps + added, shape[2] ?? null];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.pad(x, [[0, 0], this.padding, [0, 0]]);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), padding: [...this.padding] };
  }
}

/** Registers ZeroPadding1D with tfjs's deserialiser; safe to call any number of times. */
export function registerZeroPadding1D(): void {
  const classes = tf.serialization.SerializationMap.getMap().classNameMap;
  if (classes['ZeroPadding1D']?.[0] === ZeroPadding1D) return;
  tf.serialization.registerClass(ZeroPadding1D as unknown as Serializable);
}
