// "Which word did the GRU's answer depend on most?", read from memory-gru's influence on the course sentence.
import type { Trace } from '$lib/core/trace/types.js';
import { percentText } from '../memory-readout.js';
import { argBest, quote, shuffled } from './common.js';
import { marginOf } from './margin.js';
import type { Exercise } from './types.js';

const TRACE = 'memory-gru-ireland';
const OTHERS = ['I', 'school', 'speak', 'learn'];

/** The token with the largest |influence|, against three other words of the sentence; figure: the influence bars. */
export function influenceExercise(gru: Trace): Exercise | undefined {
  const indices = gru.tokens.map((_, i) => i);
  const top = argBest(indices, (i) => Math.abs(gru.influence[i] ?? 0));
  if (top === undefined) return undefined;
  const word = gru.tokens[top]!.text.trim();
  const at = (text: string) => gru.tokens.findIndex((token) => token.text.trim() === text);
  const candidates = OTHERS.filter((text) => text !== word && at(text) >= 0);
  const options = shuffled([word, ...candidates.slice(0, 3)]);
  const total = gru.influence.reduce((sum, v) => sum + Math.abs(v), 0) || 1;
  const share = (text: string) => Math.abs(gru.influence[at(text)] ?? 0) / total;
  const quoted = (text: string) =>
    quote(share(text), percentText, `traces/${TRACE}.json |influence[${at(text)}]| / Σ|influence|`);
  const shares = Object.fromEntries(options.map((o) => [o, quoted(o)]));
  return {
    id: 'influence',
    prompt: 'Which word did the GRU’s answer depend on most (the largest influence)?',
    options,
    answer: word,
    explanation: `“${word}” carries ${shares[word]!.text} of the total influence. ${options
      .filter((o) => o !== word)
      .map((o) => `“${o}”: ${shares[o]!.text}`)
      .join(', ')}.`,
    margin: marginOf(options.map(share), percentText),
    quotes: options.map((o) => shares[o]!),
    link: {
      path: '/playground',
      query: { m: 'memory-gru' },
      text: '/playground with memory-gru on the course sentence'
    },
    figure: { kind: 'influence', trace: TRACE }
  };
}
