// Whether a trace's check passes, and how to say so. A replay passes when it matches tfjs within the
// tolerance, or when a float64 replay of the same weights shows it at least as close to exact
// arithmetic as tfjs is (within a small factor), or within an absolute floor of it.
import type { TraceCheck } from './types.js';

/** The largest replay–tfjs difference that passes without the float64 reference. */
export const CHECK_TOLERANCE = 1e-5;
/** How much farther from exact than tfjs the replay may be and still pass (float32 rounding orders differ). */
export const REFERENCE_FACTOR = 4;
/** A replay this close to the float64 value passes whatever tfjs does. */
export const REFERENCE_FLOOR = 1e-6;
/** Above this replay–tfjs difference the check fails whatever the reference says (final outputs have no reference). */
export const CHECK_CAP = 1e-3;

/** 'match': within tolerance of tfjs; 'float32': differs from tfjs, but no farther from exact than float32 rounding; 'failed'. */
export type CheckVerdict = 'match' | 'float32' | 'failed';

/** Largest |a − b| (divided by max(1, |b|) when relative); NaN anywhere counts as Infinity. */
export function maxDistance(
  mine: ArrayLike<number>,
  theirs: ArrayLike<number>,
  relative: boolean,
  count = theirs.length
): number {
  let worst = 0;
  for (let i = 0; i < count; i++) {
    const reference = theirs[i]!;
    const diff = Math.abs(mine[i]! - reference) / (relative ? Math.max(1, Math.abs(reference)) : 1);
    // NaN must never pass a check silently.
    worst = Number.isNaN(diff) ? Infinity : Math.max(worst, diff);
  }
  return worst;
}

/** The verdict on a check (tolerance: the plain replay–tfjs bound, CHECK_TOLERANCE by default). */
export function checkVerdict(check: TraceCheck, tolerance = CHECK_TOLERANCE): CheckVerdict {
  if (check.maxAbsDiff <= tolerance) return 'match';
  const reference = check.reference;
  if (reference === undefined || check.maxAbsDiff > CHECK_CAP) return 'failed';
  const bound = Math.max(REFERENCE_FACTOR * reference.tfjs, REFERENCE_FLOOR);
  return reference.replay <= bound ? 'float32' : 'failed';
}

function exp(value: number): string {
  return value === 0 ? '0' : value.toExponential(1);
}

/** One sentence on a check for readers, e.g. "differs from tfjs by 1.1e-5; both are within float32 rounding of the exact value". */
export function checkSentence(check: TraceCheck, tolerance = CHECK_TOLERANCE): string {
  const verdict = checkVerdict(check, tolerance);
  const reference = check.reference;
  const exact =
    reference === undefined
      ? ''
      : ` (from a float64 replay: unrolled ${exp(reference.replay)}, tfjs ${exp(reference.tfjs)})`;
  if (verdict === 'match') return `matches tfjs within ${exp(check.maxAbsDiff)}${exact}`;
  if (verdict === 'float32') {
    return `differs from tfjs by ${exp(check.maxAbsDiff)}; both are within float32 rounding of the exact value${exact}`;
  }
  return `differs from tfjs by ${exp(check.maxAbsDiff)}, more than float32 rounding explains${exact}`;
}
