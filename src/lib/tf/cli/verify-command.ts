import { checkSentence, checkVerdict, CHECK_TOLERANCE } from '../../core/trace/verdict.js';
import type { TraceCheck } from '../../core/trace/types.js';
import { loadModelFromFile } from '../node-fs.js';
import { randomInput } from '../random-input.js';
import { Tracer } from '../tracer.js';
import { parseArgs, positiveInteger, required } from './args.js';
import { backendName, useBackend } from './backend.js';
import type { Command } from './command.js';

/** The largest check difference a trace may have and still count as faithful to its model. */
export const VERIFY_TOLERANCE = CHECK_TOLERANCE;

/** `unrolled verify`: traces random inputs and reports the worst difference from tfjs and from a float64 replay; exit 1 when the check fails. */
export const verifyCommand: Command = {
  name: 'verify',
  usage:
    'verify --model PATH/model.json|FILE.keras|FILE.h5 [--length T] [--samples N] [--seed S] [--backend cpu|wasm]',
  async run(argv) {
    const args = parseArgs(argv, { values: ['model', 'length', 'samples', 'seed', 'backend'] });
    const modelPath = required(args, 'model');
    const length = positiveInteger(args, 'length', 20);
    const samples = positiveInteger(args, 'samples', 10);
    const seed = positiveInteger(args, 'seed', 1);
    const backend = backendName(args.backend);
    await useBackend(backend);
    const tracer = new Tracer(await loadModelFromFile(modelPath));
    // The sample with the worst verdict (then the largest difference) speaks for all of them.
    let worst: TraceCheck | undefined;
    const rank = (check: TraceCheck) =>
      ['match', 'float32', 'failed'].indexOf(checkVerdict(check, VERIFY_TOLERANCE));
    for (let sample = 0; sample < samples; sample++) {
      const { check } = tracer.trace(randomInput(tracer.input, length, seed + sample));
      if (
        worst === undefined ||
        rank(check) > rank(worst) ||
        (rank(check) === rank(worst) && check.maxAbsDiff > worst.maxAbsDiff)
      ) {
        worst = check;
      }
    }
    const steps = tracer.input.steps ?? length;
    const others = tracer.input.sideInputs?.length ?? 0;
    const held =
      others === 0
        ? ''
        : ` (with the model's ${others} other input${others > 1 ? 's' : ''} at random values)`;
    const passed = worst !== undefined && checkVerdict(worst, VERIFY_TOLERANCE) !== 'failed';
    const sentence = worst ? checkSentence(worst, VERIFY_TOLERANCE) : 'nothing traced';
    process.stdout.write(
      `${passed ? 'ok' : 'FAILED'}: worst ${worst?.mode ?? 'absolute'} difference ${(worst?.maxAbsDiff ?? 0).toExponential(2)} over ${samples} random ${tracer.input.kind === 'ids' ? 'token sequences' : 'vector sequences'} of ${steps} steps${held} on ${backend} (tolerance ${VERIFY_TOLERANCE}): ${sentence}\n`
    );
    return passed ? 0 : 1;
  }
};
