// The sentences the explainer's chapters show, traced ahead of time from the shipped models (static/traces/).

/** One precomputed trace: a file name, the shipped model, and its input (a sentence, or raw ids). */
export interface SiteSentence {
  /** File name under /traces/, without .json. */
  name: string;
  /** Shipped model id. */
  model: string;
  /** The sentence (tokenized with the model's own tokenizer). */
  text?: string;
  /** Raw ids, for models without a tokenizer. */
  ids?: number[];
}

/** The course notes' example sentence. */
export const IRELAND = 'I lived in Ireland, so at school they made me learn how to speak';
/** A review with a contrast and a negation, for the sentiment models. */
export const REVIEW = 'the acting was great but the plot was not good';

/** The same words in two orders with opposite meanings: a bag of words cannot tell them apart, a recurrent model can. */
export const WORD_ORDERS = ['bad acting but good plot', 'good acting but bad plot'] as const;

/** Every shipped model (static/models/<id>/), in the order the site lists them. */
export const SHIPPED_MODELS = [
  'memory-rnn',
  'memory-lstm',
  'memory-gru',
  'memory-rnn-curriculum',
  'sentiment-bilstm',
  'sentiment-stacked-bilstm',
  'sentiment-gru',
  'fibonacci'
] as const;

/** The memory models, in the order the chapters compare them. */
export const MEMORY_MODELS = ['memory-rnn', 'memory-lstm', 'memory-gru'] as const;
/** Extra distractor tokens the /memory slider offers. */
export const MEMORY_GAPS = Array.from({ length: 31 }, (_, gap) => gap);

/** Every precomputed trace the site serves. */
export const SITE_SENTENCES: SiteSentence[] = [
  ...[...MEMORY_MODELS, 'memory-rnn-curriculum'].map((model) => ({
    name: `${model}-ireland`,
    model,
    text: IRELAND
  })),
  ...['sentiment-bilstm', 'sentiment-stacked-bilstm', 'sentiment-gru'].map((model) => ({
    name: `${model}-review`,
    model,
    text: REVIEW
  })),
  ...WORD_ORDERS.map((text, index) => ({
    name: `sentiment-bilstm-order-${index + 1}`,
    model: 'sentiment-bilstm',
    text
  })),
  {
    name: 'fibonacci-30',
    model: 'fibonacci',
    ids: Array.from({ length: 30 }, (_, i) => (i === 0 ? 1 : 0))
  }
];

/** A copy of a trace (or any JSON value) with numbers rounded to 6 decimals: files stay small, figures unchanged. */
export function roundTrace<T>(value: T): T {
  const round = (v: unknown): unknown =>
    typeof v === 'number'
      ? Math.round(v * 1e6) / 1e6
      : Array.isArray(v)
        ? v.map(round)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, round(inner)]))
          : v;
  return round(value) as T;
}
