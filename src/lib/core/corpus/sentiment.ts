import { UnrolledError } from '../errors.js';
import { textToWordSequence } from './keras-words.js';
import { createRandom, type Random } from './random.js';
import {
  drawClause,
  type ClauseRates,
  type ClauseShape,
  type WrittenClause
} from './sentiment-clause.js';
import { sentimentLabel, type SentimentClause } from './sentiment-label.js';
import { weightedPicker } from './weighted.js';

/** The three kinds of sentiment sentence. */
export const SENTIMENT_KINDS = ['plain', 'negated', 'contrast'] as const;

/** A kind of sentiment sentence: one clause, one negated clause, or "X but Y". */
export type SentimentKind = (typeof SENTIMENT_KINDS)[number];

/** The most words a generated review has; short enough for small models to learn in minutes. */
export const MAX_SENTIMENT_WORDS = 20;

/** One labelled review sentence. */
export interface SentimentExample {
  /** The sentence as written. */
  text: string;
  /** Its words as a Keras Tokenizer with default filters splits them. */
  tokens: string[];
  /** 1 = positive, 0 = negative, by `sentimentLabel(parts)`. */
  label: 0 | 1;
  /** Which kind of sentence it is. */
  kind: SentimentKind;
  /** The clauses in order, as the labelling rule reads them. */
  parts: SentimentClause[];
}

/** How to draw sentiment examples. */
export interface SentimentOptions {
  /** Seed of the generator; default 1. */
  seed?: number;
  /** Relative weight of each kind; missing kinds weigh 0; default 1 each. */
  kinds?: Partial<Record<SentimentKind, number>>;
  /** Chance of an intensifier before an adjective; default 0.3. */
  intensifierRate?: number;
  /** Chance a film noun comes from the rare list; default 0.05. */
  rareNounRate?: number;
  /** Chance the sentiment word is a noun ("a mess"); default 0.15. */
  sentimentNounRate?: number;
}

const SINGLE_SHAPES: readonly ClauseShape[] = ['copula', 'found', 'phrase', 'fragment'];
const CONTRAST_SHAPES: readonly ClauseShape[] = ['copula', 'found', 'phrase'];
// Negation inside a contrast is kept rarer than "but" itself, so both lessons stay visible.
const CONTRAST_NEGATION_RATE = 0.25;

/**
 * `count` review sentences with balanced labels. The label is drawn first and the words are made
 * to fit it: a negated clause uses a word of the opposite sign, and the first half of a contrast
 * has the opposite sign of the second, so no single word gives the label away.
 */
export function generateSentimentExamples(
  count: number,
  options: SentimentOptions = {}
): SentimentExample[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new UnrolledError('bad-input', `count must be a whole number, got ${count}.`);
  }
  const { seed = 1, kinds = { plain: 1, negated: 1, contrast: 1 } } = options;
  const rates: ClauseRates = {
    intensifierRate: options.intensifierRate ?? 0.3,
    rareNounRate: options.rareNounRate ?? 0.05,
    sentimentNounRate: options.sentimentNounRate ?? 0.15
  };
  for (const [name, rate] of Object.entries(rates)) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new UnrolledError('bad-input', `${name} must be in [0, 1], got ${rate}.`);
    }
  }
  const random = createRandom(seed);
  const pickKind = weightedPicker(
    random,
    SENTIMENT_KINDS.map((kind) => kinds[kind] ?? 0)
  );

  const examples: SentimentExample[] = [];
  for (let i = 0; i < count; i++) {
    const kind = SENTIMENT_KINDS[pickKind()] as SentimentKind;
    const polarity: 1 | -1 = random.chance(0.5) ? 1 : -1;
    const written = drawClauses(random, kind, polarity, rates);
    const text = written.map((clause) => clause.text).join(' but ');
    const parts = written.map((clause) => clause.clause);
    examples.push({
      text,
      tokens: textToWordSequence(text),
      label: sentimentLabel(parts),
      kind,
      parts
    });
  }
  return examples;
}

/** The clauses of one sentence of the given kind, meaning `polarity` as a whole. */
function drawClauses(
  random: Random,
  kind: SentimentKind,
  polarity: 1 | -1,
  rates: ClauseRates
): WrittenClause[] {
  if (kind !== 'contrast') {
    return [drawClause(random, polarity, kind === 'negated', SINGLE_SHAPES, rates)];
  }
  const contrastClause = (sign: 1 | -1) =>
    drawClause(random, sign, random.chance(CONTRAST_NEGATION_RATE), CONTRAST_SHAPES, rates);
  const first = contrastClause(polarity === 1 ? -1 : 1);
  return [first, contrastClause(polarity)];
}
