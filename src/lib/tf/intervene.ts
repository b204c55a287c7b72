// Wiring interventions into a trace: swap tokens in the input, hand each replayed direction its edits, and say which
// parts of the replay tfjs can still be compared with.
import type { CellIntervention } from '../core/cells/intervention.js';
import { UnrolledError } from '../core/errors.js';
import { isTokenSwap, type InterventionLayer } from '../core/trace/intervention.js';
import { resolveInterventions } from '../core/trace/resolve-interventions.js';
import { swapTokens } from '../core/trace/token-swap.js';
import type { Intervention, TraceCheck } from '../core/trace/types.js';
import type { TraceInput } from './input.js';
import type { EditLookup, ReplayedDirection } from './replay.js';

/** An input with its token swaps applied, and every direction's edits. */
export interface Intervened {
  /** The input to trace (the counterfactual sentence when tokens were swapped). */
  input: TraceInput;
  /** Each direction's edits, for the replay. */
  editsOf: EditLookup;
  /** Whether any gate or state is edited (the model's output then differs from tfjs's). */
  edited: boolean;
  /** The interventions as applied, for the trace (token swaps with their ids and the tokens they replaced). */
  applied: Intervention[];
}

function lengthOf(input: TraceInput): number {
  if ('values' in input) return input.values.length;
  return 'tokens' in input ? input.tokens.length : input.ids.length;
}

/** Applies token swaps to `input` and resolves gate and state edits against the model's recurrent directions. */
export function intervene(
  input: TraceInput,
  interventions: readonly Intervention[],
  layers: readonly InterventionLayer[]
): Intervened {
  const steps = lengthOf(input);
  const byDirection = resolveInterventions(interventions, layers, steps);
  let swapped = input;
  const applied: Intervention[] = interventions
    .filter((i) => !isTokenSwap(i))
    .map((i) => ({ ...i }));
  if (interventions.some(isTokenSwap)) {
    if ('values' in input)
      throw new UnrolledError('bad-input', 'Token swaps need token ids; this input is vectors.');
    const tokens =
      'tokens' in input
        ? input.tokens
        : input.ids.map((id, i) => ({ text: input.texts?.[i] ?? `#${id}`, id }));
    const result = swapTokens(tokens, interventions);
    swapped = input.sideInputs
      ? { tokens: result.tokens, sideInputs: input.sideInputs }
      : { tokens: result.tokens };
    applied.push(...result.swaps);
  }
  return {
    input: swapped,
    editsOf: (name, direction) => byDirection.get(`${name}/${direction}`),
    edited: byDirection.size > 0,
    applied
  };
}

/** Which parts of a replay tfjs can check: how many values of each direction's h, and whether the final outputs. */
export interface CheckScope {
  /** Values of `direction.run.h` to compare (undefined: all of them). */
  limit(direction: ReplayedDirection): number | undefined;
  /** Whether the model's final outputs are compared. */
  outputs: boolean;
  /** What the check's `compared` and `skipped` say. */
  report: Pick<TraceCheck, 'compared' | 'skipped'>;
}

/** The first step, in the direction's processing order, at which an edit applies. */
function firstEditedStep(edits: readonly CellIntervention[], steps: number, backward: boolean) {
  return Math.min(...edits.map((edit) => (backward ? steps - 1 - edit.to : edit.from)));
}

/**
 * What stays comparable after edits: directions replayed before the first edited one, its unedited Bidirectional
 * twin, and an edited direction's steps before its first edit. Everything downstream (and the output) is skipped.
 */
export function checkScope(
  directions: readonly ReplayedDirection[],
  editsOf: EditLookup
): CheckScope {
  const limits = new Map<ReplayedDirection, number>();
  const skipped: string[] = [];
  const first = directions.findIndex((d) => editsOf(d.name, d.direction)?.length);
  if (first < 0) return { limit: () => undefined, outputs: true, report: {} };
  let compared = 0;
  directions.forEach((d, i) => {
    const label = `${d.name} (${d.direction})`;
    const edits = editsOf(d.name, d.direction) ?? [];
    const twin = d.name === directions[first]!.name;
    if (i < first || (twin && edits.length === 0)) return void compared++;
    if (edits.length === 0) {
      limits.set(d, 0);
      return void skipped.push(label);
    }
    const steps = d.run.steps;
    const step = firstEditedStep(edits, steps, d.direction === 'backward');
    limits.set(d, step * d.run.units);
    if (step > 0) compared++;
    const token = d.direction === 'backward' ? steps - step : step + 1;
    skipped.push(`${label} from token ${token}${d.direction === 'backward' ? ' backwards' : ''}`);
  });
  skipped.push("the model's output");
  return {
    limit: (d) => limits.get(d),
    outputs: false,
    report: { compared: compared > 0 ? 'partial' : 'none', skipped }
  };
}
