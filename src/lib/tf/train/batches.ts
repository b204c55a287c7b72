// Mini-batches of sequences that all have the same length, so training needs no padding and no
// mask: what the model learns is exactly what it does on an unpadded sentence.
import type { Random } from '../../core/corpus/random.js';

/** One encoded example: token ids and its target (a class index, or 0/1). */
export interface Encoded {
  /** Token ids, no padding. */
  ids: number[];
  /** The label. */
  label: number;
  /** The group it is scored in (a distance bucket, a sentence kind); none: scored overall only. */
  bucket?: string;
}

/** Examples grouped by length and cut into batches of at most `size`, in shuffled order. */
export function sameLengthBatches(
  examples: readonly Encoded[],
  size: number,
  random: Random
): Encoded[][] {
  const byLength = new Map<number, Encoded[]>();
  for (const example of random.shuffle(examples)) {
    const group = byLength.get(example.ids.length) ?? [];
    group.push(example);
    byLength.set(example.ids.length, group);
  }
  const batches: Encoded[][] = [];
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  for (const length of lengths) {
    const group = byLength.get(length)!;
    for (let start = 0; start < group.length; start += size) {
      batches.push(group.slice(start, start + size));
    }
  }
  return random.shuffle(batches);
}

/** Examples in shuffled batches of `size`, each sequence pre-padded with 0 to its batch's longest. */
export function paddedBatches(
  examples: readonly Encoded[],
  size: number,
  random: Random
): Encoded[][] {
  const shuffled = random.shuffle(examples);
  const batches: Encoded[][] = [];
  for (let start = 0; start < shuffled.length; start += size) {
    const batch = shuffled.slice(start, start + size);
    const longest = Math.max(...batch.map((example) => example.ids.length));
    batches.push(
      batch.map(({ ids, label }) => ({
        ids: [...new Array<number>(longest - ids.length).fill(0), ...ids],
        label
      }))
    );
  }
  return batches;
}
