// Keras's reset_after GRU (the default since Keras 2.3), which tfjs 4.22 refuses to build.
// Keras GRUCell with reset_after=True (keras/src/layers/rnn/gru.py): bias is [2, 3u], row 0 for
// the input, row 1 for the recurrent product, and the reset gate scales the recurrent product:
//   xz, xr, xh = split(x·W + b_in)    rz, rr, rh = split(h₋₁·U + b_rec)
//   z = ra(xz + rz)   r = ra(xr + rr)   h̃ = act(xh + r⊙rh)   h = z⊙h₋₁ + (1−z)⊙h̃
// Without reset_after both classes defer every step to tfjs's own GRU code.
import * as tf from '@tensorflow/tfjs';
import type { GRUCellLayerArgs, GRULayerArgs, Shape } from '@tensorflow/tfjs';
import { UnrolledError } from '../core/errors.js';

type TfjsGruCell = ReturnType<typeof tf.layers.gruCell>;
type TfjsGru = ReturnType<typeof tf.layers.gru>;
type Kwargs = Parameters<TfjsGruCell['call']>[1];
type Serializable = tf.serialization.SerializableConstructor<tf.serialization.Serializable>;

/** GRU layer arguments plus Keras's reset_after. */
export type KerasGRULayerArgs = GRULayerArgs & { resetAfter?: boolean };

// The classes tfjs registered; after registerKerasGru the map holds ours, which remember tfjs's.
function tfjsClass<T>(className: string): new (args: never) => T {
  const entry = tf.serialization.SerializationMap.getMap().classNameMap[className];
  if (entry === undefined) throw new Error(`tfjs has no ${className} class registered`);
  const cls = entry[0] as unknown as { tfjsClass?: unknown };
  return (cls.tfjsClass ?? cls) as new (args: never) => T;
}

const TfjsGRUCell = tfjsClass<TfjsGruCell>('GRUCell') as new (
  args: GRUCellLayerArgs
) => TfjsGruCell;
const TfjsGRU = tfjsClass<TfjsGru>('GRU') as new (args: GRULayerArgs) => TfjsGru;

function singleShape(inputShape: Shape | Shape[]): Shape {
  const first = inputShape[0];
  return Array.isArray(first) ? first : (inputShape as Shape);
}

/** A GRU cell that also computes Keras's reset_after variant; with resetAfter false it is tfjs's GRUCell. */
export class KerasGRUCell extends TfjsGRUCell {
  /** Replaces 'GRUCell' in tfjs's serialization map. */
  static className = 'GRUCell';
  /** The tfjs class this one stands in for. */
  static tfjsClass = TfjsGRUCell;
  /** True: Keras reset_after (bias [2, 3u], reset gate after the recurrent product). */
  readonly resetAfter: boolean;

  constructor(args: GRUCellLayerArgs) {
    // tfjs's constructor throws on resetAfter; it still parses every other argument for us.
    super({ ...args, resetAfter: false });
    this.resetAfter = args.resetAfter === true;
  }

  override build(inputShape: Shape | Shape[]): void {
    if (!this.resetAfter) return super.build(inputShape);
    const shape = singleShape(inputShape);
    const inputDim = shape[shape.length - 1] ?? 0;
    const width = this.units * 3;
    this.kernel = this.addWeight(
      'kernel',
      [inputDim, width],
      undefined,
      this.kernelInitializer,
      this.kernelRegularizer,
      true,
      this.kernelConstraint
    );
    this.recurrentKernel = this.addWeight(
      'recurrent_kernel',
      [this.units, width],
      undefined,
      this.recurrentInitializer,
      this.recurrentRegularizer,
      true,
      this.recurrentConstraint
    );
    const bias = this.useBias
      ? this.addWeight(
          'bias',
          [2, width],
          undefined,
          this.biasInitializer,
          this.biasRegularizer,
          true,
          this.biasConstraint
        )
      : null;
    (this as { bias: unknown }).bias = bias;
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | tf.Tensor[] {
    if (!this.resetAfter) return super.call(inputs, kwargs);
    const [x, previous] = Array.isArray(inputs) ? inputs : [inputs];
    if (x === undefined || previous === undefined || (inputs as tf.Tensor[]).length !== 2) {
      throw new UnrolledError('bad-input', 'GRUCell expects 2 input tensors (inputs, h).');
    }
    if (kwargs?.['training'] === true && (this.dropout > 0 || this.recurrentDropout > 0)) {
      throw new UnrolledError(
        'unsupported-layer',
        'A reset_after GRU with dropout cannot be trained here: unrolled runs it for inference only.'
      );
    }
    return tf.tidy(() => {
      let inputPart = tf.matMul(x, this.kernel.read());
      let recurrentPart = tf.matMul(previous, this.recurrentKernel.read());
      if (this.useBias) {
        const [inputBias, recurrentBias] = tf.unstack(this.bias.read());
        inputPart = tf.add(inputPart, inputBias as tf.Tensor);
        recurrentPart = tf.add(recurrentPart, recurrentBias as tf.Tensor);
      }
      const [xz, xr, xh] = tf.split(inputPart, 3, -1) as [tf.Tensor, tf.Tensor, tf.Tensor];
      const [rz, rr, rh] = tf.split(recurrentPart, 3, -1) as [tf.Tensor, tf.Tensor, tf.Tensor];
      const z = this.recurrentActivation.apply(tf.add(xz, rz));
      const r = this.recurrentActivation.apply(tf.add(xr, rr));
      const candidate = this.activation.apply(tf.add(xh, tf.mul(r, rh)));
      const h = tf.add(tf.mul(z, previous), tf.mul(tf.sub(1, z), candidate));
      return [h, h];
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), resetAfter: this.resetAfter };
  }
}

/** A GRU layer that accepts Keras's reset_after; without it, it is tfjs's GRU. */
export class KerasGRU extends TfjsGRU {
  /** Replaces 'GRU' in tfjs's serialization map, so GRUs inside Bidirectional load too. */
  static className = 'GRU';
  /** The tfjs class this one stands in for. */
  static tfjsClass = TfjsGRU;

  constructor(args: KerasGRULayerArgs) {
    super({ ...args, resetAfter: false } as GRULayerArgs);
    // tfjs's GRU always builds its own cell; swap in ours before anything is built.
    (this as { cell: unknown }).cell = new KerasGRUCell(args);
  }

  /** True when the cell runs Keras's reset_after variant. */
  get resetAfter(): boolean {
    return (this.cell as KerasGRUCell).resetAfter;
  }
}

/** Registers KerasGRU and KerasGRUCell in place of tfjs's 'GRU' and 'GRUCell'; safe to call any number of times. */
export function registerKerasGru(): void {
  const classes = tf.serialization.SerializationMap.getMap().classNameMap;
  const registered = (name: string): unknown => classes[name]?.[0];
  if (registered('GRU') === KerasGRU && registered('GRUCell') === KerasGRUCell) return;
  // registerClass keys the map by className and overwrites an existing entry without a word.
  tf.serialization.registerClass(KerasGRUCell as unknown as Serializable);
  tf.serialization.registerClass(KerasGRU as unknown as Serializable);
}

/** A KerasGRU layer, like tf.layers.gru but accepting resetAfter. */
export function kerasGru(args: KerasGRULayerArgs): KerasGRU {
  return new KerasGRU(args);
}
