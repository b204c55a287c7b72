// How the site prints a gradient or state norm: on its own, so prose that quotes one does not pull in a chart's layout.

/** A norm for people: 3 significant digits, exponent form below 0.001. */
export function formatNorm(value: number): string {
  if (value === 0) return '0';
  return value < 1e-3 || value >= 1e4
    ? value.toExponential(1)
    : String(Number(value.toPrecision(3)));
}
