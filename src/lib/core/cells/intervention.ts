// What-if edits to one cell while it runs: clamp a gate, or overwrite h (and c) after a step. Positions are tokens.

/** One edit to one cell's run, in the cell's own terms (0-based tokens and units). */
export interface CellIntervention {
  /** A gate's index in the cell's gate order (see gateNames), or 'h' / 'c' to overwrite a state after the step. */
  target: number | 'h' | 'c';
  /** The value the gate or state is set to. */
  value: number;
  /** The units it applies to, or 'all'. */
  units: readonly number[] | 'all';
  /** First token (0-based) it applies at. */
  from: number;
  /** Last token (0-based, inclusive). */
  to: number;
}

/** Per-step edit rows of one cell: NaN where a unit is left alone, the value where it is set. */
export interface StepEdits {
  /** One row per gate index, or undefined when no edit touches that gate at this step. */
  gates: (Float32Array | undefined)[];
  /** Row for h after the step, or undefined. */
  h: Float32Array | undefined;
  /** Row for c after the step, or undefined. */
  c: Float32Array | undefined;
}

function fill(row: Float32Array, edit: CellIntervention): void {
  if (edit.units === 'all') row.fill(edit.value);
  else for (const unit of edit.units) row[unit] = edit.value;
}

/**
 * A function from a token position to the edits that apply there (undefined when none: the replay's fast path).
 * Later edits win where two set the same gate or state of the same unit.
 */
export function stepEditsOf(
  edits: readonly CellIntervention[],
  units: number,
  gateCount: number
): (token: number) => StepEdits | undefined {
  if (edits.length === 0) return () => undefined;
  const rows = {
    gates: Array.from({ length: gateCount }, () => new Float32Array(units)),
    h: new Float32Array(units),
    c: new Float32Array(units)
  };
  const current: StepEdits = {
    gates: new Array(gateCount).fill(undefined),
    h: undefined,
    c: undefined
  };
  return (token) => {
    const active = edits.filter((edit) => token >= edit.from && token <= edit.to);
    if (active.length === 0) return undefined;
    current.gates.fill(undefined);
    current.h = current.c = undefined;
    for (const edit of active) {
      let row: Float32Array;
      if (edit.target === 'h') row = current.h ??= rows.h.fill(NaN);
      else if (edit.target === 'c') row = current.c ??= rows.c.fill(NaN);
      else row = current.gates[edit.target] ??= rows.gates[edit.target]!.fill(NaN);
      fill(row, edit);
    }
    return current;
  };
}

/** The edited value of unit `k` in `row`, or `value` when the row leaves it alone. */
export function edited(row: Float32Array | undefined, k: number, value: number): number {
  if (row === undefined) return value;
  const set = row[k]!;
  return set === set ? set : value;
}

/** Overwrites `state` where `row` sets a value. */
export function applyRow(row: Float32Array | undefined, state: Float32Array): void {
  if (row === undefined) return;
  for (let k = 0; k < state.length; k++) state[k] = edited(row, k, state[k]!);
}
