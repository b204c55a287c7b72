import { kerasWords } from '../tokenize/keras-words.js';
import { KERAS_DEFAULT_FILTERS } from '../tokenize/word-tokenizer.js';

/** Splits text into words as Keras' `text_to_word_sequence` does with its defaults (lower-cased, default filters, split on spaces). */
export function textToWordSequence(text: string): string[] {
  return kerasWords(text, {
    filters: KERAS_DEFAULT_FILTERS,
    lower: true,
    split: ' ',
    charLevel: false
  });
}
