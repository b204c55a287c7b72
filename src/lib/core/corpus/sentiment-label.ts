import { UnrolledError } from '../errors.js';
import {
  NEGATIVE_ADJECTIVES,
  NEGATIVE_NOUNS,
  POSITIVE_ADJECTIVES,
  POSITIVE_NOUNS
} from './sentiment-vocabulary.js';

/** What decides the sentiment of one clause. */
export interface SentimentClause {
  /** The sentiment word (an adjective or noun from the sentiment vocabulary). */
  word: string;
  /** True when the clause is negated ("not", "never", "wasn't", ...). */
  negated: boolean;
  /** The intensifier in front of the word, if any; it never changes the label. */
  intensifier?: string;
}

const POLARITY = {
  positive: new Set<string>([...POSITIVE_ADJECTIVES, ...POSITIVE_NOUNS]),
  negative: new Set<string>([...NEGATIVE_ADJECTIVES, ...NEGATIVE_NOUNS])
};

/** The polarity of a sentiment word: 1 praises, -1 criticises, 0 for words outside the vocabulary. */
export function sentimentPolarity(word: string): 1 | -1 | 0 {
  if (POLARITY.positive.has(word)) return 1;
  if (POLARITY.negative.has(word)) return -1;
  return 0;
}

/**
 * The label of a sentence given its clauses in order (clauses joined by "but"): the last clause
 * decides; its polarity is the word's polarity, flipped once if negated; intensifiers are ignored.
 * 1 = positive, 0 = negative.
 */
export function sentimentLabel(parts: readonly SentimentClause[]): 0 | 1 {
  const last = parts.at(-1);
  if (last === undefined) throw new UnrolledError('bad-input', 'A sentence needs a clause.');
  const polarity = sentimentPolarity(last.word);
  if (polarity === 0) {
    throw new UnrolledError('bad-input', `"${last.word}" is not a sentiment word.`);
  }
  return (last.negated ? -polarity : polarity) > 0 ? 1 : 0;
}
