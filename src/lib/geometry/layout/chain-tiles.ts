// The chain's strips grouped onto a few canvases: each canvas is a compositor layer of its own, so one per strip
// (two per cell, hundreds in a long sentence) made every frame of a playback composite dozens of layers.
import type { ChainLayout } from './unrolled-chain.js';

/** Cells whose strips share one canvas: about a wide screen's worth, and small enough for any canvas size limit. */
export const CELLS_PER_TILE = 16;

/** A run of cells whose strips one canvas draws, and the box (in the chain's SVG units) that canvas covers. */
export interface StripTile {
  /** First cell in the run. */
  first: number;
  /** Last cell in the run (inclusive). */
  last: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One strip's place on its tile, relative to the tile's top left. */
export interface TileStrip {
  /** The cell it belongs to. */
  index: number;
  /** Which strip: the cell state c (top) or the hidden state h (bottom). */
  band: 'c' | 'h';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The tiles of a chain: runs of `perTile` cells, each covering its cells' strips from the top band to the bottom. */
export function stripTiles(layout: ChainLayout, perTile = CELLS_PER_TILE): StripTile[] {
  const { cells, cBand, hBand, inset, cellWidth } = layout;
  const top = (cBand ?? hBand).y;
  const tiles: StripTile[] = [];
  for (let first = 0; first < cells.length; first += perTile) {
    const last = Math.min(cells.length, first + perTile) - 1;
    const x = cells[first]!.x + inset;
    tiles.push({
      first,
      last,
      x,
      y: top,
      width: cells[last]!.x + cellWidth - inset - x,
      height: hBand.y + hBand.height - top
    });
  }
  return tiles;
}

/** Where each strip of the tile's cells sits on the tile. */
export function tileStrips(layout: ChainLayout, tile: StripTile): TileStrip[] {
  const width = layout.cellWidth - 2 * layout.inset;
  const strips: TileStrip[] = [];
  for (let index = tile.first; index <= tile.last; index++) {
    const x = layout.cells[index]!.x + layout.inset - tile.x;
    const bands = layout.cBand
      ? ([
          ['c', layout.cBand],
          ['h', layout.hBand]
        ] as const)
      : ([['h', layout.hBand]] as const);
    for (const [band, box] of bands)
      strips.push({ index, band, x, y: box.y - tile.y, width, height: box.height });
  }
  return strips;
}
