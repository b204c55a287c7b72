// The learning-rate schedule of every training run.

/** The full rate for the first half of training, then a cosine ease down to a tenth. */
export function learningRateAt(base: number, fractionDone: number): number {
  if (fractionDone < 0.5) return base;
  const progress = Math.min(1, (fractionDone - 0.5) / 0.5);
  return base * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
}

/** The schedule in words, for meta.json. */
export const SCHEDULE_TEXT =
  'constant for the first half of the updates, then a cosine ease down to a tenth';
