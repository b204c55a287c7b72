import { UnrolledError } from '../errors.js';

/** Options of padSequences, with Keras's pad_sequences defaults. */
export interface PadOptions {
  /** Length of every row; defaults to the longest sequence. */
  maxlen?: number;
  /** Where the padding goes. Default 'pre'. */
  padding?: 'pre' | 'post';
  /** Which end of a too-long sequence is cut. Default 'pre' (keeps the last maxlen ids). */
  truncating?: 'pre' | 'post';
  /** The padding id. Default 0. */
  value?: number;
}

/** Keras's pad_sequences: every sequence cut or padded to the same length. */
export function padSequences(
  sequences: readonly (readonly number[])[],
  options: PadOptions = {}
): number[][] {
  const { padding = 'pre', truncating = 'pre', value = 0 } = options;
  const maxlen = options.maxlen ?? sequences.reduce((longest, s) => Math.max(longest, s.length), 0);
  if (!Number.isInteger(maxlen) || maxlen < 0) {
    throw new UnrolledError('bad-input', `maxlen must be a whole number ≥ 0, not ${maxlen}`);
  }
  return sequences.map((sequence) => {
    const kept =
      truncating === 'pre'
        ? sequence.slice(Math.max(0, sequence.length - maxlen))
        : sequence.slice(0, maxlen);
    const fill: number[] = new Array<number>(maxlen - kept.length).fill(value);
    return padding === 'pre' ? [...fill, ...kept] : [...kept, ...fill];
  });
}
