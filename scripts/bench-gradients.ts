// `npm run bench:gradients`: the gradient pass (every recurrent step of every layer) next to model.predict, on the
// shipped notebook model sentiment-bilstm and a real review cut to 20 and 100 subword tokens.
// Prints a Markdown table of medians of interleaved runs and, with --json, one JSON line per row.
import { readFileSync } from 'node:fs';
import { loadTokenizer } from '../src/lib/core/tokenize/index.js';
import { useBackend, type BackendName } from '../src/lib/tf/cli/backend.js';
import { benchmarkGradients } from '../src/lib/tf/gradients/benchmark.js';
import { loadModelFromFile } from '../src/lib/tf/node-fs.js';

const FOLDER = 'static/models/sentiment-bilstm';
const BAR = 3;
const REVIEW =
  'the film opens with a long and beautiful shot of the coast, and for the first hour the acting is ' +
  'warm and the writing is sharp; then the plot loses its way, the jokes repeat, the music swells ' +
  'over scenes that have not earned it, and by the end I was checking my watch rather than caring ' +
  'about anyone on screen, which is a shame because the cast clearly gave it everything they had';
const json = process.argv.includes('--json');
const repeats = Number(process.env.REPEATS ?? 15);
const backends = (process.env.BACKENDS ?? 'cpu').split(',') as BackendName[];

const tokenizer = loadTokenizer(readFileSync(`${FOLDER}/tokenizer.subwords`, 'utf8'));
const ids = tokenizer.encode(REVIEW);
const rows: string[] = [];
console.log(
  `unrolled gradient benchmark — sentiment-bilstm, medians of ${repeats} interleaved runs`
);
for (const backend of backends) {
  await useBackend(backend);
  const model = await loadModelFromFile(`${FOLDER}/model.json`);
  for (const length of [20, 100]) {
    if (ids.length < length) throw new Error(`The review has only ${ids.length} tokens.`);
    const result = benchmarkGradients(model, { ids: ids.slice(0, length) }, { repeats });
    const verdict = result.ratio <= BAR ? 'meets bar' : 'OVER BAR';
    rows.push(
      `| ${backend} | sentiment-bilstm | ${length} | ${result.gradientsMs.toFixed(2)} | ${result.predictMs.toFixed(2)} | ${result.ratio.toFixed(2)} (${verdict}, bar ${BAR}) |`
    );
    console.log(rows.at(-1));
    if (json) console.log(JSON.stringify({ model: 'sentiment-bilstm', length, ...result }));
  }
  model.dispose();
}
console.log('\n| backend | model | tokens | gradients ms | predict ms | gradients / predict |');
console.log('|---|---|---|---|---|---|');
console.log(rows.join('\n'));
