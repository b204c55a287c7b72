// tfjs 4.22 runs a dilated Conv1D but cannot differentiate it ("dilation rates greater than 1 are not yet
// supported in gradients"), and the influence of each token is a gradient through every layer. A dilated
// 'valid' convolution is a sum of matrix products over shifted slices, y[t] = b + Σ_k x[t + k·d]·W[k],
// which tfjs differentiates; this Conv1D computes it that way when the dilation is above 1, else it is tfjs's.
import * as tf from '@tensorflow/tfjs';

type Serializable = tf.serialization.SerializableConstructor<tf.serialization.Serializable>;
type TfjsConv1D = ReturnType<typeof tf.layers.conv1d>;
type Kwargs = Parameters<TfjsConv1D['call']>[1];

// The fields of tfjs's Conv layer this reads (public at run time, not in tfjs's .d.ts).
interface ConvFields {
  kernel: { read(): tf.Tensor };
  bias: { read(): tf.Tensor } | null;
  activation: { apply(x: tf.Tensor): tf.Tensor };
  dilationRate: number[];
  strides: number[];
  padding: string;
  dataFormat: string;
}

function registeredConv1D(): new (args: never) => TfjsConv1D {
  const entry = tf.serialization.SerializationMap.getMap().classNameMap['Conv1D'];
  if (entry === undefined) throw new Error('tfjs has no Conv1D class registered');
  const cls = entry[0] as unknown as { tfjsClass?: unknown };
  return (cls.tfjsClass ?? cls) as new (args: never) => TfjsConv1D;
}

const TfjsConv1DClass = registeredConv1D() as new (
  args: Parameters<typeof tf.layers.conv1d>[0]
) => TfjsConv1D;

/** tfjs's Conv1D, computing a dilated 'valid' convolution with differentiable operations. */
export class DifferentiableConv1D extends TfjsConv1DClass {
  /** Replaces 'Conv1D' in tfjs's serialization map. */
  static className = 'Conv1D';
  /** The tfjs class this one stands in for. */
  static tfjsClass = TfjsConv1DClass;

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | tf.Tensor[] {
    const conv = this as unknown as ConvFields;
    const dilation = conv.dilationRate[0] ?? 1;
    const plain = conv.padding === 'valid' && conv.dataFormat === 'channelsLast';
    if (dilation <= 1 || !plain || (conv.strides[0] ?? 1) !== 1) return super.call(inputs, kwargs);
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const kernel = conv.kernel.read();
      const [size, channels, filters] = kernel.shape as [number, number, number];
      const [batch, steps] = x.shape as [number, number, number];
      const out = steps - (size - 1) * dilation;
      let y: tf.Tensor = tf.zeros([batch * Math.max(out, 0), filters]);
      for (let k = 0; k < size && out > 0; k++) {
        const slice = tf.slice(x, [0, k * dilation, 0], [batch, out, channels]);
        const w = tf.slice(kernel, [k, 0, 0], [1, channels, filters]).reshape([channels, filters]);
        y = tf.add(y, tf.matMul(slice.reshape([batch * out, channels]), w));
      }
      if (conv.bias) y = tf.add(y, conv.bias.read());
      return conv.activation.apply(y.reshape([batch, Math.max(out, 0), filters]));
    });
  }
}

/** Registers DifferentiableConv1D in place of tfjs's 'Conv1D'; safe to call any number of times. */
export function registerDifferentiableConv1D(): void {
  const classes = tf.serialization.SerializationMap.getMap().classNameMap;
  if ((classes['Conv1D']?.[0] as unknown) === DifferentiableConv1D) return;
  tf.serialization.registerClass(DifferentiableConv1D as unknown as Serializable);
}
