/** One piece of an encoded sentence, with where it came from in the original text. */
export interface TokenPiece {
  /** The piece as a reader should see it: a word as typed, or a subword such as "Ire" or "land_". */
  text: string;
  /** The id the model receives; -1 when the piece reaches the model as nothing (a dropped word). */
  id: number;
  /** First UTF-16 index of the piece in the original text. */
  start: number;
  /** One past the last UTF-16 index of the piece in the original text. */
  end: number;
  /** True when the vocabulary did not know the piece (OOV id, dropped word or byte fallback). */
  oov: boolean;
}

/** A word of a Keras word tokenizer, as encodeWithSpans reports it. */
export interface WordPiece extends TokenPiece {
  /** The normalised word looked up in word_index (lower-cased, filtered), e.g. "ireland". */
  word: string;
  /** True when Keras would emit no id at all for this word (unknown or cut by num_words, no OOV token); id is then -1. */
  dropped: boolean;
}

/** A piece of a subword tokenizer, as encodeWithSpans reports it. */
export interface SubwordPiece extends TokenPiece {
  /** True when the piece is one UTF-8 byte of a character the vocabulary does not cover. */
  byteFallback: boolean;
}

/** What every unrolled tokenizer offers, whichever file it was loaded from. */
export interface Tokenizer {
  /** 'word' for a Keras Tokenizer, 'subword' for a TFDS SubwordTextEncoder. */
  readonly kind: 'word' | 'subword';
  /** One more than the largest id encode can return (id 0 is padding): the embedding's input size. */
  readonly vocabSize: number;
  /** The ids the model receives for a text. */
  encode(text: string): number[];
  /** Every piece of the text with its id and its span in the original text, in order. */
  encodeWithSpans(text: string): TokenPiece[];
  /** Text back from ids (padding 0 is skipped). */
  decode(ids: readonly number[]): string;
  /** The file text that loadTokenizer reads back: Keras to_json() or a .subwords vocabulary. */
  serialize(): string;
}
