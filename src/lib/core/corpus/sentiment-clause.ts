import type { Random } from './random.js';
import type { SentimentClause } from './sentiment-label.js';
import {
  FILM_NOUNS,
  INTENSIFIERS,
  NEGATIVE_ADJECTIVES,
  NEGATIVE_NOUNS,
  POSITIVE_ADJECTIVES,
  POSITIVE_NOUNS,
  RARE_FILM_NOUNS,
  UNCOUNTABLE_NOUNS
} from './sentiment-vocabulary.js';

const NEGATED_COPULAS = {
  was: ['was not', 'was never', "wasn't"],
  is: ['is not', 'is never', "isn't"]
} as const;

const SENTIMENT_NOUNS = new Set<string>([...POSITIVE_NOUNS, ...NEGATIVE_NOUNS]);

// "a" or "an" by the first letter, which is right for every word in this vocabulary.
function withArticle(phrase: string): string {
  return `${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** The sentence shapes a clause can take. */
export type ClauseShape = 'copula' | 'found' | 'phrase' | 'fragment';

/** How often optional pieces appear in a clause. */
export interface ClauseRates {
  /** Chance of an intensifier before an adjective. */
  intensifierRate: number;
  /** Chance the film noun comes from the rare list. */
  rareNounRate: number;
  /** Chance the sentiment word is a noun ("a mess") rather than an adjective. */
  sentimentNounRate: number;
}

/** A written clause and the parts that decide its label. */
export interface WrittenClause {
  /** The clause text. */
  text: string;
  /** Its sentiment word, negation and intensifier. */
  clause: SentimentClause;
}

/**
 * A random clause whose meaning has the given polarity (1 positive, -1 negative), negated or not.
 * Negated negative words never get an intensifier: "not very bad" does not mean "good", so the
 * simple flip rule would mislabel it.
 */
export function drawClause(
  random: Random,
  polarity: 1 | -1,
  negated: boolean,
  shapes: readonly ClauseShape[],
  rates: ClauseRates
): WrittenClause {
  const wordPolarity = negated ? -polarity : polarity;
  const noun = random.chance(rates.rareNounRate)
    ? random.pick(RARE_FILM_NOUNS)
    : random.pick(FILM_NOUNS);
  if (random.chance(rates.sentimentNounRate)) {
    const word = random.pick(wordPolarity > 0 ? POSITIVE_NOUNS : NEGATIVE_NOUNS);
    return {
      text: writeClause(random, 'copula', { word, negated }, noun),
      clause: { word, negated }
    };
  }
  const word = random.pick(wordPolarity > 0 ? POSITIVE_ADJECTIVES : NEGATIVE_ADJECTIVES);
  const mayIntensify = !(negated && wordPolarity < 0);
  const clause: SentimentClause =
    mayIntensify && random.chance(rates.intensifierRate)
      ? { word, negated, intensifier: random.pick(INTENSIFIERS) }
      : { word, negated };
  return { text: writeClause(random, random.pick(shapes), clause, noun), clause };
}

/** Writes a clause in one shape; the random source only chooses among equivalent wordings. */
export function writeClause(
  random: Random,
  shape: ClauseShape,
  clause: SentimentClause,
  noun: string
): string {
  const { word, negated, intensifier } = clause;
  const degree = intensifier === undefined ? word : `${intensifier} ${word}`;
  switch (shape) {
    case 'copula': {
      const tense = random.pick(['was', 'is'] as const);
      const verb = negated ? random.pick(NEGATED_COPULAS[tense]) : tense;
      const isNoun = SENTIMENT_NOUNS.has(word);
      return `the ${noun} ${verb} ${isNoun ? withArticle(degree) : degree}`;
    }
    case 'found': {
      const verb = negated ? random.pick(['never found', "didn't find", 'did not find']) : 'found';
      return `I ${verb} the ${noun} ${degree}`;
    }
    case 'phrase': {
      const phrase = `${degree} ${noun}`;
      const bare = UNCOUNTABLE_NOUNS.has(noun) ? phrase : withArticle(phrase);
      return negated ? `not ${bare}` : bare;
    }
    case 'fragment':
      return negated ? `not ${degree} at all` : `${degree} from start to finish`;
  }
}
