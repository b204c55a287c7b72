// A digest of trained weights, so that `npm run train` can show it rebuilt an experiment's run exactly.
import { createHash } from 'node:crypto';
import type { CandidateResult } from '../../src/lib/tf/train/candidate.js';

/** SHA-256 of a run's weights (float32 bytes, in model order). */
export function weightsDigest(result: Pick<CandidateResult, 'weights'>): string {
  const hash = createHash('sha256');
  for (const { values } of result.weights) {
    hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }
  return hash.digest('hex');
}
