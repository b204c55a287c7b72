/** One token of an input sequence: its text, its id in the model's vocabulary, and whether the vocabulary knew it. */
export interface Token {
  /** The token's text as it appears in the sentence (a word or a subword piece). */
  text: string;
  /** The integer id the model receives for this token. */
  id: number;
  /** True when the tokenizer did not know the text and used its out-of-vocabulary id (or a byte fallback). */
  oov?: boolean;
}
