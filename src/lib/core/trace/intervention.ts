// Interventions as users write them (JSON, units from 0, steps and tokens from 1) and as each cell runs them.
import type { CellIntervention } from '../cells/intervention.js';
import { gateNames } from '../cells/weights.js';
import { UnrolledError } from '../errors.js';
import type { CellKind, Direction, Intervention, StateIntervention, TokenSwap } from './types.js';

const TARGETS = ['input', 'forget', 'candidate', 'output', 'update', 'reset', 'h', 'c'];
const STATE_KEYS = ['layer', 'direction', 'set', 'value', 'units', 'steps'];
const SWAP_KEYS = ['token', 'text', 'id', 'replaced'];

/** A recurrent direction as interventions name it. */
export interface InterventionLayer {
  /** The layer's name (a Bidirectional wrapper's for both halves). */
  name: string;
  /** Which half. */
  direction: Direction;
  /** Its cell kind. */
  cell: CellKind;
  /** Its units. */
  units: number;
}

/** True for a token swap, false for a gate or state intervention. */
export function isTokenSwap(intervention: Intervention): intervention is TokenSwap {
  return 'token' in intervention;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;

function stateProblem(v: Record<string, unknown>): string | undefined {
  const extra = Object.keys(v).find((key) => !STATE_KEYS.includes(key));
  if (extra) return `unknown key "${extra}" (a state intervention has ${STATE_KEYS.join(', ')})`;
  if (typeof v.layer !== 'string' || v.layer === '') return '"layer" must be a layer name';
  if (v.direction !== undefined && v.direction !== 'forward' && v.direction !== 'backward')
    return '"direction" must be "forward" or "backward"';
  if (!TARGETS.includes(v.set as string)) return `"set" must be one of ${TARGETS.join(', ')}`;
  if (!Number.isFinite(v.value)) return '"value" must be a finite number';
  const units = v.units;
  if (
    units !== 'all' &&
    !(Array.isArray(units) && units.length > 0 && units.every((u) => isIndex(u, 0)))
  )
    return '"units" must be "all" or a list of unit numbers from 0';
  const steps = v.steps;
  const range = Array.isArray(steps) && steps.length === 2 && steps.every((s) => isIndex(s, 1));
  if (steps !== 'all' && !(range && (steps[0] as number) <= (steps[1] as number)))
    return '"steps" must be "all" or [from, to] with 1 ≤ from ≤ to';
  return undefined;
}

function swapProblem(v: Record<string, unknown>): string | undefined {
  const extra = Object.keys(v).find((key) => !SWAP_KEYS.includes(key));
  if (extra) return `unknown key "${extra}" (a token swap has token, text, id)`;
  if (!isIndex(v.token, 1)) return '"token" must be a position from 1';
  if (v.text === undefined && v.id === undefined) return 'a token swap needs "text" or "id"';
  if (v.text !== undefined && (typeof v.text !== 'string' || v.text.trim() === ''))
    return '"text" must be a word';
  if (v.id !== undefined && !isIndex(v.id, 0)) return '"id" must be a token id ≥ 0';
  return undefined;
}

/** What is wrong with one intervention's shape, or undefined when it is well formed. */
export function interventionProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'expected an object';
  if ('token' in value) return swapProblem(value);
  if ('layer' in value) return stateProblem(value);
  return 'expected {"layer", "set", "value", "units", "steps"} or {"token", "text"}';
}

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
