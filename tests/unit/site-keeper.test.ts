import { describe, expect, it } from 'vitest';
import type { TraceLayer } from '$lib/core/trace/types.js';
import { keeperOf } from '../../src/site/keeper.js';

/** An LSTM layer of two units over three steps; the clue is step 1. */
function lstm(c: number[][], forget: number[][]): TraceLayer {
  return {
    name: 'lstm',
    cell: 'lstm',
    direction: 'forward',
    units: 2,
    steps: c.map((cs, t) => ({
      h: cs,
      c: cs,
      masked: false,
      gates: { input: [0, 0], forget: forget[t]!, candidate: [0, 0], output: [0, 0] }
    }))
  };
}

describe('keeperOf(layer, clue)', () => {
  it('keeperOf picks the unit that keeps what it wrote, not the one that moved most and let go', () => {
    // Unit 0 jumps by 3 at the clue but its forget gates after it multiply to 0.1 · 0.1;
    // unit 1 moves by 1 and keeps it (0.95 · 0.95). The old rule (largest |Δc|) chose unit 0.
    const layer = lstm(
      [
        [0, 0],
        [3, 1],
        [0.3, 0.95],
        [0.03, 0.9]
      ],
      [
        [1, 1],
        [0.2, 0.2],
        [0.1, 0.95],
        [0.1, 0.95]
      ]
    );
    const keeper = keeperOf(layer, 1);
    expect(keeper.unit).toBe(1);
    expect(keeper.keepProduct).toBeCloseTo(0.9025, 6);
    expect(keeper).toMatchObject({ before: 0, at: 1, end: 0.9, keepAt: 0.2, keepMin: 0.95 });
  });

  it("keeperOf reads a GRU's update gate and its hidden state", () => {
    const layer: TraceLayer = {
      name: 'gru',
      cell: 'gru',
      direction: 'forward',
      units: 2,
      steps: [
        [0, 0],
        [0.9, 0.5],
        [0.1, 0.5]
      ].map((h, t) => ({
        h,
        masked: false,
        gates: {
          update: t === 2 ? [0.1, 0.99] : [0.5, 0.5],
          reset: [0, 0],
          candidate: [0, 0]
        }
      }))
    };
    expect(keeperOf(layer, 1)).toMatchObject({ unit: 1, keepProduct: 0.99 });
  });
});
