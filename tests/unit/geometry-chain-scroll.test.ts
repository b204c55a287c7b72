import { describe, expect, it } from 'vitest';
import { chainScroll, playLead } from '$lib/geometry/layout/chain-scroll.js';

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

describe('chainScroll with a lead (playing)', () => {
  it('stays put while the cell is in view, lead or not', () => {
    expect(chainScroll({ ...base, cellX: 200, from: 0, lead: 160 })).toEqual({
      left: 0,
      glide: true
    });
  });

  it('scrolls the lead further than it must, ahead of a cursor moving right', () => {
    expect(chainScroll({ ...base, cellX: 300, from: 0, lead: 160 }).left).toBe(
      300 + 60 + 80 - 400 + 160
    );
  });

  it('leads to the left for a cursor moving left, not past the start', () => {
    expect(chainScroll({ ...base, cellX: 500, from: 600, lead: 160 }).left).toBe(500 - 80 - 160);
    expect(chainScroll({ ...base, cellX: 100, from: 200, lead: 160 }).left).toBe(0);
  });

  it('never leads so far that the cell loses its margin behind it', () => {
    // Room: 400 - 60 - 2 × 80 = 180, so the cell ends 80 px from the left edge.
    expect(chainScroll({ ...base, cellX: 300, from: 0, lead: 10_000 }).left).toBe(300 - 80);
  });

  it('leaves room for half a second of playback, none when paused', () => {
    expect(playLead(true, 8, 80)).toBe(320);
    expect(playLead(false, 8, 80)).toBe(0);
  });
});

describe('chainScroll within the chain', () => {
  it('never asks for more than the scroller can reach', () => {
    expect(chainScroll({ ...base, cellX: 900, from: 500, lead: 160, extent: 1000 }).left).toBe(600);
  });
});
