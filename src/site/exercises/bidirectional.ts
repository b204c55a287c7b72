// "What has each half of a Bidirectional layer read at step t?", from the order the trace's two directions ran in.
import type { Direction, Trace } from '$lib/core/trace/types.js';
import { quote, shuffled } from './common.js';
import type { Exercise } from './types.js';

const TRACE = 'sentiment-bilstm-review';

/** The tokens a direction has read once it reaches step t: forward 0..t, backward t..end (steps align to tokens). */
export function readSoFar(words: readonly string[], direction: Direction, t: number): string[] {
  return direction === 'forward' ? words.slice(0, t + 1) : words.slice(t);
}

/**
 * At the middle word of the review, which words the backward LSTM has read, against what the forward one has read,
 * the whole review and the word alone. The direction comes from the trace's layers; the figure is both chains there.
 */
export function bidirectionalExercise(trace: Trace): Exercise | undefined {
  const backward = trace.layers.find((layer) => layer.direction === 'backward');
  const forward = trace.layers.find((layer) => layer.direction === 'forward');
  const words = trace.tokens.map((token) => token.text.trim());
  if (!backward || !forward || words.length < 4) return undefined;
  // The middle word: the one where the two halves have read most nearly the same number of words.
  const t = Math.floor((words.length - 1) / 2);
  const said = (list: readonly string[]) => `“${list.join(' ')}”`;
  const answer = said(readSoFar(words, backward.direction, t));
  const options = shuffled([
    ...new Set([
      answer,
      said(readSoFar(words, forward.direction, t)),
      said(words),
      said([words[t]!])
    ])
  ]);
  const position = quote(t + 1, String, `traces/${TRACE}.json tokens[${t}], counted from 1`);
  const count = quote(words.length, String, `traces/${TRACE}.json tokens.length`);
  return {
    id: 'bidirectional',
    prompt: `sentiment-bilstm reads the review ${said(words)} with Bidirectional(LSTM(64)): a forward LSTM and a backward one. At “${words[t]}”, word ${position.text} of ${count.text}, which words has the backward LSTM read so far?`,
    options,
    answer,
    explanation: `The backward LSTM starts at the last word and runs to the first, so at “${words[t]}” it has read ${answer}. The forward one has read ${said(readSoFar(words, forward.direction, t))}. Joined, the two states at “${words[t]}” cover the whole review; that is how a later word can reach an earlier position, and only through the backward half.`,
    margin: options.length === 4 ? Infinity : 0,
    quotes: [
      position,
      count,
      quote(
        backward.units,
        String,
        `traces/${TRACE}.json layers[${trace.layers.indexOf(backward)}].units`
      )
    ],
    link: {
      path: '/stacked',
      query: { step: t + 1 },
      text: `/stacked at step ${t + 1} (“${words[t]}”)`
    },
    figure: { kind: 'bidirectional', trace: TRACE, step: t }
  };
}
