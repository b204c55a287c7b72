import { describe, expect, it } from 'vitest';
import { CELL_FADE_MS, cellFadeMs } from '$lib/geometry/layout/chain-fade.js';

describe('cellFadeMs(playing, speed, reducedMotion)', () => {
  it('fades for CELL_FADE_MS when the reader steps by hand, whatever the speed setting', () => {
    expect(CELL_FADE_MS).toBe(250);
    expect(cellFadeMs(false, 8, false)).toBe(250);
    expect(cellFadeMs(false, 120, false)).toBe(250);
  });

  it('keeps the fade within one step while playing, so at most one cell fades at a time', () => {
    expect(cellFadeMs(true, 1, false)).toBe(250);
    expect(cellFadeMs(true, 4, false)).toBe(250);
    expect(cellFadeMs(true, 8, false)).toBe(125);
    expect(cellFadeMs(true, 50, false)).toBe(20);
  });

  it('does not fade when steps come faster than 60 frames a second', () => {
    expect(cellFadeMs(true, 60, false)).toBe(17);
    expect(cellFadeMs(true, 61, false)).toBe(0);
    expect(cellFadeMs(true, 120, false)).toBe(0);
  });

  it('never fades under reduced motion, and treats a speed of 0 as stepping by hand', () => {
    expect(cellFadeMs(false, 2, true)).toBe(0);
    expect(cellFadeMs(true, 2, true)).toBe(0);
    expect(cellFadeMs(true, 0, false)).toBe(250);
  });
});
