import { describe, expect, it } from 'vitest';
import { ChainFollow } from '$lib/state/chain-follow.js';

const move = { cellWidth: 60, pitch: 80, view: 400, instant: false, extent: 5000 };

describe('ChainFollow', () => {
  it('jumps to centre the first cell, then stays while the cursor is in view', () => {
    const follow = new ChainFollow(true);
    expect(follow.move({ ...move, cellX: 1000 })).toEqual({ left: 830, behavior: 'instant' });
    follow.scrolled(830);
    expect(follow.move({ ...move, cellX: 1080 })).toBeUndefined();
  });

  it('while gliding, counts from where the glide goes and not from scroll events on the way', () => {
    const follow = new ChainFollow(true);
    follow.move({ ...move, cellX: 0 });
    expect(follow.move({ ...move, cellX: 300 })).toEqual({ left: 40, behavior: 'smooth' });
    follow.scrolled(10);
    // From 40 the cell at 330 still shows with its neighbour: no new scroll although the glide is only at 10.
    expect(follow.move({ ...move, cellX: 300 })).toBeUndefined();
    follow.ended(40);
    expect(follow.move({ ...move, cellX: 380 })).toEqual({ left: 120, behavior: 'smooth' });
  });

  it('follows every scroll event where scrollend is missing', () => {
    const follow = new ChainFollow(false);
    follow.move({ ...move, cellX: 0 });
    follow.move({ ...move, cellX: 300 });
    follow.scrolled(10);
    expect(follow.move({ ...move, cellX: 300 })).toEqual({ left: 40, behavior: 'smooth' });
  });

  it('takes the reader’s own scrolling as the new position', () => {
    const follow = new ChainFollow(true);
    follow.move({ ...move, cellX: 0 });
    follow.scrolled(1000);
    expect(follow.move({ ...move, cellX: 0 })).toEqual({ left: 0, behavior: 'instant' });
  });
});
