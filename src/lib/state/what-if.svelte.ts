// The what-if controls' state: one change to a model's run (clamp a gate, silence a unit, swap a word), as the
// interventions the tracer takes, and back from them (a copied link reopens the same change).
import { gateNames } from '../core/cells/weights.js';
import { interventionProblem, isTokenSwap } from '../core/trace/intervention.js';
import type { CellKind, Intervention, TraceToken } from '../core/trace/types.js';

/** Which change the reader makes. */
export type WhatIfKind = 'none' | 'clamp' | 'silence' | 'swap';

/** The layer the controls act on, and the sentence. */
export interface WhatIfTarget {
  /** The recurrent layer's name in the model. */
  layer: string;
  /** Its cell kind (which gates there are). */
  cell: CellKind;
  /** Its units. */
  units: number;
  /** The sentence's tokens. */
  tokens: readonly TraceToken[];
}

/** The gates a reader can clamp on a cell kind (the candidate is a value, not a gate). */
export function clampableGates(cell: CellKind): string[] {
  return gateNames(cell).filter((gate) => gate !== 'candidate');
}

/** Form state for one intervention; `interventions` is what the tracer gets. */
export class WhatIfState {
  #kind: WhatIfKind = $state('none');
  /** The clamped gate. */
  gate = $state('forget');
  /** The value the gate is held at, 0–1. */
  value = $state(1);
  /** The unit to clamp or silence (0-based), or 'all' (clamp only). */
  unit: number | 'all' = $state('all');
  /** First step (1-based) the change applies at. */
  from = $state(1);
  /** Last step (1-based, inclusive) of a clamp; a silence lasts to the end. */
  to = $state(1);
  /** The swapped token's position (1-based). */
  token = $state(1);
  /** The word put in its place. */
  word = $state('');
  /** What the controls act on. */
  target: WhatIfTarget = $state.raw({ layer: '', cell: 'lstm', units: 1, tokens: [] });

  constructor(target: WhatIfTarget) {
    this.retarget(target);
  }

  /** What to change. A silence is of one unit, so choosing it turns "every unit" into unit 0. */
  get kind(): WhatIfKind {
    return this.#kind;
  }
  set kind(kind: WhatIfKind) {
    this.#kind = kind;
    if (kind === 'silence' && this.unit === 'all') this.unit = 0;
  }

  /** Points the controls at a (new) layer and sentence, keeping choices that still fit. */
  retarget(target: WhatIfTarget): void {
    this.target = target;
    const steps = Math.max(1, target.tokens.length);
    const gates = clampableGates(target.cell);
    if (!gates.includes(this.gate))
      this.gate = gates.includes('forget') ? 'forget' : (gates[0] ?? '');
    if (this.unit !== 'all' && this.unit >= target.units) this.unit = 0;
    this.from = Math.min(Math.max(1, this.from), steps);
    this.to = this.to <= 1 || this.to > steps ? steps : Math.max(this.to, this.from);
    this.token = Math.min(Math.max(1, this.token), steps);
    if (this.kind === 'clamp' && gates.length === 0) this.kind = 'none';
  }

  /** The interventions for the tracer (empty for 'none', and for a swap without a word). */
  get interventions(): Intervention[] {
    const { layer, tokens } = this.target;
    const steps = tokens.length;
    const from = Math.min(this.from, steps);
    if (this.kind === 'clamp') {
      const units = this.unit === 'all' ? 'all' : [this.unit];
      return [
        {
          layer,
          set: this.gate as 'forget',
          value: this.value,
          units,
          steps: [from, Math.max(from, Math.min(this.to, steps))]
        }
      ];
    }
    if (this.kind === 'silence') {
      return [
        {
          layer,
          set: 'h',
          value: 0,
          units: [this.unit === 'all' ? 0 : this.unit],
          steps: [from, steps]
        }
      ];
    }
    if (this.kind === 'swap' && this.word.trim() !== '')
      return [{ token: this.token, text: this.word.trim() }];
    return [];
  }

  /** The change in words, e.g. "forget gate held at 1 on every unit, tokens 4–14". */
  get description(): string {
    const { tokens } = this.target;
    const name = (t: number) => `“${tokens[t - 1]?.text.trim() ?? t}”`;
    const [change] = this.interventions;
    if (!change) return 'no change';
    if (isTokenSwap(change)) return `${name(change.token)} replaced by “${change.text}”`;
    const [from, to] = change.steps === 'all' ? [1, tokens.length] : change.steps;
    const units = change.units === 'all' ? 'every unit' : `unit ${change.units.join(', ')}`;
    const span = from === to ? `at ${name(from)}` : `from ${name(from)} to ${name(to)}`;
    if (change.set === 'h')
      return `${units} silenced (h${this.target.cell === 'lstm' ? ' and c' : ''} = 0) ${span}`;
    return `${change.set} gate held at ${change.value} on ${units} ${span}`;
  }

  /** Takes the controls from a list of interventions (a link); false, leaving them alone, when it is not one they can show. */
  load(list: unknown): boolean {
    if (!Array.isArray(list) || list.length !== 1 || interventionProblem(list[0])) return false;
    const change = list[0] as Intervention;
    const steps = this.target.tokens.length;
    if (isTokenSwap(change)) {
      if (change.token > steps || change.text === undefined) return false;
      Object.assign(this, { kind: 'swap', token: change.token, word: change.text });
      return true;
    }
    const [from, to] = change.steps === 'all' ? [1, steps] : change.steps;
    const unit = change.units === 'all' ? 'all' : change.units[0]!;
    const fits =
      change.layer === this.target.layer &&
      to <= steps &&
      (change.units === 'all' ||
        (change.units.length === 1 && unit !== 'all' && unit < this.target.units));
    if (!fits) return false;
    if (change.set === 'h' && change.value === 0 && unit !== 'all' && to === steps) {
      Object.assign(this, { kind: 'silence', unit, from });
      return true;
    }
    if (
      !clampableGates(this.target.cell).includes(change.set) ||
      change.value < 0 ||
      change.value > 1
    )
      return false;
    Object.assign(this, { kind: 'clamp', gate: change.set, value: change.value, unit, from, to });
    return true;
  }
}
