// Attribute values read as data: anything unexpected falls back to the figure's own default.
import type { Quantity } from '../geometry/trace-quantity.js';
import type { UnitSort } from '../geometry/unit-order.js';

const QUANTITIES: readonly Quantity[] = [
  'h',
  'c',
  'input',
  'forget',
  'candidate',
  'output',
  'update',
  'reset'
];
const SORTS: readonly UnitSort[] = ['index', 'change', 'final', 'mean'];

/** A heatmap quantity, or undefined for anything else. */
export function quantityOf(value: string | undefined): Quantity | undefined {
  return QUANTITIES.find((one) => one === value?.trim());
}

/** A heatmap row order, or undefined for anything else. */
export function sortOf(value: string | undefined): UnitSort | undefined {
  return SORTS.find((one) => one === value?.trim());
}

/** A whole number ≥ min from a number attribute (Svelte gives NaN or null for bad input), else undefined. */
export function wholeOf(value: number | null | undefined, min = 0): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;
}

/** Whether the element draws its own playback controls: 'show', 'hide', or by default only outside a group. */
export function showsControls(controls: string | undefined, group: string | undefined): boolean {
  const wanted = controls?.trim();
  if (wanted === 'show') return true;
  if (wanted === 'hide') return false;
  return !group?.trim();
}
