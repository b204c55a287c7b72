import { activation } from '../activations.js';
import { dotColumns } from '../linalg.js';
import { edited } from './intervention.js';
import type { StepOutput, StepScratch } from './scratch.js';
import type { CellSpec } from './weights.js';

/**
 * One LSTM step from a projected input xw = x·W (no bias), in tfjs's order of float32 operations:
 * z = (xw + h₋₁·U) + b; i, f, g, o = ra(z₀), ra(z₁), act(z₂), ra(z₃); c = f⊙c₋₁ + i⊙g; h = o⊙act(c).
 * Gates are written in the order input, forget, candidate (g, after act), output. `gateEdits` (by gate index) clamps
 * gates before they are used, so everything after them follows.
 */
export function lstmStepInto(
  spec: CellSpec,
  xw: Float32Array,
  hPrev: Float32Array,
  cPrev: Float32Array,
  out: StepOutput,
  scratch: StepScratch,
  gateEdits?: readonly (Float32Array | undefined)[]
): void {
  const { units, bias } = spec.weights;
  const act = activation(spec.activation);
  const gate = activation(spec.recurrentActivation);
  const width = 4 * units;
  const recurrent = scratch.recurrent;
  dotColumns(hPrev, 0, units, scratch.recurrentColumns, 0, width, recurrent);
  const [inputGate, forgetGate, candidate, outputGate] = out.gates as [
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array
  ];
  const c = out.c!;
  const z = (k: number) => {
    const sum = Math.fround(xw[k]! + recurrent[k]!);
    return bias ? Math.fround(sum + bias[k]!) : sum;
  };
  for (let k = 0; k < units; k++) {
    let i = gate(z(k));
    let f = gate(z(units + k));
    let g = act(z(2 * units + k));
    let o = gate(z(3 * units + k));
    if (gateEdits) {
      i = edited(gateEdits[0], k, i);
      f = edited(gateEdits[1], k, f);
      g = edited(gateEdits[2], k, g);
      o = edited(gateEdits[3], k, o);
    }
    inputGate[k] = i;
    forgetGate[k] = f;
    candidate[k] = g;
    outputGate[k] = o;
    c[k] = Math.fround(Math.fround(f * cPrev[k]!) + Math.fround(i * g));
  }
  for (let k = 0; k < units; k++) out.h[k] = outputGate[k]! * Math.fround(act(c[k]!));
}
