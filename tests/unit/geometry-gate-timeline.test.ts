import { describe, expect, it } from 'vitest';
import {
  describeGateTimeline,
  stepTicks,
  timelineDomain,
  timelineFrame,
  timelineKeys,
  timelineTable,
  unitPath,
  valueTicks
} from '$lib/geometry/layout/gate-timeline.js';
import { seriesStyle } from '$lib/geometry/series-style.js';

const values = [
  [0.1, 0.9, -0.35],
  [0.4, 0.5, 0.2],
  [0.8, 0.2, 0.05]
];
const tokens = [
  { text: 'in', id: 4 },
  { text: 'Ireland', id: 5 },
  { text: 'so', id: 6 }
];

describe('timelineDomain(values, units, gate)', () => {
  it('is [0, 1] for gates whatever the values', () => {
    expect(timelineDomain(values, [0, 1], true)).toEqual([0, 1]);
  });

  it("is symmetric for signed values, rounded up to a tenth of the chosen units' largest |value|", () => {
    expect(timelineDomain(values, [2], false)).toEqual([-0.4, 0.4]);
    expect(timelineDomain(values, [0, 1, 2], false)).toEqual([-0.9, 0.9]);
  });
});

describe('timelineFrame(width, steps, domain, labelLength)', () => {
  const frame = timelineFrame(344, 3, [0, 1], 7);

  it('puts each step in the middle of its band', () => {
    expect(frame.band).toBe(96);
    expect(frame.x(0)).toBe(44 + 48);
    expect(frame.x(2)).toBe(44 + 48 + 192);
  });

  it('maps 0 to the bottom and 1 to the top of the plot', () => {
    expect(frame.y(0)).toBe(frame.bottom);
    expect(frame.y(1)).toBe(frame.top);
  });

  it('leaves more room below for longer labels', () => {
    expect(timelineFrame(344, 3, [0, 1], 10).height).toBeGreaterThan(frame.height);
  });
});

describe('valueTicks(domain)', () => {
  it('marks 0, ½ and 1 on a gate axis', () => {
    expect(valueTicks([0, 1])).toEqual([0, 0.5, 1]);
  });
});

describe('stepTicks(tokens, frame)', () => {
  it('labels every step when the bands are wide enough', () => {
    expect(stepTicks(tokens, timelineFrame(344, 3, [0, 1], 7)).map((t) => t.label)).toEqual([
      'in',
      'Ireland',
      'so'
    ]);
  });
});

describe('unitPath(values, unit, frame, skip)', () => {
  const frame = timelineFrame(344, 3, [0, 1], 7);

  it('joins the unit’s value at every step, rounded to 0.01', () => {
    const r = (n: number) => Math.round(n * 100) / 100;
    expect(unitPath(values, 0, frame)).toBe(
      `M${r(frame.x(0))},${r(frame.y(0.1))}L${r(frame.x(1))},${r(frame.y(0.4))}L${r(frame.x(2))},${r(frame.y(0.8))}`
    );
  });

  it('breaks the line at skipped (masked) steps', () => {
    const path = unitPath(values, 0, frame, [false, true, false]);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).not.toContain('L');
  });
});

describe('timelineKeys(values, units, step)', () => {
  it('gives each chosen unit its series style and its value at the step', () => {
    expect(timelineKeys(values, [2, 0], 1)).toEqual([
      { unit: 2, style: seriesStyle(0), value: 0.2 },
      { unit: 0, style: seriesStyle(1), value: 0.4 }
    ]);
  });
});

describe('describeGateTimeline(values, units, what, step, tokens)', () => {
  it('reads every unit at the step and its range', () => {
    const text = describeGateTimeline(values, [0, 1], 'forget gate f', 1, tokens);
    expect(text).toContain('over 3 steps for units 0, 1.');
    expect(text).toContain('At step 2 "Ireland": unit 0 0.40, unit 1 0.50.');
    expect(text).toContain('unit 0 from 0.10 to 0.80; unit 1 from 0.20 to 0.90');
  });

  it('says so when no unit is chosen', () => {
    expect(describeGateTimeline(values, [], 'h', 0, tokens)).toMatch(/No units chosen/);
  });
});

describe('timelineTable(values, units, tokens)', () => {
  it('has one row per step with the chosen units as columns', () => {
    const table = timelineTable(values, [1], tokens);
    expect(table.columns).toEqual(['step', 'token', 'unit 1']);
    expect(table.rows).toEqual([
      [1, 'in', 0.9],
      [2, 'Ireland', 0.5],
      [3, 'so', 0.2]
    ]);
  });
});
