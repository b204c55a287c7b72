// Painting the chain's strips onto a tile canvas (see geometry/layout/chain-tiles.ts): every strip is copied from
// one atlas of the sentence's pixels, and only the strips that appear or disappear as the cursor moves are touched,
// so a step of a playback changes one tile's texture, not all of them.
import type { ChainCell, ChainLayout } from '../geometry/layout/unrolled-chain.js';
import type { StripTile, TileStrip } from '../geometry/layout/chain-tiles.js';
import { tileStrips } from '../geometry/layout/chain-tiles.js';
import { paintPixels } from './paint-pixels.js';

// Each strip is written on three rows and copied from the middle one, so that smoothing, which samples the
// neighbouring rows, sees the same colours and no strip bleeds into the next.
const ROWS_PER_STRIP = 3;

/** The middle row of a cell's strip in the atlas (c first, then h). */
function atlasRow(index: number, band: 'c' | 'h'): number {
  return (index * 2 + (band === 'c' ? 0 : 1)) * ROWS_PER_STRIP + 1;
}

/** Every strip of the chain as one picture, a row per strip, for the tiles to copy from (never shown itself). */
export function stripAtlas(cells: readonly ChainCell[]): HTMLCanvasElement {
  const width = Math.max(1, ...cells.map((cell) => cell.h.width));
  const height = Math.max(1, cells.length * 2 * ROWS_PER_STRIP);
  const rgb = new Uint8Array(width * height * 3);
  cells.forEach((cell, index) => {
    for (const band of ['c', 'h'] as const) {
      const strip = band === 'c' ? cell.c : cell.h;
      const middle = atlasRow(index, band);
      if (strip)
        for (const row of [middle - 1, middle, middle + 1]) rgb.set(strip.rgb, row * width * 3);
    }
  });
  const atlas = document.createElement('canvas');
  paintPixels(atlas, { width, height, rgb });
  return atlas;
}

/** Draws one tile's strips at `density` canvas pixels per CSS pixel and shows or hides each as the cursor moves. */
export class StripTilePainter {
  readonly #context: CanvasRenderingContext2D | null;
  readonly #strips: TileStrip[];
  readonly #shown: boolean[];

  constructor(
    canvas: HTMLCanvasElement,
    private readonly atlas: HTMLCanvasElement,
    private readonly layout: ChainLayout,
    tile: StripTile,
    private readonly density: number
  ) {
    canvas.width = Math.max(1, Math.round(tile.width * density));
    canvas.height = Math.max(1, Math.round(tile.height * density));
    this.#context = canvas.getContext('2d');
    this.#strips = tileStrips(layout, tile);
    this.#shown = this.#strips.map(() => false);
    if (this.#context) {
      // Squeezed strips average their units (as the browser scales an image), crisp ones keep each unit a block.
      this.#context.imageSmoothingEnabled = layout.rendering === 'auto';
      this.#context.imageSmoothingQuality = 'high';
    }
  }

  /** Shows the strips of the cells `visible` accepts and clears the others, touching only those that change. */
  show(visible: (index: number) => boolean): void {
    const context = this.#context;
    if (!context) return;
    this.#strips.forEach((strip, i) => {
      const wanted = visible(strip.index);
      if (wanted === this.#shown[i]) return;
      this.#shown[i] = wanted;
      const x = Math.round(strip.x * this.density);
      const y = Math.round(strip.y * this.density);
      const width = Math.round((strip.x + strip.width) * this.density) - x;
      const height = Math.round((strip.y + strip.height) * this.density) - y;
      context.clearRect(x, y, width, height);
      if (!wanted) return;
      const units = this.layout.cells[strip.index]![strip.band]?.width ?? 0;
      if (units > 0)
        context.drawImage(
          this.atlas,
          0,
          atlasRow(strip.index, strip.band),
          units,
          1,
          x,
          y,
          width,
          height
        );
    });
  }
}
