import { describe, expect, it } from 'vitest';
import { mostChangingUnits, unitChange, unitMean, unitOrder } from '$lib/geometry/unit-order.js';

// 4 steps × 3 units, chosen so that every sort gives a different order.
const values = [
  [0, 0.5, -0.2],
  [0.1, -0.5, -0.2],
  [0.2, 0.5, 0.6],
  [0.3, 0.2, 0.4]
];

describe('unitChange(values, units)', () => {
  it('sums |v_t − v_{t−1}| over time for each unit', () => {
    const change = unitChange(values, 3);
    expect(change[0]).toBeCloseTo(0.3);
    expect(change[1]).toBeCloseTo(1 + 1 + 0.3);
    expect(change[2]).toBeCloseTo(0 + 0.8 + 0.2);
  });

  it('is zero for a single step', () => {
    expect(unitChange([[1, -1]], 2)).toEqual([0, 0]);
  });
});

describe('unitMean(values, units)', () => {
  it('averages each unit over the steps', () => {
    const mean = unitMean(values, 3);
    expect(mean[0]).toBeCloseTo(0.15);
    expect(mean[1]).toBeCloseTo(0.175);
    expect(mean[2]).toBeCloseTo(0.15);
  });

  it('gives zeros when there are no steps', () => {
    expect(unitMean([], 2)).toEqual([0, 0]);
  });
});

describe('unitOrder(values, units, sort, last)', () => {
  it("keeps unit numbers for 'index'", () => {
    expect(unitOrder(values, 3, 'index')).toEqual([0, 1, 2]);
  });

  it("puts the unit that changes most first for 'change'", () => {
    expect(unitOrder(values, 3, 'change')).toEqual([1, 2, 0]);
  });

  it("orders by the last step's value for 'final', highest first", () => {
    expect(unitOrder(values, 3, 'final')).toEqual([2, 0, 1]);
  });

  it('reads the final state from step `last` (step 0 for a backward layer)', () => {
    expect(unitOrder(values, 3, 'final', 0)).toEqual([1, 0, 2]);
  });

  it("breaks ties in 'mean' by unit number", () => {
    expect(unitOrder(values, 3, 'mean')).toEqual([1, 0, 2]);
  });
});

describe('mostChangingUnits(values, units, count)', () => {
  it('returns the count units with the most change, most first', () => {
    expect(mostChangingUnits(values, 3, 2)).toEqual([1, 2]);
  });

  it('returns every unit when asked for more than there are', () => {
    expect(mostChangingUnits(values, 3, 10)).toHaveLength(3);
  });
});
