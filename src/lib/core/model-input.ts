// From a sentence a reader typed to the tokens a shipped model reads: tokenize, drop what the model never sees,
// and cap the length so a pasted novel cannot freeze a page.
import type { TokenPiece } from './tokenize/types.js';
import type { TraceToken } from './trace/types.js';

/** The most characters a sentence may have before it is cut (and the reader told). */
export const MAX_SENTENCE_CHARACTERS = 1000;
/** The most tokens a sentence may have before it is cut (and the reader told). */
export const MAX_SENTENCE_TOKENS = 200;

/** Something that splits text into pieces with ids (both unrolled tokenizers do). */
export interface PieceTokenizer {
  encodeWithSpans(text: string): TokenPiece[];
}

/** A sentence ready for a model: its tokens, which pieces were unknown, and whether it was cut. */
export interface EncodedSentence {
  /** The text actually encoded (after the character cap). */
  text: string;
  /** Tokens the model reads, in order, with the text each came from. */
  tokens: TraceToken[];
  /** Out-of-vocabulary pieces (mapped to the OOV id, dropped, or spelled by bytes), as typed. */
  unknown: string[];
  /** True when the sentence was longer than the caps and was cut. */
  truncated: boolean;
}

/** Encodes a sentence with a model's tokenizer: dropped words are left out, and the text and tokens are capped. */
export function encodeSentence(
  tokenizer: PieceTokenizer,
  sentence: string,
  { maxCharacters = MAX_SENTENCE_CHARACTERS, maxTokens = MAX_SENTENCE_TOKENS } = {}
): EncodedSentence {
  const cutText = sentence.length > maxCharacters;
  const text = cutText ? sentence.slice(0, maxCharacters) : sentence;
  const pieces = tokenizer.encodeWithSpans(text);
  const kept = pieces.filter((piece) => piece.id >= 0);
  const cutTokens = kept.length > maxTokens;
  const shown = cutTokens ? kept.slice(0, maxTokens) : kept;
  return {
    text,
    tokens: shown.map((piece) => ({
      text: text.slice(piece.start, piece.end) || piece.text,
      id: piece.id
    })),
    unknown: pieces
      .filter((piece) => piece.oov)
      .map((piece) => text.slice(piece.start, piece.end) || piece.text),
    truncated: cutText || cutTokens
  };
}
