import { describe, expect, it } from 'vitest';
import { padSequences } from '$lib/core/tokenize/index.js';
import { UnrolledError } from '$lib/core/errors.js';

// The examples of tf.keras.preprocessing.sequence.pad_sequences's docstring.
const sequence = [[1], [2, 3], [4, 5, 6]];

describe('padSequences(sequences, options)', () => {
  it('pads in front to the longest by default', () =>
    expect(padSequences(sequence)).toEqual([
      [0, 0, 1],
      [0, 2, 3],
      [4, 5, 6]
    ]));
  it('pads with value', () =>
    expect(padSequences(sequence, { value: -1 })).toEqual([
      [-1, -1, 1],
      [-1, 2, 3],
      [4, 5, 6]
    ]));
  it("pads at the end with padding: 'post'", () =>
    expect(padSequences(sequence, { padding: 'post' })).toEqual([
      [1, 0, 0],
      [2, 3, 0],
      [4, 5, 6]
    ]));
  it('cuts the front with maxlen (truncating pre)', () =>
    expect(padSequences(sequence, { maxlen: 2 })).toEqual([
      [0, 1],
      [2, 3],
      [5, 6]
    ]));
  it("cuts the end with truncating: 'post'", () =>
    expect(padSequences(sequence, { maxlen: 2, truncating: 'post', padding: 'post' })).toEqual([
      [1, 0],
      [2, 3],
      [4, 5]
    ]));
  it('fills empty sequences and handles no sequences', () => {
    expect(padSequences([[], [7]], { maxlen: 2 })).toEqual([
      [0, 0],
      [0, 7]
    ]);
    expect(padSequences([])).toEqual([]);
    expect(padSequences([[1, 2]], { maxlen: 0 })).toEqual([[]]);
  });
  it('does not change its input', () => {
    const input = [[1, 2, 3]];
    padSequences(input, { maxlen: 1 });
    expect(input).toEqual([[1, 2, 3]]);
  });
  it('rejects a negative or fractional maxlen', () => {
    expect(() => padSequences(sequence, { maxlen: -1 })).toThrow(UnrolledError);
    expect(() => padSequences(sequence, { maxlen: 1.5 })).toThrow(/maxlen/);
  });
});
