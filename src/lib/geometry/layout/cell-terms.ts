// The named parts of a recurrent cell, shared by a cell diagram and its equations so that pointing at one lights both.

/** A part of a cell a reader can point at: a gate, the candidate, or a state. */
export type CellTerm =
  'forget' | 'input' | 'candidate' | 'output' | 'cell' | 'hidden' | 'update' | 'reset';

/** Every term, LSTM parts first. */
export const CELL_TERMS: readonly CellTerm[] = [
  'forget',
  'input',
  'candidate',
  'output',
  'cell',
  'hidden',
  'update',
  'reset'
];

/** True when a value names a cell term (e.g. a data-term attribute read from the page). */
export function isCellTerm(value: unknown): value is CellTerm {
  return typeof value === 'string' && (CELL_TERMS as readonly string[]).includes(value);
}
