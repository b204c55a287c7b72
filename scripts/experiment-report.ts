// Prints the memory experiment's results as Markdown tables (for docs/models.md), from the file.
//   npx tsx scripts/experiment-report.ts [static/experiments/memory.json]
import { readFile } from 'node:fs/promises';
import { heldOutAccuracy, heldOutBands, runsOf } from '../src/lib/core/experiment/summary.js';
import type { MemoryExperiment } from '../src/lib/core/experiment/types.js';
import { CELL_KINDS } from '../src/lib/core/trace/types.js';

const file = process.argv[2] ?? 'static/experiments/memory.json';
const experiment = JSON.parse(await readFile(file, 'utf8')) as MemoryExperiment;
const names = experiment.runs[0]!.heldOut.buckets.map((bucket) => bucket.name);
const f = (value: number) => value.toFixed(3);
const lines: string[] = [];
const row = (cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);

for (const regime of ['standard', 'curriculum'] as const) {
  lines.push(
    '',
    `**${regime}**: held-out accuracy, median (min–max) over seeds ${experiment.protocol.seeds.join(', ')}`,
    ''
  );
  row(['cell', 'rate', ...names, 'shipped seed']);
  row(['---', '---', ...names.map(() => '---'), '---']);
  for (const cell of CELL_KINDS) {
    const bands = heldOutBands(runsOf(experiment, cell, regime));
    const choice = experiment.choices.find((c) => c.cell === cell && c.regime === regime)!;
    row([
      cell,
      String(choice.learningRate),
      ...bands.map((b) =>
        b.min === b.max ? f(b.median) : `${f(b.median)} (${f(b.min)}–${f(b.max)})`
      ),
      String(choice.medianSeed)
    ]);
  }
}
lines.push('', 'Per seed, standard regime, 2–4 / 33–40 and the gap to the LSTM at 33–40:', '');
row(['seed', 'plain RNN 2–4', 'plain RNN 33–40', 'LSTM 33–40', 'GRU 33–40', 'LSTM − RNN at 33–40']);
row(['---', '---', '---', '---', '---', '---']);
for (const seed of experiment.protocol.seeds) {
  const at = (cell: 'simple_rnn' | 'lstm' | 'gru', bucket: string) =>
    heldOutAccuracy(
      runsOf(experiment, cell, 'standard').find((r) => r.seed === seed)!,
      bucket
    );
  row([
    String(seed),
    f(at('simple_rnn', '2–4')),
    f(at('simple_rnn', '33–40')),
    f(at('lstm', '33–40')),
    f(at('gru', '33–40')),
    f(at('lstm', '33–40') - at('simple_rnn', '33–40'))
  ]);
}
lines.push('', 'Learning-rate sweep (seed 1, validation accuracy):', '');
row(['regime', 'cell', ...experiment.protocol.learningRates.map(String)]);
row(['---', '---', ...experiment.protocol.learningRates.map(() => '---')]);
for (const regime of ['standard', 'curriculum'] as const) {
  for (const cell of CELL_KINDS) {
    const points = experiment.sweep.filter((s) => s.cell === cell && s.regime === regime);
    row([regime, cell, ...points.map((p) => f(p.valAccuracy))]);
  }
}
lines.push(
  '',
  'First epoch at which validation accuracy reached 0.95 in a bucket (standard regime, median seed; – never):',
  ''
);
row(['cell', ...names]);
row(['---', ...names.map(() => '---')]);
for (const cell of CELL_KINDS) {
  const choice = experiment.choices.find((c) => c.cell === cell && c.regime === 'standard')!;
  const run = runsOf(experiment, cell, 'standard').find((r) => r.seed === choice.medianSeed)!;
  row([
    cell,
    ...names.map((name) => {
      const epoch = run.curve.find(
        (p) => (p.buckets.find((b) => b.name === name)?.accuracy ?? 0) >= 0.95
      );
      return epoch ? String(epoch.epoch) : '–';
    })
  ]);
}
process.stdout.write(lines.join('\n') + '\n');
