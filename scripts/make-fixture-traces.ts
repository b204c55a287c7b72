// Writes the traces the stories and component tests draw: tests/fixtures/traces/*.json.
// They come from real tfjs models with seeded random (untrained) weights, so every number is a real trace of a real
// model, but no number means anything learned: stories label them "untrained". Run: npx tsx scripts/make-fixture-traces.ts
import { mkdir, writeFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import { splitWords } from '../src/lib/core/split-words.js';
import type { Trace } from '../src/lib/core/trace/types.js';
import { useBackend } from '../src/lib/tf/cli/backend.js';
import { fibonacciModel } from '../src/lib/tf/models/fibonacci.js';
import { KerasGRU, registerKerasGru } from '../src/lib/tf/keras-gru.js';
import { randomizeWeights } from '../src/lib/tf/random-weights.js';
import { Tracer } from '../src/lib/tf/tracer.js';

const OUT = 'tests/fixtures/traces';
const SENTENCE = 'I lived in Ireland, so at school they made me learn how to speak';
const words = splitWords(SENTENCE);
const vocabulary = [...new Set(words.map((w) => w.toLowerCase()))];
const idOf = (word: string) => 2 + vocabulary.indexOf(word.toLowerCase());
const VOCAB = vocabulary.length + 2;

type Recurrent = 'simpleRNN' | 'lstm' | 'gru';
const layerOf = (cell: Recurrent, units: number, returnSequences = false) =>
  ({ simpleRNN: tf.layers.simpleRNN, lstm: tf.layers.lstm, gru: tf.layers.gru })[cell]({
    units,
    returnSequences,
    recurrentActivation: 'sigmoid',
    recurrentInitializer: 'glorotUniform'
  } as never) as tf.RNN;

function model(recurrent: tf.layers.Layer[], outputs = 12): tf.LayersModel {
  const built = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: VOCAB, outputDim: 8, inputShape: [null] }),
      ...recurrent,
      tf.layers.dense({ units: outputs, activation: 'softmax' })
    ]
  });
  randomizeWeights(built, 7, 0.8);
  return built;
}

const round = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e6) / 1e6
    : Array.isArray(value)
      ? value.map(round)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]))
        : value;

async function save(name: string, trace: Trace): Promise<void> {
  await writeFile(`${OUT}/${name}.json`, JSON.stringify(round(trace)) + '\n');
  console.log(
    `${OUT}/${name}.json  ${trace.layers.length} layer entries × ${trace.tokens.length} steps, check ${trace.check.maxAbsDiff.toExponential(1)}`
  );
}

const sentenceTokens = words.map((text) => ({ text, id: idOf(text) }));
const repeated = (count: number) =>
  Array.from({ length: count }, (_, i) => sentenceTokens[i % sentenceTokens.length]!);

await useBackend('cpu');
await mkdir(OUT, { recursive: true });
for (const cell of ['lstm', 'gru', 'simpleRNN'] as const) {
  await save(
    `untrained-${cell === 'simpleRNN' ? 'rnn' : cell}-ireland`,
    new Tracer(model([layerOf(cell, 8)])).trace({ tokens: sentenceTokens }, { includeInputs: true })
  );
}
await save(
  'untrained-bilstm-ireland',
  new Tracer(model([tf.layers.bidirectional({ layer: layerOf('lstm', 6) })], 1)).trace({
    tokens: sentenceTokens
  })
);
await save(
  'untrained-stacked-bilstm-ireland',
  new Tracer(
    model(
      [
        tf.layers.bidirectional({ layer: layerOf('lstm', 6, true) }),
        tf.layers.bidirectional({ layer: layerOf('lstm', 4) })
      ],
      1
    )
  ).trace({ tokens: sentenceTokens })
);
await save(
  'untrained-lstm-1-token',
  new Tracer(model([layerOf('lstm', 8)])).trace({ tokens: [sentenceTokens[3]!] })
);
await save(
  'untrained-lstm-200-tokens',
  new Tracer(model([layerOf('lstm', 8)])).trace({ tokens: repeated(200) })
);

const gru = (units: number, returnSequences = false) => layerOf('gru', units, returnSequences);
await save(
  'untrained-gru-1-token',
  new Tracer(model([gru(8)])).trace({ tokens: [sentenceTokens[3]!] })
);
await save(
  'untrained-gru-200-tokens',
  new Tracer(model([gru(8)])).trace({ tokens: repeated(200) })
);
await save(
  'untrained-bigru-ireland',
  new Tracer(model([tf.layers.bidirectional({ layer: gru(6) })], 1)).trace({
    tokens: sentenceTokens
  })
);
await save(
  'untrained-stacked-bigru-ireland',
  new Tracer(
    model(
      [
        tf.layers.bidirectional({ layer: gru(6, true) }),
        tf.layers.bidirectional({ layer: gru(4) })
      ],
      1
    )
  ).trace({ tokens: sentenceTokens })
);
// Keras's GRU form (reset_after=True), as a Keras export would load: unrolled's registered KerasGRU layer in tfjs.
registerKerasGru();
const kerasGru = new KerasGRU({
  units: 6,
  resetAfter: true,
  recurrentActivation: 'sigmoid',
  recurrentInitializer: 'glorotUniform'
});
await save(
  'untrained-keras-gru-ireland',
  new Tracer(model([kerasGru])).trace({ tokens: sentenceTokens }, { includeInputs: true })
);

// The Fibonacci network is not trained: its weights are the recurrence itself, so this trace is the shipped model's.
const impulse = Array.from({ length: 30 }, (_, i) => (i === 0 ? 1 : 0));
await save(
  'fibonacci-30',
  new Tracer(fibonacciModel()).trace({
    ids: impulse,
    texts: impulse.map((id) => (id === 1 ? 'start' : '·'))
  })
);
