import { describe, expect, it } from 'vitest';
import {
  cellAt,
  cellReadout,
  colourTable,
  heatmapPixels,
  heatmapSize,
  heatmapStepSentence,
  heatmapSummary,
  heatmapTable,
  moveCell,
  plotRoom,
  tokenAxisHeight
} from '$lib/geometry/layout/state-heatmap.js';
import { gateScale } from '$lib/geometry/colour.js';

// 3 steps × 2 units: unit 1 changes by 0.9 + 0.9 = 1.8, unit 0 by 0.1 + 0.1 = 0.2.
const values = [
  [0.1, -0.5],
  [0.2, 0.4],
  [0.3, -0.5]
];
const tokens = [
  { text: 'in', id: 4 },
  { text: 'Ireland', id: 5 },
  { text: 'so', id: 6 }
];

describe('heatmapSize(units, steps, available, rowHeight)', () => {
  it('shares the available width between the steps', () => {
    expect(heatmapSize(8, 15, 600)).toMatchObject({ cellWidth: 40, width: 600, cellHeight: 20 });
  });

  it('keeps columns at least 3 px wide (the figure scrolls) and at most 64 px', () => {
    expect(heatmapSize(8, 500, 600).width).toBe(1500);
    expect(heatmapSize(8, 1, 600).cellWidth).toBe(64);
  });

  it('fits many units into about 400 px, never under 2 px a row', () => {
    expect(heatmapSize(128, 10, 600).cellHeight).toBe(3);
    expect(heatmapSize(1000, 10, 600).cellHeight).toBe(2);
    expect(heatmapSize(8, 10, 600, 7).height).toBe(56);
  });
});

describe('plotRoom(boxWidth)', () => {
  it('leaves out the 40 px unit labels and 6 px each side for the focus ring', () => {
    expect(plotRoom(600)).toBe(548);
  });

  it('never goes under 60 px (the figure scrolls instead)', () => {
    expect(plotRoom(100)).toBe(60);
    expect(plotRoom(0)).toBe(60);
  });
});

describe('tokenAxisHeight(labels)', () => {
  it('grows with the longest label, counting characters not code units', () => {
    expect(tokenAxisHeight(['in', 'Ireland'])).toBeCloseTo(0.62 * 7 + 0.8);
    expect(tokenAxisHeight(['ne\u0301', 'ab'])).toBeCloseTo(0.62 * 2 + 0.8);
  });

  it('keeps the gap for no labels', () => {
    expect(tokenAxisHeight([])).toBeCloseTo(0.8);
  });
});

describe('colourTable(scale, min, max, size)', () => {
  it("holds the scale's colours as RGBA from min to max", () => {
    const table = colourTable(gateScale(), 0, 1, 2);
    // viridis starts at #440154 and ends at #fde725
    expect(Array.from(table)).toEqual([0x44, 0x01, 0x54, 255, 0xfd, 0xe7, 0x25, 255]);
  });
});

describe('heatmapPixels(values, order, table, min, max)', () => {
  const table = new Uint8ClampedArray([0, 0, 0, 255, 10, 10, 10, 255, 20, 20, 20, 255]);

  it('writes one pixel per cell, rows in the given unit order', () => {
    const pixels = heatmapPixels(values, [1, 0], table, -0.5, 0.5);
    expect(pixels).toHaveLength(3 * 2 * 4);
    // row 0 is unit 1: -0.5 → entry 0, 0.4 → entry 2 (0.9 of the way), -0.5 → entry 0
    expect([pixels[0], pixels[4], pixels[8]]).toEqual([0, 20, 0]);
    // row 1 is unit 0: 0.1 → entry 1 (0.6 of the way rounds to 1), 0.3 → entry 2
    expect([pixels[12], pixels[20]]).toEqual([10, 20]);
  });

  it('clamps values beyond the range to the end colours', () => {
    const pixels = heatmapPixels([[5, -5]], [0, 1], table, -1, 1);
    expect([pixels[0], pixels[4]]).toEqual([20, 0]);
  });
});

