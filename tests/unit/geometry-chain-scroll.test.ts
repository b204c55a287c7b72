import { describe, expect, it } from 'vitest';
import { chainScroll } from '$lib/geometry/layout/chain-scroll.js';

const base = { cellWidth: 60, pitch: 80, view: 400, placed: true, instant: false };

describe('chainScroll(input)', () => {
  it('centres the cell the first time, without gliding', () => {
    expect(chainScroll({ ...base, cellX: 1000, from: 0, placed: false })).toEqual({
      left: 1000 + 30 - 200,
      glide: false
    });
  });

  it('stays put while the cell and a neighbour each side are in view', () => {
    expect(chainScroll({ ...base, cellX: 200, from: 0 })).toEqual({ left: 0, glide: true });
  });

  it('moves just far enough to show the next neighbour, gliding for a short move', () => {
    expect(chainScroll({ ...base, cellX: 300, from: 0 })).toEqual({
      left: 300 + 60 + 80 - 400,
      glide: true
    });
  });

  it('jumps for a move longer than the view, or under reduced motion', () => {
    expect(chainScroll({ ...base, cellX: 2000, from: 0 }).glide).toBe(false);
    expect(chainScroll({ ...base, cellX: 300, from: 0, instant: true }).glide).toBe(false);
  });

  it('keeps the margin inside the view when cells are wide', () => {
    // (400 - 300) / 2 - 1 = 49 < pitch: the margin shrinks so the cell still fits.
    expect(chainScroll({ ...base, cellWidth: 300, cellX: 500, from: 0 }).left).toBe(
      500 + 300 + 49 - 400
    );
  });
});
