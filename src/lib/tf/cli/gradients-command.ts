import { UnrolledError } from '../../core/errors.js';
import type { TraceGradients } from '../../core/trace/types.js';
import { GradientTracer, toTraceGradients } from '../gradients/gradient-tracer.js';
import { loadModelFromFile } from '../node-fs.js';
import { parseArgs, required, UsageError } from './args.js';
import { backendName, useBackend } from './backend.js';
import type { Command } from './command.js';
import { inputFrom, tokenizerFrom } from './trace-command.js';

function outputIndex(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed))
    throw new UsageError(`--output must be a whole number ≥ 0, got "${String(value)}".`);
  return parsed;
}

const number = (value: number | undefined) => (value === undefined ? '' : value.toExponential(3));

/** A readable table: one block per recurrent direction, one row per token. */
function table(gradients: TraceGradients, tokens: readonly string[], value: number): string {
  const y =
    gradients.of === 'logit'
      ? `the logit of output ${gradients.output}`
      : `output ${gradients.output}`;
  const lines = [`y = ${y} = ${value.toPrecision(6)}; norms of its gradient per step:`];
  for (const layer of gradients.layers) {
    lines.push(
      `${layer.name} (${layer.direction})`,
      '  step  token            ‖∂y/∂x_t‖   ‖∂y/∂h_t‖   ‖∂y/∂c_t‖'
    );
    layer.steps.forEach((step, t) => {
      const token = (tokens[t] ?? '').slice(0, 16).padEnd(16);
      lines.push(
        `  ${String(t + 1).padStart(4)}  ${token} ${number(step.dx).padStart(10)}  ${number(step.dh).padStart(10)}  ${number(step.dc).padStart(10)}`
      );
    });
  }
  return lines.join('\n');
}

/** `unrolled gradients`: how strongly one output depends on every step of every recurrent layer. */
export const gradientsCommand: Command = {
  name: 'gradients',
  usage:
    'gradients --model PATH/model.json (--ids 3,14,15 | --text "..." --tokenizer PATH | --input values.json) [--output K] [--backend cpu|wasm] [--json]',
  async run(argv) {
    const args = parseArgs(argv, {
      values: ['model', 'ids', 'text', 'tokenizer', 'input', 'output', 'backend'],
      flags: ['json']
    });
    const modelPath = required(args, 'model');
    const backend = backendName(args.backend);
    const output = outputIndex(args.output);
    const input = await inputFrom(args, await tokenizerFrom(args));
    await useBackend(backend);
    const model = await loadModelFromFile(modelPath);
    let full;
    try {
      full = new GradientTracer(model).gradients(input, { output });
    } catch (error) {
      // The output index is a command-line value: name the option, exit 2 like every usage error.
      if (error instanceof UnrolledError && error.code === 'bad-input')
        throw new UsageError(error.message);
      throw error;
    }
    const gradients = toTraceGradients(full);
    if (args.json) {
      process.stdout.write(
        JSON.stringify({ output: gradients.output, layers: gradients.layers }) + '\n'
      );
      return 0;
    }
    const tokens =
      'tokens' in input
        ? input.tokens.map((token) => token.text)
        : 'ids' in input
          ? input.ids.map((id) => `#${id}`)
          : input.values.map((_, t) => `step ${t + 1}`);
    process.stdout.write(table(gradients, tokens, full.value) + '\n');
    return 0;
  }
};