describe('cellAt(x, y, size, steps, units)', () => {
  const size = heatmapSize(2, 3, 120, 10);

  it('finds the step and row under a point', () => {
    expect(cellAt(85, 15, size, 3, 2)).toEqual({ step: 2, row: 1 });
  });

  it('returns undefined outside the plot', () => {
    expect(cellAt(130, 5, size, 3, 2)).toBeUndefined();
    expect(cellAt(-1, 5, size, 3, 2)).toBeUndefined();
  });
});

describe('moveCell(key, cell, steps, units)', () => {
  it('moves by one step or row with the arrows and stops at the edges', () => {
    expect(moveCell('ArrowRight', { step: 1, row: 0 }, 3, 2)).toEqual({ step: 2, row: 0 });
    expect(moveCell('ArrowRight', { step: 2, row: 0 }, 3, 2)).toEqual({ step: 2, row: 0 });
    expect(moveCell('ArrowDown', { step: 0, row: 0 }, 3, 2)).toEqual({ step: 0, row: 1 });
    expect(moveCell('ArrowUp', { step: 0, row: 0 }, 3, 2)).toEqual({ step: 0, row: 0 });
  });

  it('jumps with Home, End and the page keys', () => {
    expect(moveCell('End', { step: 0, row: 1 }, 3, 2)).toEqual({ step: 2, row: 1 });
    expect(moveCell('Home', { step: 2, row: 1 }, 3, 2)).toEqual({ step: 0, row: 1 });
    expect(moveCell('PageDown', { step: 0, row: 0 }, 3, 40)).toEqual({ step: 0, row: 10 });
  });

  it('ignores other keys', () => {
    expect(moveCell('a', { step: 0, row: 0 }, 3, 2)).toBeUndefined();
  });
});

describe('cellReadout(unit, step, token, value, masked)', () => {
  it('reads unit, 1-based step, token and value', () => {
    expect(cellReadout(12, 3, { text: 'Ireland', id: 5 }, 0.8312)).toBe(
      'unit 12, step 4 "Ireland": 0.83'
    );
  });

  it('says when the step was masked', () => {
    expect(cellReadout(0, 0, undefined, -0.5, true)).toBe('unit 0, step 1: -0.50 (masked step)');
  });
});

describe('heatmapSummary(values, units, what, sort, masked)', () => {
  it('names the units that change most and least, with their total change', () => {
    const text = heatmapSummary(values, 2, 'hidden state h of lstm', 'change');
    expect(text).toContain('2 units (rows, by total change over time, most first) × 3 steps');
    expect(text).toContain('1 (total change 1.80), 0 (total change 0.20)');
  });

  it('lists masked steps, 1-based', () => {
    expect(heatmapSummary(values, 2, 'h', 'index', [0, 2])).toContain('Masked steps');
    expect(heatmapSummary(values, 2, 'h', 'index', [0, 2])).toContain(': 1, 3.');
  });
});

describe('heatmapStepSentence(values, units, step, token)', () => {
  it('gives the highest and lowest unit at the step', () => {
    expect(heatmapStepSentence(values, 2, 1, tokens[1])).toBe(
      'At step 2 "Ireland": highest unit 1 (0.40), lowest unit 0 (0.20).'
    );
  });

  it('is empty past the last step', () => {
    expect(heatmapStepSentence(values, 2, 9, undefined)).toBe('');
  });
});

describe('heatmapTable(values, order, tokens)', () => {
  it('has a row per unit in display order and a column per step', () => {
    const table = heatmapTable(values, [1, 0], tokens);
    expect(table.columns).toEqual(['unit', '1 in', '2 Ireland', '3 so']);
    expect(table.rows[0]).toEqual([1, -0.5, 0.4, -0.5]);
    expect(table.rows[1]).toEqual([0, 0.1, 0.2, 0.3]);
  });
});
