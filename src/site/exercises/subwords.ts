// "How does the subword tokenizer cut this word?", answered by the sentiment models' own tokenizer (as on /tokens).
import type { Tokenizer } from '$lib/core/tokenize/index.js';
import { shuffled } from './common.js';
import type { Exercise } from './types.js';

const DOT = ' · ';

/** The pieces of `word` as the tokenizer cuts it, joined with middle dots. */
export function piecesOf(tokenizer: Tokenizer, word: string): string[] {
  return tokenizer.encodeWithSpans(word).map((piece) => piece.text);
}

/**
 * How `word` splits, against three plausible wrong splits: whole, letter by letter, and cut in half (any that
 * coincide with the real split are left out, so every option is different).
 */
export function subwordExercise(tokenizer: Tokenizer, word = 'Ireland'): Exercise | undefined {
  const pieces = piecesOf(tokenizer, word);
  if (pieces.length === 0) return undefined;
  const half = Math.ceil(word.length / 2);
  const answer = pieces.join(DOT);
  const wrong = [[word], [...word], [word.slice(0, half), word.slice(half)]].map((p) =>
    p.join(DOT)
  );
  const options = shuffled([...new Set([answer, ...wrong])]);
  const whole = pieces.length === 1;
  return {
    id: 'subwords',
    prompt: `The sentiment models read text as subword pieces. How does their tokenizer cut the word “${word}”?`,
    options,
    answer,
    explanation: whole
      ? `“${word}” is in the vocabulary as one piece.`
      : `It cuts “${word}” into ${pieces.map((p) => `“${p}”`).join(', ')}: the vocabulary keeps only the pieces it saw often in training, and spells the rest out letter by letter.`,
    margin: options.length >= 2 ? Infinity : 0,
    quotes: [],
    link: { path: '/tokens', query: { text: word }, text: `/tokens with “${word}” typed in` },
    figure: { kind: 'subwords', text: word }
  };
}
