import { benchmarkTrace } from '../benchmark.js';
import { loadModelFromFile } from '../node-fs.js';
import { randomInput } from '../random-input.js';
import { Tracer } from '../tracer.js';
import { parseArgs, positiveInteger, required } from './args.js';
import { backendName, useBackend } from './backend.js';
import type { Command } from './command.js';

/** `unrolled bench`: median trace time against model.predict on the same input and backend. */
export const benchCommand: Command = {
  name: 'bench',
  usage: 'bench --model PATH/model.json --length T [--repeats N] [--backend cpu|wasm] [--json]',
  async run(argv) {
    const args = parseArgs(argv, {
      values: ['model', 'length', 'repeats', 'backend'],
      flags: ['json']
    });
    const modelPath = required(args, 'model');
    const length = positiveInteger(args, 'length', 20);
    const repeats = positiveInteger(args, 'repeats', 15);
    const backend = backendName(args.backend);
    await useBackend(backend);
    const model = await loadModelFromFile(modelPath);
    const input = randomInput(new Tracer(model).input, length, 1);
    const result = benchmarkTrace(model, input, { repeats });
    const lines = [
      `backend ${result.backend}, ${length} steps, medians of ${repeats} interleaved runs:`,
      `  trace (all layers, all gates)  ${result.traceMs.toFixed(2)} ms`,
      `  model.predict                  ${result.predictMs.toFixed(2)} ms`,
      `  ratio                          ${result.ratio.toFixed(3)}`,
      `  check against tfjs             ${result.checkMs.toFixed(2)} ms`,
      `  influence (gradients)          ${result.influenceMs.toFixed(2)} ms`
    ];
    if (!args.json) process.stdout.write(lines.join('\n') + '\n');
    const summary = { traceMs: result.traceMs, predictMs: result.predictMs, ratio: result.ratio };
    if (args.json) process.stdout.write(JSON.stringify(summary) + '\n');
    return 0;
  }
};
