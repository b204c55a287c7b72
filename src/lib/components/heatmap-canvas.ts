// Copies a heatmap's pixels (one per cell) onto a canvas at its CSS size × device pixel ratio, and hatches masked steps.

/** What to draw: the image from heatmapPixels, its size in cells and on screen, and the masked steps. */
export interface HeatmapPaint {
  /** RGBA, `steps` wide and `units` tall. */
  pixels: Uint8ClampedArray<ArrayBuffer>;
  /** Columns of the image. */
  steps: number;
  /** Rows of the image. */
  units: number;
  /** CSS size of the plot. */
  width: number;
  /** CSS size of the plot. */
  height: number;
  /** Device pixels per CSS pixel. */
  dpr: number;
  /** Steps to hatch. */
  masked: readonly number[];
}

/** Paints a heatmap: one drawImage of a cell-sized bitmap, scaled up without smoothing so cells stay crisp. */
export function paintHeatmap(canvas: HTMLCanvasElement, paint: HeatmapPaint): void {
  canvas.width = Math.max(1, Math.round(paint.width * paint.dpr));
  canvas.height = Math.max(1, Math.round(paint.height * paint.dpr));
  const context = canvas.getContext('2d');
  if (!context || paint.steps === 0 || paint.units === 0) return;
  const source = document.createElement('canvas');
  source.width = paint.steps;
  source.height = paint.units;
  source
    .getContext('2d')
    ?.putImageData(new ImageData(paint.pixels, paint.steps, paint.units), 0, 0);
  context.imageSmoothingEnabled = false;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  hatch(context, canvas, paint.masked, canvas.width / paint.steps);
}

/** Diagonal stripes in the page background colour over masked columns: the gates there were not used. */
function hatch(
  context: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement,
  masked: readonly number[],
  column: number
): void {
  if (masked.length === 0) return;
  context.strokeStyle =
    getComputedStyle(canvas).getPropertyValue('--unrolled-bg').trim() || 'white';
  context.lineWidth = Math.max(1, column / 6);
  const gap = Math.max(4, column / 2);
  for (const t of masked) {
    context.save();
    context.beginPath();
    context.rect(t * column, 0, column, canvas.height);
    context.clip();
    context.beginPath();
    for (let y = -column; y < canvas.height + column; y += gap) {
      context.moveTo(t * column, y + column);
      context.lineTo(t * column + column, y);
    }
    context.stroke();
    context.restore();
  }
}
