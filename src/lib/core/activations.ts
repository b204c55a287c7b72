// Elementwise activations exactly as tfjs-layers 4.22 defines them, for replaying recurrent cells.

/** The activation names unrolled can replay, spelled as tfjs serialises them. */
export type ActivationName =
  | 'tanh'
  | 'sigmoid'
  | 'hardSigmoid'
  | 'relu'
  | 'relu6'
  | 'linear'
  | 'softsign'
  | 'softplus'
  | 'elu'
  | 'selu'
  | 'swish'
  | 'mish';

/** A scalar activation function. */
export type Activation = (x: number) => number;

// SELU constants from Klambauer et al. (2017), the values tfjs and Keras use.
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

const sigmoid: Activation = (x) => 1 / (1 + Math.exp(-x));
// Stable softplus: log(1 + e^x) without overflow for large x.
const softplus: Activation = (x) =>
  x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));

const ACTIVATIONS: Record<ActivationName, Activation> = {
  tanh: Math.tanh,
  sigmoid,
  // tfjs: clip(0.2·x + 0.5, 0, 1) — not Keras 3's x/6 + 0.5.
  hardSigmoid: (x) => Math.min(1, Math.max(0, 0.2 * x + 0.5)),
  relu: (x) => (x > 0 ? x : 0),
  relu6: (x) => Math.min(6, x > 0 ? x : 0),
  linear: (x) => x,
  softsign: (x) => x / (1 + Math.abs(x)),
  softplus,
  elu: (x) => (x > 0 ? x : Math.exp(x) - 1),
  selu: (x) => (x > 0 ? SELU_SCALE * x : SELU_SCALE * SELU_ALPHA * (Math.exp(x) - 1)),
  swish: (x) => x * sigmoid(x),
  mish: (x) => x * Math.tanh(softplus(x))
};

const ALIASES: Record<string, ActivationName> = {
  hard_sigmoid: 'hardSigmoid',
  hardsigmoid: 'hardSigmoid',
  silu: 'swish',
  none: 'linear'
};

/** The canonical name of an activation as tfjs or Keras writes it ('hard_sigmoid' → 'hardSigmoid'); undefined when unknown. */
export function activationName(name: string | null | undefined): ActivationName | undefined {
  if (name == null) return 'linear';
  if (name in ACTIVATIONS) return name as ActivationName;
  return ALIASES[name] ?? ALIASES[name.toLowerCase()];
}

/** The activation function for a name; throws for names unrolled cannot replay. */
export function activation(name: string): Activation {
  const canonical = activationName(name);
  if (!canonical) {
    throw new Error(
      `Unknown activation "${name}" (known: ${Object.keys(ACTIVATIONS).join(', ')}).`
    );
  }
  return ACTIVATIONS[canonical];
}

/** True when an activation's output is bounded, so absolute differences are meaningful in checks. */
export function isBounded(name: ActivationName): boolean {
  return ['tanh', 'sigmoid', 'hardSigmoid', 'softsign', 'relu6'].includes(name);
}

/** Every activation name unrolled can replay. */
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];
