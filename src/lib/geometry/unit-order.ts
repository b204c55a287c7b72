// Orders for the units of a layer, computed from a quantity's values (steps × units).

/** How a view orders units: by index, by total change over time, by final value or by mean value. */
export type UnitSort = 'index' | 'change' | 'final' | 'mean';

/** Each unit's total change over time: the sum over steps of |v_t − v_{t−1}|. */
export function unitChange(values: readonly (readonly number[])[], units: number): number[] {
  const change = new Array<number>(units).fill(0);
  for (let t = 1; t < values.length; t++) {
    const now = values[t]!;
    const before = values[t - 1]!;
    for (let u = 0; u < units; u++) change[u]! += Math.abs((now[u] ?? 0) - (before[u] ?? 0));
  }
  return change;
}

/** Each unit's mean value over all steps (0 when there are none). */
export function unitMean(values: readonly (readonly number[])[], units: number): number[] {
  const sum = new Array<number>(units).fill(0);
  for (const row of values) for (let u = 0; u < units; u++) sum[u]! += row[u] ?? 0;
  return sum.map((total) => (values.length === 0 ? 0 : total / values.length));
}

/** Unit indices, largest key first; ties keep index order. */
function byKeyDescending(keys: readonly number[]): number[] {
  return keys.map((_, u) => u).sort((a, b) => keys[b]! - keys[a]! || a - b);
}

/**
 * The units in display order: 'index' as numbered, the others largest first ('final' reads the value at `last`,
 * which is step 0 for a backward layer).
 */
export function unitOrder(
  values: readonly (readonly number[])[],
  units: number,
  sort: UnitSort,
  last = values.length - 1
): number[] {
  if (sort === 'change') return byKeyDescending(unitChange(values, units));
  if (sort === 'mean') return byKeyDescending(unitMean(values, units));
  if (sort === 'final') {
    const row = values[last] ?? [];
    return byKeyDescending(Array.from({ length: units }, (_, u) => row[u] ?? 0));
  }
  return Array.from({ length: units }, (_, u) => u);
}

/** The `count` units that change most over time, most first. */
export function mostChangingUnits(
  values: readonly (readonly number[])[],
  units: number,
  count: number
): number[] {
  return unitOrder(values, units, 'change').slice(0, Math.max(0, count));
}
