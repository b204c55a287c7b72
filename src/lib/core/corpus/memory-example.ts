import { UnrolledError } from '../errors.js';
import { textToWordSequence } from './keras-words.js';
import {
  MEMORY_COUNTRIES,
  MEMORY_LABELS,
  type MemoryCountry,
  type MemoryLanguage
} from './memory-vocabulary.js';

/** One sample of the memory task: the input ends where the language should come next. */
export interface MemoryExample {
  /** The sentence as people read it, without the language at the end. */
  text: string;
  /** The words a Keras Tokenizer with default filters would see (see `textToWordSequence`). */
  tokens: string[];
  /** The index of the country in `tokens`. */
  countryPosition: number;
  /** Index into `MEMORY_LABELS`. */
  label: number;
  /** The language to predict, `MEMORY_LABELS[label]`. */
  language: MemoryLanguage;
  /** The country that decides the label. */
  country: MemoryCountry;
  /** Tokens after the country up to the end of the input (the prediction point). */
  distance: number;
}

/** Assembles an example from its pieces: opening, country, distractor clauses, then the tail. */
export function memoryExample(
  opening: string,
  country: MemoryCountry,
  clauses: readonly string[],
  tail: string
): MemoryExample {
  let text = `${opening} ${country}`;
  for (const clause of clauses) text += `, ${clause}`;
  text += `, ${tail}`;
  const tokens = textToWordSequence(text);
  const countryPosition = textToWordSequence(opening).length;
  const label = MEMORY_COUNTRIES.indexOf(country);
  if (label === -1) throw new UnrolledError('bad-input', `Unknown country: ${String(country)}.`);
  return {
    text,
    tokens,
    countryPosition,
    label,
    language: MEMORY_LABELS[label] as MemoryLanguage,
    country,
    distance: tokens.length - 1 - countryPosition
  };
}
