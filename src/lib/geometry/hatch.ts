// Diagonal hatching as plain path data (no SVG pattern, whose id would have to be unique on the page).

/** SVG path data of 45° lines `gap` apart filling the rectangle (x, y, width, height), clipped to it. */
export function hatchPath(x: number, y: number, width: number, height: number, gap = 6): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  const segments: string[] = [];
  // Lines u + v = c, with u rightwards and v upwards from the bottom-left corner.
  for (let c = gap / 2; c < width + height; c += gap) {
    const u0 = Math.max(0, c - height);
    const u1 = Math.min(c, width);
    segments.push(
      `M${f(x + u0)},${f(y + height - (c - u0))}L${f(x + u1)},${f(y + height - (c - u1))}`
    );
  }
  return segments.join('');
}
