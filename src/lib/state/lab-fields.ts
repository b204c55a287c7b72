// The training lab's number fields as data: label, step, bounds (some follow other settings) and how
// each reads and writes the settings, so the form is one loop over this list.
import { LAB_LIMITS, type LabSettings } from '../core/train/lab-settings.js';
import { CELL_KINDS, type CellKind } from '../core/trace/types.js';

/** One number field of the lab's form. */
export interface LabField {
  label: string;
  /** The input's step. @default 1 */
  step?: string;
  min: number;
  max: number;
  value: number;
  /** Takes a typed value if it is in bounds; false (nothing changed) otherwise. */
  set(value: number): boolean;
}

type Plain = 'units' | 'epochs' | 'samplesPerEpoch' | 'learningRate' | 'seed';

/** The form's number fields over `settings` (read when called: call inside a reactive context). */
export function labFields(settings: LabSettings): LabField[] {
  const plain = (key: Plain, label: string, step?: string): LabField => ({
    label,
    step,
    ...LAB_LIMITS[key],
    value: settings[key],
    set: setter(LAB_LIMITS[key], (value) => (settings[key] = value))
  });
  const { distances } = settings;
  const shortest = { min: LAB_LIMITS.distance.min, max: distances.max };
  const longest = { min: distances.min, max: LAB_LIMITS.distance.max };
  return [
    plain('units', 'Units'),
    plain('epochs', 'Epochs'),
    plain('samplesPerEpoch', 'Sentences per epoch', '64'),
    {
      label: 'Shortest distance',
      ...shortest,
      value: distances.min,
      set: setter(shortest, (value) => (distances.min = value))
    },
    {
      label: 'Longest distance',
      ...longest,
      value: distances.max,
      set: setter(longest, (value) => (distances.max = value))
    },
    plain('learningRate', 'Learning rate', 'any'),
    plain('seed', 'Seed')
  ];
}

// Number inputs give NaN or out-of-range values while typing: those keep the last good value.
function setter({ min, max }: { min: number; max: number }, write: (value: number) => void) {
  return (value: number): boolean => {
    if (!(Number.isFinite(value) && value >= min && value <= max)) return false;
    write(value);
    return true;
  };
}

/** The cells after a checkbox changed (never none; in the site's order). */
export function toggledCells(cells: readonly CellKind[], cell: CellKind, on: boolean): CellKind[] {
  const others = cells.filter((kind) => kind !== cell);
  const chosen = on ? [...others, cell] : others.length > 0 ? others : cells;
  return CELL_KINDS.filter((kind) => chosen.includes(kind));
}
