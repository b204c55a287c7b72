import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  markerPath,
  SERIES_COLOURS,
  seriesStyle
} from '$lib/geometry/series-style.js';
import { hatchPath } from '$lib/geometry/hatch.js';

describe('contrastRatio(a, b)', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21);
    expect(contrastRatio('#4e79a7', '#4e79a7')).toBe(1);
  });
});

describe('SERIES_COLOURS', () => {
  it('keeps at least four colours, each 3:1 against both theme backgrounds', () => {
    expect(SERIES_COLOURS.length).toBeGreaterThanOrEqual(4);
    for (const colour of SERIES_COLOURS) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, '#14161b')).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('seriesStyle(i)', () => {
  it('gives neighbouring series a different colour, dash and marker', () => {
    for (let i = 0; i < 12; i++) {
      const [a, b] = [seriesStyle(i), seriesStyle(i + 1)];
      expect(a.colour).not.toBe(b.colour);
      expect(a.dash).not.toBe(b.dash);
      expect(a.marker).not.toBe(b.marker);
    }
  });

  it('repeats no (colour, dash) pair within the first 20 series', () => {
    const pairs = new Set(
      Array.from({ length: 20 }, (_, i) => `${seriesStyle(i).colour} ${seriesStyle(i).dash}`)
    );
    expect(pairs.size).toBe(20);
  });
});

describe('markerPath(marker, x, y, size)', () => {
  it('draws a closed square centred on the point', () => {
    expect(markerPath('square', 10, 10, 2)).toBe('M8,8h4v4h-4Z');
  });

  it('draws a circle as two arcs', () => {
    expect(markerPath('circle', 10, 10, 2).match(/a/g)).toHaveLength(2);
  });
});

describe('hatchPath(x, y, width, height, gap)', () => {
  it('draws 45° segments that stay inside the rectangle', () => {
    const d = hatchPath(10, 20, 12, 30, 6);
    const numbers = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2])
    ]);
    expect(numbers.length).toBeGreaterThan(4);
    for (const [x, y] of numbers) {
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(22);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(50);
    }
    for (const segment of d.split('M').slice(1)) {
      const [[x0, y0], [x1, y1]] = segment.split('L').map((p) => p.split(',').map(Number)) as [
        [number, number],
        [number, number]
      ];
      expect(Math.abs(x1 - x0)).toBeCloseTo(Math.abs(y1 - y0));
    }
  });
});
