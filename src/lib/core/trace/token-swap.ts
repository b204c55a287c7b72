// Counterfactual sentences: one token replaced by another, so that the trace is the trace of the changed sentence.
import { UnrolledError } from '../errors.js';
import type { PieceTokenizer } from '../model-input.js';
import { isTokenSwap } from './intervention.js';
import type { Intervention, TokenSwap, TraceToken } from './types.js';

/** The interventions with every token swap's id filled in from its text by `tokenizer` (a swap must be one known token). */
export function withSwapIds(
  interventions: readonly Intervention[],
  tokenizer: PieceTokenizer
): Intervention[] {
  return interventions.map((intervention) => {
    if (!isTokenSwap(intervention) || intervention.id !== undefined) return intervention;
    const text = intervention.text ?? '';
    const pieces = tokenizer.encodeWithSpans(text).filter((piece) => piece.id >= 0);
    const [piece] = pieces;
    if (pieces.length !== 1 || piece!.oov) {
      const why = pieces.length > 1 ? `${pieces.length} tokens` : 'not in the vocabulary';
      throw new UnrolledError(
        'bad-input',
        `Token swap at token ${intervention.token}: "${text}" is ${why}; give one word the model knows.`
      );
    }
    return { ...intervention, id: piece!.id };
  });
}

/** The tokens with every swap applied, and the swaps as applied (with the token each replaced). */
export function swapTokens(
  tokens: readonly TraceToken[],
  interventions: readonly Intervention[]
): { tokens: TraceToken[]; swaps: TokenSwap[] } {
  const swapped = tokens.map(({ text, id }) => ({ text, id }));
  const swaps: TokenSwap[] = [];
  for (const swap of interventions.filter(isTokenSwap)) {
    const at = swap.token - 1;
    const before = tokens[at];
    if (before === undefined) {
      throw new UnrolledError(
        'bad-input',
        `Token swap at token ${swap.token}: out of range (tokens 1 to ${tokens.length}).`
      );
    }
    if (swap.id === undefined) {
      throw new UnrolledError(
        'bad-input',
        `Token swap at token ${swap.token}: "${swap.text ?? ''}" has no id; trace with the model's tokenizer or give "id".`
      );
    }
    swapped[at] = { text: swap.text ?? `#${swap.id}`, id: swap.id };
    swaps.push({ token: swap.token, text: swapped[at].text, id: swap.id, replaced: { ...before } });
  }
  return { tokens: swapped, swaps };
}
