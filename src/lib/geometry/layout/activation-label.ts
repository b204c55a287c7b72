// How a layer's activations are written: in a diagram's boxes and in TeX, the function the layer really uses.
import { activationName } from '../../core/activations.js';

/** The short symbol of an activation for a diagram box: σ, hard σ, tanh, relu, … */
export function activationSymbol(name: string | undefined): string {
  const canonical = activationName(name ?? 'tanh') ?? name ?? 'tanh';
  if (canonical === 'sigmoid') return 'σ';
  if (canonical === 'hardSigmoid') return 'hard σ';
  return canonical;
}

/** The TeX of an activation's name: \sigma, \sigma_{\text{hard}}, \tanh, \operatorname{relu}, … */
export function activationTex(name: string | undefined): string {
  const canonical = activationName(name ?? 'tanh') ?? name ?? 'tanh';
  if (canonical === 'sigmoid') return '\\sigma';
  if (canonical === 'hardSigmoid') return '\\sigma_{\\text{hard}}';
  if (canonical === 'tanh') return '\\tanh';
  return `\\operatorname{${canonical.replace(/[^A-Za-z0-9]/g, '')}}`;
}

/** The TeX definition of an activation a reader may not know (sigmoid, hard sigmoid, relu, linear), else undefined. */
export function activationDefinition(name: string | undefined): string | undefined {
  const canonical = activationName(name ?? 'tanh');
  const symbol = activationTex(name);
  if (canonical === 'sigmoid') return `${symbol}(v) = \\frac{1}{1 + e^{-v}}`;
  // tfjs-layers 4.22 defines hardSigmoid as clip(0.2·v + 0.5, 0, 1) (Keras 3 uses v/6 + 0.5 instead).
  if (canonical === 'hardSigmoid') return `${symbol}(v) = \\min(1, \\max(0,\\ 0.2v + 0.5))`;
  if (canonical === 'relu') return `${symbol}(v) = \\max(0, v)`;
  if (canonical === 'linear') return `${symbol}(v) = v`;
  return undefined;
}
