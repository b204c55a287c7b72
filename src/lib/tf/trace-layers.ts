// From replayed directions (processing order) to the Trace's layers (token order, plain arrays).
import type { Gates, TraceLayer, TraceStep } from '../core/trace/types.js';
import type { ReplayedDirection } from './replay.js';

const row = (values: Float32Array, at: number, units: number) =>
  Array.from(values.subarray(at, at + units));

/** One trace layer entry per replayed direction, steps re-aligned so that steps[t] belongs to token t. */
export function traceLayersOf(
  replayed: readonly ReplayedDirection[],
  includeInputs: boolean
): TraceLayer[] {
  return replayed.map(({ name, direction, spec, run, inputs }) => {
    const { units, steps } = run;
    const inputSize = spec.weights.inputSize;
    const backwards = direction === 'backward';
    const traceSteps: TraceStep[] = [];
    for (let token = 0; token < steps; token++) {
      const step = backwards ? steps - 1 - token : token;
      const at = step * units;
      const gates: Record<string, number[]> = {};
      for (const [gate, values] of Object.entries(run.gates)) gates[gate] = row(values, at, units);
      const entry: TraceStep = {
        h: row(run.h, at, units),
        gates: gates as Gates,
        masked: run.masked[step] === 1
      };
      if (run.c) entry.c = row(run.c, at, units);
      if (includeInputs) entry.x = row(inputs, token * inputSize, inputSize);
      traceSteps.push(entry);
    }
    const layer: TraceLayer = {
      name,
      cell: spec.kind,
      direction,
      units,
      steps: traceSteps,
      activation: spec.activation
    };
    if (spec.kind !== 'simple_rnn') layer.recurrentActivation = spec.recurrentActivation;
    if (spec.kind === 'gru') layer.resetAfter = spec.resetAfter === true;
    return layer;
  });
}
