// "Will the plain RNN still answer Gaelic at the longest distance?", read from the /memory gap sentences.
import { gapReadout, percentText } from '../memory-readout.js';
import type { MemoryGap } from '../traces.js';
import { quote } from './common.js';
import type { Exercise } from './types.js';

const FILE = 'traces/memory-gaps.json';

/** Whether memory-rnn's top answer on the farthest gap sentence is still the first label; figure: that gap's table. */
export function farAnswerExercise(
  gaps: readonly MemoryGap[],
  labels: readonly string[],
  swapped: readonly string[] = []
): Exercise | undefined {
  const index = gaps.length - 1;
  const far = gaps[index];
  const readout = far && gapReadout(far, 'memory-rnn', labels, swapped);
  if (!far || !readout) return undefined;
  const still = readout.top === labels[0];
  const at = `${FILE} gaps[${index}]`;
  const gap = quote(far.gap, String, `${at}.gap`);
  const distance = quote(far.distance, String, `${at}.distance`);
  const top = quote(readout.topProbability, percentText, `${at}["memory-rnn"].output, largest`);
  const expected = quote(readout.expected, percentText, `${at}["memory-rnn"].output[0]`);
  // The test that matters: does the answer follow when another country takes Ireland's place?
  const swapQuotes = readout.swapCount
    ? [
        quote(
          readout.follows,
          String,
          `${at}["memory-rnn"].swaps, top class = that country's language`
        ),
        quote(readout.swapCount, String, `${at}["memory-rnn"].swaps.length`)
      ]
    : [];
  const swaps = swapQuotes.length
    ? ` With another country in Ireland's place, its answer follows for ${swapQuotes[0]!.text} of ${swapQuotes[1]!.text} countries.`
    : '';
  return {
    id: 'far-answer',
    prompt: `The plain RNN answers ${labels[0]} on the short sentence. With ${gap.text} distractor tokens added (distance ${distance.text}), will it still answer ${labels[0]}?`,
    options: ['yes', 'no'],
    answer: still ? 'yes' : 'no',
    explanation: `${still ? `At distance ${distance.text} it still answers ${readout.top}, with ${top.text}.` : `At distance ${distance.text} its top answer is ${readout.top} (${top.text}); ${labels[0]} gets ${expected.text}.`}${swaps}`,
    margin: Infinity,
    quotes: [gap, distance, top, ...(still ? [] : [expected]), ...swapQuotes],
    link: {
      path: '/memory',
      query: { gap: index },
      hash: 'gap',
      text: `/memory with ${gap.text} extra tokens (distance ${distance.text})`
    },
    figure: { kind: 'gap-table', gap: index }
  };
}
