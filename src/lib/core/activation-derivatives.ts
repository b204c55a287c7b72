// Derivatives of the activations in activations.ts, as tfjs's own gradients define them (kinks included).
import { activationName, type ActivationName } from './activations.js';

/** d act(z)/dz as a function of the pre-activation z. */
export type Derivative = (z: number) => number;

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

const DERIVATIVES: Record<ActivationName, Derivative> = {
  tanh: (z) => {
    const t = Math.tanh(z);
    return 1 - t * t;
  },
  sigmoid: (z) => {
    const s = sigmoid(z);
    return s * (1 - s);
  },
  // tfjs clips 0.2·z + 0.5 to [0, 1]; clipByValue passes the gradient on the closed interval.
  hardSigmoid: (z) => {
    const y = 0.2 * z + 0.5;
    return y >= 0 && y <= 1 ? 0.2 : 0;
  },
  relu: (z) => (z > 0 ? 1 : 0),
  relu6: (z) => (z > 0 && z <= 6 ? 1 : 0),
  linear: () => 1,
  softsign: (z) => 1 / ((1 + Math.abs(z)) * (1 + Math.abs(z))),
  softplus: sigmoid,
  elu: (z) => (z >= 0 ? 1 : Math.exp(z)),
  selu: (z) => (z > 0 ? SELU_SCALE : SELU_SCALE * SELU_ALPHA * Math.exp(z)),
  swish: (z) => {
    const s = sigmoid(z);
    return s + z * s * (1 - s);
  },
  mish: (z) => {
    const t = Math.tanh(softplus(z));
    return t + z * (1 - t * t) * sigmoid(z);
  }
};

/** The derivative of a named activation; throws for names unrolled cannot replay. */
export function derivative(name: string): Derivative {
  const canonical = activationName(name);
  if (!canonical) throw new Error(`Unknown activation "${name}".`);
  return DERIVATIVES[canonical];
}
