// Painting a picture of unit colours onto a canvas: the pixels go straight in, with no image URL a page's
// Content-Security-Policy would have to allow.
import type { Pixels } from '../geometry/unit-strip.js';

/** Sizes `canvas` to the picture and paints its pixels (opaque). */
export function paintPixels(canvas: HTMLCanvasElement, pixels: Pixels): void {
  const { width, height, rgb } = pixels;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(width, height);
  const { data } = image;
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    data[j] = rgb[i]!;
    data[j + 1] = rgb[i + 1]!;
    data[j + 2] = rgb[i + 2]!;
    data[j + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}
