// The words of the long-range memory task. Each country maps to one language that no other
// country here shares, so the label is a function of the country alone.

/** The countries of the memory task; `MEMORY_LABELS[i]` is the language of `MEMORY_COUNTRIES[i]`. */
export const MEMORY_COUNTRIES = [
  'Ireland',
  'France',
  'Germany',
  'Spain',
  'Italy',
  'Portugal',
  'Greece',
  'Japan',
  'Poland',
  'Finland',
  'Hungary',
  'Turkey'
] as const;

/** The labels of the memory task: the language a model must predict, by label index. */
export const MEMORY_LABELS = [
  'Gaelic',
  'French',
  'German',
  'Spanish',
  'Italian',
  'Portuguese',
  'Greek',
  'Japanese',
  'Polish',
  'Finnish',
  'Hungarian',
  'Turkish'
] as const;

/** A country of the memory task. */
export type MemoryCountry = (typeof MEMORY_COUNTRIES)[number];

/** A language (label) of the memory task. */
export type MemoryLanguage = (typeof MEMORY_LABELS)[number];

/** What comes before the country; never counted in the distance. */
export const MEMORY_OPENINGS = [
  'I lived in',
  'I grew up in',
  'as a child I lived in',
  'my family lived in',
  'we used to live in'
] as const;

/** The course's own ending: 10 tokens from the country to the point of prediction. */
export const COURSE_TAIL = 'so at school they made me learn how to speak';

/** Endings that lead up to the language, of 2 to 10 tokens; the language itself is never written. */
export const MEMORY_TAILS = [
  'and speak',
  'so I speak',
  'so now I speak',
  'so I learned to speak',
  'so at home we spoke',
  'so at home we all spoke',
  'so at school I had to learn',
  'so at school they taught me to speak',
  COURSE_TAIL
] as const;

/**
 * Neutral clauses put between the country and the ending. None names a place or a language, and
 * they are drawn without looking at the country, so they say nothing about the label. Lengths run
 * from 1 to 8 tokens so that any gap can be filled exactly.
 */
export const DISTRACTOR_CLAUSES = [
  'and the weather was often cold',
  'my brother played football every weekend',
  'our house was next to a river',
  'and we had a small garden',
  'my father worked at the bakery',
  'the bus was always late',
  'we kept two cats and a dog',
  'my uncle fixed old cars in the garage',
  'the summers were short',
  'my sister collected old stamps',
  'and every morning we walked along the beach',
  'and my mother liked to paint',
  'the library opened at nine',
  'we walked to the park on Sundays',
  'our neighbours grew tomatoes',
  'and I rode my bike everywhere',
  'my grandmother told long stories',
  'the trains were usually on time',
  'we moved house twice',
  'and the streets were narrow',
  'we ate dinner at six',
  'and the winters felt very long',
  'my friends lived nearby',
  'when I was young',
  'it rained a lot',
  'at the time',
  'for a while',
  'with my family',
  'back then',
  'years ago',
  'most days',
  'every year',
  'anyway',
  'honestly',
  'apparently',
  'basically'
] as const;
