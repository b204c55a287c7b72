// Interventions as users write them (JSON, units from 0, steps and tokens from 1): their shape and its check. Kept
// apart from resolve-interventions.ts because every page parses traces with this check, while only a replay resolves
// interventions against a model's layers.
import type { CellKind, Direction, Intervention, TokenSwap } from './types.js';

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
