import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import { CELLS_PER_TILE, stripTiles, tileStrips } from '$lib/geometry/layout/chain-tiles.js';
import { chainLayout } from '$lib/geometry/layout/unrolled-chain.js';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const gru = gruJson as Trace;

describe('stripTiles(layout, perTile)', () => {
  const layout = chainLayout(lstm.tokens, lstm.layers[0]!);

  it('puts a short sentence on one tile covering every strip from the c band to the h band', () => {
    const tiles = stripTiles(layout);
    expect(CELLS_PER_TILE).toBe(16);
    expect(tiles).toEqual([
      {
        first: 0,
        last: 14,
        x: layout.cells[0]!.x + layout.inset,
        y: layout.cBand!.y,
        width:
          layout.cells[14]!.x + layout.cellWidth - layout.inset - layout.cells[0]!.x - layout.inset,
        height: layout.hBand.y + layout.hBand.height - layout.cBand!.y
      }
    ]);
  });

  it('splits into runs of perTile cells, the last one shorter, with no cell left out or repeated', () => {
    const tiles = stripTiles(layout, 4);
    expect(tiles.map((tile) => [tile.first, tile.last])).toEqual([
      [0, 3],
      [4, 7],
      [8, 11],
      [12, 14]
    ]);
    expect(tiles[1]!.x).toBe(layout.cells[4]!.x + layout.inset);
  });

  it('starts at the h band when the cell has no c (GRU)', () => {
    const gruLayout = chainLayout(gru.tokens, gru.layers[0]!);
    const [tile] = stripTiles(gruLayout);
    expect(tile!.y).toBe(gruLayout.hBand.y);
    expect(tile!.height).toBe(gruLayout.hBand.height);
  });
});

describe('tileStrips(layout, tile)', () => {
  const layout = chainLayout(lstm.tokens, lstm.layers[0]!);

  it('places c above h in each cell, inside the box, relative to the tile', () => {
    const tile = stripTiles(layout, 4)[1]!;
    const strips = tileStrips(layout, tile);
    expect(strips).toHaveLength(8);
    expect(strips.slice(0, 2)).toEqual([
      { index: 4, band: 'c', x: 0, y: 0, width: layout.cellWidth - 2 * layout.inset, height: 12 },
      {
        index: 4,
        band: 'h',
        x: 0,
        y: layout.hBand.y - layout.cBand!.y,
        width: layout.cellWidth - 2 * layout.inset,
        height: 12
      }
    ]);
    expect(strips[2]!.x).toBe(layout.pitch);
    const last = strips.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(tile.width, 9);
    expect(last.y + last.height).toBeCloseTo(tile.height, 9);
  });

  it('gives a GRU only its h strips', () => {
    const gruLayout = chainLayout(gru.tokens, gru.layers[0]!);
    const strips = tileStrips(gruLayout, stripTiles(gruLayout)[0]!);
    expect(strips.map((strip) => strip.band)).toEqual(gru.tokens.map(() => 'h'));
    expect(strips.every((strip) => strip.y === 0)).toBe(true);
  });
});
