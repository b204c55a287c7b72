import { UnrolledError } from '../errors.js';

/** The distance buckets used to report accuracy by gap, shortest first. */
export const DISTANCE_BUCKETS = ['2–4', '5–8', '9–16', '17–24', '25–32', '33–40', '41+'] as const;

/** A distance bucket label. */
export type DistanceBucket = (typeof DISTANCE_BUCKETS)[number];

const UPPER_BOUNDS = [4, 8, 16, 24, 32, 40] as const;

/** The bucket of a distance of at least 2 tokens: distanceBucket(10) → '9–16'. */
export function distanceBucket(distance: number): DistanceBucket {
  if (!Number.isInteger(distance) || distance < 2) {
    throw new UnrolledError('bad-input', `A distance is an integer ≥ 2, got ${distance}.`);
  }
  const index = UPPER_BOUNDS.findIndex((upper) => distance <= upper);
  return DISTANCE_BUCKETS[index === -1 ? UPPER_BOUNDS.length : index] as DistanceBucket;
}
