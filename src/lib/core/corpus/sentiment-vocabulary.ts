// The words of the sentiment task. Sentiment lives only in the sentiment words below; film nouns,
// intensifiers and the template words are neutral, so a model has to read the right word.

/** Everyday film nouns, the subjects of most sentences. */
export const FILM_NOUNS = [
  'film',
  'movie',
  'plot',
  'acting',
  'script',
  'ending',
  'soundtrack',
  'cast',
  'story',
  'dialogue',
  'music',
  'direction',
  'pacing',
  'humour'
] as const;

/** Rarer film nouns, mixed in now and then so a capped vocabulary meets unknown words. */
export const RARE_FILM_NOUNS = [
  'cinematography',
  'screenplay',
  'sequel',
  'remake',
  'finale',
  'premise',
  'score',
  'editing',
  'villain',
  'narration',
  'casting',
  'lighting'
] as const;

/** Film nouns that take no article ("great acting", not "a great acting"). */
export const UNCOUNTABLE_NOUNS: ReadonlySet<string> = new Set([
  'acting',
  'dialogue',
  'music',
  'direction',
  'pacing',
  'humour',
  'cinematography',
  'editing',
  'narration',
  'casting',
  'lighting'
]);

/** Adjectives that praise. */
export const POSITIVE_ADJECTIVES = [
  'good',
  'great',
  'excellent',
  'wonderful',
  'brilliant',
  'superb',
  'clever',
  'beautiful',
  'charming',
  'gripping',
  'enjoyable',
  'fantastic'
] as const;

/** Adjectives that criticise. */
export const NEGATIVE_ADJECTIVES = [
  'bad',
  'terrible',
  'awful',
  'boring',
  'dull',
  'weak',
  'poor',
  'horrible',
  'clumsy',
  'tedious',
  'bland',
  'dreadful'
] as const;

/** Nouns that praise ("the film was a masterpiece"). */
export const POSITIVE_NOUNS = ['masterpiece', 'delight', 'triumph', 'treat', 'joy', 'gem'] as const;

/** Nouns that criticise ("the plot was a mess"). */
export const NEGATIVE_NOUNS = ['mess', 'disaster', 'bore', 'letdown', 'failure', 'chore'] as const;

/** Words that strengthen a sentiment word without changing its sign. */
export const INTENSIFIERS = ['very', 'really', 'extremely', 'truly', 'incredibly'] as const;

/**
 * Words that negate their clause. Contractions are single words ("wasn't"), as a Keras Tokenizer
 * with default filters keeps the apostrophe inside the word.
 */
export const NEGATORS = ['not', 'never', "wasn't", "isn't", "didn't"] as const;
