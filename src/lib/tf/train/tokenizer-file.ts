// The tokenizer's file name inside a model folder, by tokenizer kind.
import type { Tokenizer } from '../../core/tokenize/types.js';

/** The tokenizer's file name: Keras JSON for word tokenizers, a TFDS vocabulary for subwords. */
export function tokenizerFileName(tokenizer: Tokenizer): string {
  return tokenizer.kind === 'word' ? 'tokenizer.json' : 'tokenizer.subwords';
}
