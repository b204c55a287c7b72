// A float64 replay of a cell over a sequence: the same formulas with no float32 rounding anywhere,
// as close to exact arithmetic as a JS number gets. The check measures both the float32 replay and
// tfjs against it, so float32 rounding of large states is not mistaken for a wrong replay.
import { activation } from '../activations.js';
import { blocksOf, type CellSpec } from './weights.js';

/** Options of a reference run (the same meaning as in runCell). */
export interface ReferenceOptions {
  /** Per-token mask (1 = real token), token order. */
  mask?: ArrayLike<boolean | number>;
  /** Read the tokens last to first. @default false */
  goBackwards?: boolean;
  /** Initial hidden state (zeros by default). */
  initialH?: ArrayLike<number>;
  /** Initial cell state of an LSTM (zeros by default). */
  initialC?: ArrayLike<number>;
}

// x·W[:, first..first+count] + b, in doubles.
function inputPart(
  spec: CellSpec,
  x: ArrayLike<number>,
  xAt: number,
  first: number,
  count: number
): Float64Array {
  const { inputSize, units, kernel, bias } = spec.weights;
  const width = blocksOf(spec.kind) * units;
  const out = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    let sum = bias ? bias[first + c]! : 0;
    for (let i = 0; i < inputSize; i++) sum += x[xAt + i]! * kernel[i * width + first + c]!;
    out[c] = sum;
  }
  return out;
}

// h·U[:, first..first+count] (+ the recurrent bias of a reset_after GRU), in doubles.
function recurrentPart(
  spec: CellSpec,
  h: ArrayLike<number>,
  first: number,
  count: number
): Float64Array {
  const { units, recurrentKernel, recurrentBias } = spec.weights;
  const width = blocksOf(spec.kind) * units;
  const out = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    let sum = recurrentBias ? recurrentBias[first + c]! : 0;
    for (let j = 0; j < units; j++) sum += h[j]! * recurrentKernel[j * width + first + c]!;
    out[c] = sum;
  }
  return out;
}

function plus(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((value, k) => value + b[k]!);
}

/** One float64 step; returns the new h (and c for an LSTM). */
function referenceStep(
  spec: CellSpec,
  x: ArrayLike<number>,
  xAt: number,
  h: Float64Array,
  c: Float64Array
): { h: Float64Array; c: Float64Array } {
  const units = spec.weights.units;
  const act = activation(spec.activation);
  const gate = activation(spec.recurrentActivation);
  const blocks = blocksOf(spec.kind);
  if (spec.kind !== 'gru') {
    const z = plus(
      inputPart(spec, x, xAt, 0, blocks * units),
      recurrentPart(spec, h, 0, blocks * units)
    );
    if (spec.kind === 'simple_rnn') return { h: z.map(act), c };
    const nextC = new Float64Array(units);
    const nextH = new Float64Array(units);
    for (let k = 0; k < units; k++) {
      const i = gate(z[k]!);
      const f = gate(z[units + k]!);
      const g = act(z[2 * units + k]!);
      const o = gate(z[3 * units + k]!);
      nextC[k] = f * c[k]! + i * g;
      nextH[k] = o * act(nextC[k]!);
    }
    return { h: nextH, c: nextC };
  }
  const zr = plus(inputPart(spec, x, xAt, 0, 2 * units), recurrentPart(spec, h, 0, 2 * units));
  const update = zr.subarray(0, units).map(gate);
  const reset = zr.subarray(units).map(gate);
  const xh = inputPart(spec, x, xAt, 2 * units, units);
  // reset_after gates h·U_h (+ its bias); the tfjs form multiplies (r⊙h)·U_h.
  const hh = spec.resetAfter
    ? recurrentPart(spec, h, 2 * units, units).map((v, k) => reset[k]! * v)
    : recurrentPart(
        spec,
        h.map((v, k) => v * reset[k]!),
        2 * units,
        units
      );
  const candidate = plus(xh, hh).map(act);
  return { h: candidate.map((v, k) => update[k]! * h[k]! + (1 - update[k]!) * v), c };
}

/**
 * The hidden states of a cell over `inputs` ([steps, inputSize]) in float64, processing order
 * (as runCell's h), masked steps carrying the state over.
 */
export function referenceRun(
  spec: CellSpec,
  inputs: ArrayLike<number>,
  steps: number,
  options: ReferenceOptions = {}
): Float64Array {
  const { units, inputSize } = spec.weights;
  const out = new Float64Array(steps * units);
  let h: Float64Array = Float64Array.from(options.initialH ?? new Float64Array(units));
  let c: Float64Array = Float64Array.from(options.initialC ?? new Float64Array(units));
  for (let step = 0; step < steps; step++) {
    const token = options.goBackwards ? steps - 1 - step : step;
    if (!options.mask || Boolean(options.mask[token])) {
      ({ h, c } = referenceStep(spec, inputs, token * inputSize, h, c));
    }
    out.set(h, step * units);
  }
  return out;
}
