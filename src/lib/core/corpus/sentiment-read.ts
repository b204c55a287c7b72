import { textToWordSequence } from './keras-words.js';
import { sentimentPolarity, type SentimentClause } from './sentiment-label.js';
import { INTENSIFIERS, NEGATORS } from './sentiment-vocabulary.js';

const NEGATOR_WORDS = new Set<string>(NEGATORS);
const INTENSIFIER_WORDS = new Set<string>(INTENSIFIERS);

/**
 * Reads the clauses of a review sentence written with this corpus's vocabulary: split at "but",
 * then in each clause the first sentiment word, whether a negator comes before it, and the
 * intensifier just before it. Undefined when a clause has no sentiment word.
 */
export function readSentimentParts(text: string): SentimentClause[] | undefined {
  const clauses: string[][] = [[]];
  for (const word of textToWordSequence(text)) {
    if (word === 'but') clauses.push([]);
    else clauses.at(-1)?.push(word);
  }
  const parts: SentimentClause[] = [];
  for (const words of clauses) {
    const at = words.findIndex((word) => sentimentPolarity(word) !== 0);
    if (at === -1) return undefined;
    const before = words[at - 1];
    const negated = words.slice(0, at).some((word) => NEGATOR_WORDS.has(word));
    const word = words[at] as string;
    parts.push(
      before !== undefined && INTENSIFIER_WORDS.has(before)
        ? { word, negated, intensifier: before }
        : { word, negated }
    );
  }
  return parts;
}
