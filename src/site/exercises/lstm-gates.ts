// "Which LSTM gate is most closed at 'Ireland'?", read from memory-lstm's trace of the course sentence.
import type { LstmGates, Trace } from '$lib/core/trace/types.js';
import { argBest, mean, quote, stepText } from './common.js';
import { marginOf } from './margin.js';
import type { Exercise } from './types.js';

const TRACE = 'memory-lstm-ireland';
const two = (v: number) => v.toFixed(2);

/** The gate with the lowest mean over units at `word`; the figure is the LSTM cell there, every unit. */
export function closedGateExercise(lstm: Trace, word = 'Ireland'): Exercise | undefined {
  const t = lstm.tokens.findIndex((token) => token.text.trim() === word);
  const layer = lstm.layers[0];
  const gates = layer?.steps[t]?.gates as LstmGates | undefined;
  if (t < 0 || !layer || !gates?.forget) return undefined;
  const means = {
    input: mean(gates.input),
    forget: mean(gates.forget),
    output: mean(gates.output)
  };
  const names = Object.keys(means) as (keyof typeof means)[];
  const answer = argBest(names, (name) => means[name], true)!;
  const units = quote(layer.units, String, `traces/${TRACE}.json layers[0].units`);
  const shown = names.map((name) =>
    quote(
      means[name],
      two,
      `traces/${TRACE}.json layers[0].steps[${t}].gates.${name}, mean over units`
    )
  );
  return {
    id: 'closed-gate',
    prompt: `When the LSTM reads “${word}”, which of its gates is most closed on average (the lowest mean value over its ${units.text} units)?`,
    options: names.map((name) => `${name} gate`),
    answer: `${answer} gate`,
    explanation: `Mean over the units at “${word}”: ${names.map((name, i) => `${name} ${shown[i]!.text}`).join(', ')}.`,
    margin: marginOf(Object.values(means), two, true),
    quotes: [units, ...shown],
    link: {
      path: '/lstm',
      query: { step: t + 1, unit: 'all' },
      text: `/lstm at ${stepText(t, lstm.tokens[t]?.text)}, every unit`
    },
    figure: { kind: 'lstm-cell', trace: TRACE, step: t }
  };
}
