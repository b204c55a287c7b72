// `npm run bench`: how long a full trace takes next to model.predict, on the course notes' notebook models.
// Prints a Markdown table (medians of interleaved runs) and, with --json, one JSON line per row.
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../src/lib/core/corpus/random.js';
import { randomizeWeights } from '../src/lib/tf/random-weights.js';
import type { Intervention } from '../src/lib/core/trace/types.js';
import { benchmarkTrace, type BenchResult } from '../src/lib/tf/benchmark.js';
import type { Tracer } from '../src/lib/tf/tracer.js';
import { useBackend, type BackendName } from '../src/lib/tf/cli/backend.js';

const VOCABULARY = 8185;
const LENGTHS = [20, 100, 500];
const BARS: Record<BackendName, { bar: number; aim: number }> = {
  cpu: { bar: 0.35, aim: 0.25 },
  wasm: { bar: 0.5, aim: 0.4 }
};
const json = process.argv.includes('--json');
const repeats = Number(process.env.REPEATS ?? 15);
const backends = (process.env.BACKENDS ?? 'cpu,wasm').split(',') as BackendName[];

const lstm = (units: number, returnSequences = false) =>
  tf.layers.lstm({ units, returnSequences, recurrentInitializer: 'glorotUniform' }) as tf.RNN;

/** The notebook model: Embedding(8185, 64) → Bidirectional(LSTM(64)) → Dense(64, relu) → Dense(1, sigmoid). */
function notebookModel(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: VOCABULARY, outputDim: 64, inputShape: [null] }),
      tf.layers.bidirectional({ layer: lstm(64) }),
      tf.layers.dense({ units: 64, activation: 'relu' }),
      tf.layers.dense({ units: 1, activation: 'sigmoid' })
    ]
  });
}

/** The stacked notebook model: two Bidirectional LSTMs, the first returning sequences. */
function stackedModel(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: VOCABULARY, outputDim: 64, inputShape: [null] }),
      tf.layers.bidirectional({ layer: lstm(64, true) }),
      tf.layers.bidirectional({ layer: lstm(32) }),
      tf.layers.dense({ units: 64, activation: 'relu' }),
      tf.layers.dense({ units: 1, activation: 'sigmoid' })
    ]
  });
}

/** What the what-if column replays: the first recurrent layer's forget gate held at 1, two units silenced from token 2. */
function whatIf(tracer: Tracer): Intervention[] {
  const layer = tracer.interventionLayers()[0]!.name;
  return [
    { layer, set: 'forget', value: 1, units: 'all', steps: 'all' },
    { layer, set: 'h', value: 0, units: [3, 7], steps: 'all' }
  ];
}

const verdictOf = (ratio: number, bar: number, aim: number) =>
  ratio <= aim ? 'meets aim' : ratio <= bar ? 'meets bar' : 'OVER BAR';

const rows: string[] = [];
const format = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
console.log(
  `unrolled trace benchmark — medians of ${repeats} interleaved runs (check and influence: 3 runs)`
);
for (const backend of backends) {
  await useBackend(backend);
  for (const [name, build] of [
    ['BiLSTM(64)', notebookModel],
    ['BiLSTM(64)→BiLSTM(32)', stackedModel]
  ] as const) {
    const model = build();
    randomizeWeights(model, 1, 0.2);
    for (const length of LENGTHS) {
      const random = createRandom(length);
      const ids = Array.from({ length }, () => 1 + random.int(VOCABULARY - 1));
      const result: BenchResult = benchmarkTrace(
        model,
        { ids },
        { repeats, interventions: whatIf }
      );
      const { bar, aim } = BARS[backend];
      const verdict = verdictOf(result.ratio, bar, aim);
      rows.push(
        `| ${backend} | ${name} | ${length} | ${format(result.traceMs)} | ${format(result.predictMs)} | ${result.ratio.toFixed(2)} (${verdict}, bar ${bar}) | ${format(result.checkMs)} | ${format(result.influenceMs)} | ${format(result.whatIfMs!)} | ${result.whatIfRatio!.toFixed(2)} (${verdictOf(result.whatIfRatio!, bar, aim)}) |`
      );
      console.log(rows.at(-1));
      if (json) console.log(JSON.stringify({ model: name, length, ...result }));
    }
    model.dispose();
  }
}
console.log(
  '\n| backend | model | tokens | trace ms | predict ms | trace / predict | check ms | influence ms | what-if trace ms | what-if / predict |'
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
