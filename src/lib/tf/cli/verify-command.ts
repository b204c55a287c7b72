import { loadModelFromFile } from '../node-fs.js';
import { randomInput } from '../random-input.js';
import { Tracer } from '../tracer.js';
import { parseArgs, positiveInteger, required } from './args.js';
import { backendName, useBackend } from './backend.js';
import type { Command } from './command.js';

/** The largest check difference a trace may have and still count as faithful to its model. */
export const VERIFY_TOLERANCE = 1e-5;

/** `unrolled verify`: traces random inputs and reports the worst difference from tfjs; exit 1 above tolerance. */
export const verifyCommand: Command = {
  name: 'verify',
  usage:
    'verify --model PATH/model.json [--length T] [--samples N] [--seed S] [--backend cpu|wasm]',
  async run(argv) {
    const args = parseArgs(argv, { values: ['model', 'length', 'samples', 'seed', 'backend'] });
    const modelPath = required(args, 'model');
    const length = positiveInteger(args, 'length', 20);
    const samples = positiveInteger(args, 'samples', 10);
    const seed = positiveInteger(args, 'seed', 1);
    const backend = backendName(args.backend);
    await useBackend(backend);
    const tracer = new Tracer(await loadModelFromFile(modelPath));
    let worst = 0;
    let mode = 'absolute';
    for (let sample = 0; sample < samples; sample++) {
      const trace = tracer.trace(randomInput(tracer.input, length, seed + sample));
      worst = Math.max(worst, trace.check.maxAbsDiff);
      mode = trace.check.mode ?? mode;
    }
    const steps = tracer.input.steps ?? length;
    const verdict = worst <= VERIFY_TOLERANCE ? 'ok' : 'FAILED';
    process.stdout.write(
      `${verdict}: worst ${mode} difference ${worst.toExponential(2)} over ${samples} random ${tracer.input.kind === 'ids' ? 'token sequences' : 'vector sequences'} of ${steps} steps on ${backend} (tolerance ${VERIFY_TOLERANCE})\n`
    );
    return worst <= VERIFY_TOLERANCE ? 0 : 1;
  }
};
