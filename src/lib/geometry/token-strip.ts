import type { Token } from '../core/token.js';

/** What TokenStrip draws for one token: plain strings and flags, no DOM. */
export interface TokenStripItem {
  /** Position of the token in the sequence (the timestep it feeds). */
  index: number;
  /** Text to show; whitespace-only or empty tokens get a visible stand-in so they never vanish. */
  display: string;
  /** Accessible name, e.g. "Ireland, token 4 of 14, id 57, unknown word, current step". */
  label: string;
  /** True for the token at the current step. */
  current: boolean;
  /** True for an out-of-vocabulary token. */
  oov: boolean;
}

const VISIBLE_SPACE = '\u2423'; // ␣

/** The visible text of a token: spaces become ␣ and an empty token becomes ∅, so every token has a box with something in it. */
export function displayText(text: string): string {
  if (text.length === 0) return '\u2205';
  return text.trim().length === 0 ? text.replace(/\s/g, VISIBLE_SPACE) : text;
}

/** The items of a token strip: one per token, with its label and flags for the given current step (-1 for none). */
export function tokenStripItems(
  tokens: readonly Token[],
  current: number,
  showIds: boolean
): TokenStripItem[] {
  return tokens.map((token, index) => {
    const isCurrent = index === current;
    const oov = token.oov === true;
    const parts = [displayText(token.text), `token ${index + 1} of ${tokens.length}`];
    if (showIds) parts.push(`id ${token.id}`);
    if (oov) parts.push('unknown word');
    if (isCurrent) parts.push('current step');
    return {
      index,
      display: displayText(token.text),
      label: parts.join(', '),
      current: isCurrent,
      oov
    };
  });
}

/** A one-paragraph text alternative for a whole strip: the sentence, the current token, and which tokens were unknown. */
export function describeTokenStrip(tokens: readonly Token[], current: number): string {
  if (tokens.length === 0) return 'No tokens.';
  const words = tokens.map((token) => displayText(token.text));
  const sentences = [
    `${tokens.length} token${tokens.length === 1 ? '' : 's'}: ${words.join(' | ')}.`
  ];
  const at = tokens[current];
  if (at) sentences.push(`Current step ${current + 1}: "${displayText(at.text)}".`);
  const unknown = tokens.filter((token) => token.oov).map((token) => displayText(token.text));
  if (unknown.length > 0) sentences.push(`Unknown to the vocabulary: ${unknown.join(', ')}.`);
  return sentences.join(' ');
}
