// Fibonacci as a recurrent network: the state after step n, read from the shipped fibonacci network's trace.
import type { Trace } from '$lib/core/trace/types.js';
import { quote, shuffled, whole } from './common.js';
import { clearDistractors, spreadOf } from './margin.js';
import type { Exercise } from './types.js';

const TRACE = 'fibonacci-30';

const link = (step: number) => ({
  path: '/fibonacci',
  query: { step },
  text: `/fibonacci at step ${step}`
});

/** True when every step's state is (the previous first unit + second unit, the previous first unit): Fibonacci. */
function carriesLastTwo(trace: Trace): boolean {
  const steps = trace.layers[0]?.steps ?? [];
  return (
    trace.layers[0]?.units === 2 &&
    steps.length > 2 &&
    steps.every((s, t) => {
      const before = steps[t - 1]?.h;
      return !before || (s.h[0] === before[0]! + before[1]! && s.h[1] === before[0]);
    })
  );
}

/** "What plays the role of the hidden state?": the last two numbers, when the trace shows exactly that. */
export function fibonacciStateExercise(trace: Trace, step = 6): Exercise | undefined {
  if (!carriesLastTwo(trace) || step > trace.tokens.length) return undefined;
  const h = trace.layers[0]!.steps[step - 1]!.h;
  const answer = 'the last two Fibonacci numbers';
  const n = quote(step, String, 'the step this question looks at');
  const shown = h.map((v, i) =>
    quote(v, whole, `traces/${TRACE}.json layers[0].steps[${step - 1}].h[${i}]`)
  );
  return {
    id: 'fibonacci-state',
    prompt:
      'The Fibonacci network is a recurrent network with fixed weights, fed a single impulse and then zeros. What plays the role of its hidden state, the memory it carries from step to step?',
    options: shuffled([
      answer,
      'every Fibonacci number so far',
      'the input it is fed',
      'its weights'
    ]),
    answer,
    explanation: `Its state has two units, and after each step they hold the last two numbers: after step ${n.text} they are (${shown.map((q) => q.text).join(', ')}). The input is only the starting impulse, and the weights stay the same at every step: they add the two units into the first and copy the old first unit into the second.`,
    margin: Infinity,
    quotes: [n, ...shown],
    link: link(step),
    figure: { kind: 'fibonacci', trace: TRACE, step: step - 1 }
  };
}

/** "What is h₁ after step n?": read from the trace, against the mistakes a reader makes (the other unit, one step on). */
export function fibonacciValueExercise(trace: Trace, step = 12): Exercise | undefined {
  const steps = trace.layers[0]?.steps ?? [];
  const here = steps[step - 1]?.h;
  const next = steps[step]?.h;
  if (!here || !next) return undefined;
  const value = here[0]!;
  const at = (t: number, i: number) => `traces/${TRACE}.json layers[0].steps[${t}].h[${i}]`;
  const candidates = [
    { value: here[1]!, source: `${at(step - 1, 1)} (the other unit)` },
    { value: next[0]!, source: `${at(step, 0)} (one step later)` },
    { value: step, source: 'the step number itself' }
  ];
  const kept = clearDistractors(
    value,
    candidates.map((c) => c.value),
    whole
  );
  if (kept.length < 2) return undefined;
  const answer = quote(value, whole, at(step - 1, 0));
  const n = quote(step, String, 'the step this question looks at');
  const other = quote(here[1]!, whole, at(step - 1, 1));
  const impulse = quote(trace.tokens[0]!.id, String, `traces/${TRACE}.json tokens[0].id`);
  const zero = quote(trace.tokens[1]!.id, String, `traces/${TRACE}.json tokens[1].id`);
  const distractors = kept.map((v) =>
    quote(v, whole, `distractor: ${candidates.find((c) => c.value === v)!.source}`)
  );
  return {
    id: 'fibonacci-value',
    prompt: `Fed ${impulse.text} once and then ${zero.text} at every later step, the network's first hidden unit h₁ holds a Fibonacci number. What is h₁ after step ${n.text}?`,
    options: shuffled([answer.text, ...distractors.map((q) => q.text)]),
    answer: answer.text,
    explanation: `After step ${n.text} the state is (${answer.text}, ${other.text}): h₁ is the newest number, h₂ the one before. At the next step h₁ becomes their sum.`,
    margin: spreadOf(value, kept, whole),
    quotes: [impulse, zero, n, answer, other, ...distractors],
    link: link(step),
    figure: { kind: 'fibonacci', trace: TRACE, step: step - 1 }
  };
}
