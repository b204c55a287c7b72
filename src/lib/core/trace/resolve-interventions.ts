// Interventions from a user's JSON to what each cell runs: parsed and checked, then resolved against the model's
// recurrent layers (units from 0, steps and tokens from 1 become 0-based ranges per direction).
import type { CellIntervention } from '../cells/intervention.js';
import { gateNames } from '../cells/weights.js';
import { UnrolledError } from '../errors.js';
import { interventionProblem, isTokenSwap, type InterventionLayer } from './intervention.js';
import type { Intervention, StateIntervention } from './types.js';

/** Parses (when given a string) and checks a list of interventions; throws UnrolledError('bad-input') in one line. */
export function parseInterventions(input: unknown): Intervention[] {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new UnrolledError(
        'bad-input',
        `Interventions are not JSON: ${(error as Error).message}`
      );
    }
  }
  const list = Array.isArray(value) ? value : [value];
  list.forEach((item, i) => {
    const problem = interventionProblem(item);
    if (problem) throw new UnrolledError('bad-input', `Intervention ${i + 1}: ${problem}.`);
  });
  return list as Intervention[];
}

function describe(intervention: StateIntervention): string {
  return `${intervention.layer}${intervention.direction ? ` (${intervention.direction})` : ''} ${intervention.set}`;
}

/** Throws a one-line UnrolledError when an intervention names no layer, a gate the cell lacks, or units or steps out of range. */
function resolveOne(
  intervention: StateIntervention,
  layer: InterventionLayer,
  tokens: number
): CellIntervention[] {
  const { set, value, units, steps } = intervention;
  const what = describe(intervention);
  const wrong = (message: string) =>
    new UnrolledError('bad-input', `Intervention on ${what}: ${message}.`, { layer: layer.name });
  if (units !== 'all') {
    const outside = units.find((unit) => unit >= layer.units);
    if (outside !== undefined)
      throw wrong(`unit ${outside} is out of range (units 0 to ${layer.units - 1})`);
  }
  const [from, to] = steps === 'all' ? [1, tokens] : steps;
  if (to > tokens) throw wrong(`step ${to} is out of range (steps 1 to ${tokens})`);
  const base = { value, units, from: from - 1, to: to - 1 };
  if (set === 'h')
    return [
      { ...base, target: 'h' },
      ...(layer.cell === 'lstm' ? [{ ...base, target: 'c' as const }] : [])
    ];
  if (set === 'c') {
    if (layer.cell !== 'lstm') throw wrong('only an LSTM has a cell state c');
    return [{ ...base, target: 'c' }];
  }
  const gate = gateNames(layer.cell).indexOf(set);
  if (gate < 0) {
    const gates = gateNames(layer.cell).join(', ') || 'none';
    throw wrong(`a ${layer.cell} layer has no ${set} gate (its gates: ${gates})`);
  }
  return [{ ...base, target: gate }];
}

/**
 * Each direction's cell interventions, keyed by `${name}/${direction}`; throws one-line errors for an unknown layer,
 * a gate the cell lacks, a unit or step out of range, or a token swap outside the sentence.
 */
export function resolveInterventions(
  interventions: readonly Intervention[],
  layers: readonly InterventionLayer[],
  tokens: number
): Map<string, CellIntervention[]> {
  const byDirection = new Map<string, CellIntervention[]>();
  for (const intervention of interventions) {
    if (isTokenSwap(intervention)) {
      if (intervention.token > tokens)
        throw new UnrolledError(
          'bad-input',
          `Token swap at token ${intervention.token}: out of range (tokens 1 to ${tokens}).`
        );
      continue;
    }
    const matching = layers.filter(
      (layer) =>
        layer.name === intervention.layer &&
        (intervention.direction === undefined || intervention.direction === layer.direction)
    );
    if (matching.length === 0) {
      const names = [...new Set(layers.map((layer) => layer.name))].join(', ');
      throw new UnrolledError(
        'bad-input',
        `Intervention on ${describe(intervention)}: no such recurrent layer (layers: ${names}).`
      );
    }
    for (const layer of matching) {
      const key = `${layer.name}/${layer.direction}`;
      byDirection.set(key, [
        ...(byDirection.get(key) ?? []),
        ...resolveOne(intervention, layer, tokens)
      ]);
    }
  }
  return byDirection;
}
