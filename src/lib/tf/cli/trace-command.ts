import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UnrolledError } from '../../core/errors.js';
import { loadTokenizer } from '../../core/tokenize/index.js';
import type { Tokenizer } from '../../core/tokenize/types.js';
import { parseInterventions } from '../../core/trace/resolve-interventions.js';
import { withSwapIds } from '../../core/trace/token-swap.js';
import type { Intervention } from '../../core/trace/types.js';
import type { TraceInput } from '../input.js';
import { isPickleName, kerasFileKind, pickleMessage } from '../keras-file/names.js';
import { archiveTokenizer } from '../keras-file/vocabulary.js';
import { loadModelFromFile } from '../node-fs.js';
import { GradientTracer } from '../gradients/gradient-tracer.js';
import { Tracer } from '../tracer.js';
import { integerList, parseArgs, required, UsageError, type ParsedArgs } from './args.js';
import { backendName, useBackend } from './backend.js';
import type { Command } from './command.js';

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} ${path}: ${(error as Error).message}`);
  }
}

/** The interventions of --intervene: JSON inline (starting with [ or {) or the path of a JSON file; swap texts looked up in the tokenizer. */
async function interventionsFrom(
  args: ParsedArgs,
  tokenizer: Tokenizer | undefined
): Promise<Intervention[] | undefined> {
  const spec = args.intervene;
  if (typeof spec !== 'string') return undefined;
  const inline = /^\s*[[{]/.test(spec);
  const parsed = parseInterventions(inline ? spec : await readText(spec, 'interventions file'));
  return tokenizer ? withSwapIds(parsed, tokenizer) : parsed;
}

/** The tokenizer for --text: --tokenizer PATH, else the vocabulary a .keras model carries, else none. */
export async function tokenizerFrom(args: ParsedArgs): Promise<Tokenizer | undefined> {
  if (typeof args.tokenizer === 'string') {
    if (isPickleName(args.tokenizer)) throw new UsageError(pickleMessage(args.tokenizer));
    return loadTokenizer(await readText(args.tokenizer, 'tokenizer'));
  }
  const model = typeof args.model === 'string' ? args.model : '';
  if (kerasFileKind(model) !== 'keras') return undefined;
  return (
    (await archiveTokenizer(new Uint8Array(await readFile(model)), basename(model))) ?? undefined
  );
}

/** The trace input named by --ids, --text (with a tokenizer) or --input. */
export async function inputFrom(args: ParsedArgs, tokenizer?: Tokenizer): Promise<TraceInput> {
  const given = ['ids', 'text', 'input'].filter((name) => args[name] !== undefined);
  if (given.length !== 1) throw new UsageError('Give exactly one of --ids, --text or --input.');
  if (typeof args.ids === 'string') return { ids: integerList(args.ids, 'ids') };
  if (typeof args.input === 'string') {
    let values: unknown;
    try {
      values = JSON.parse(await readText(args.input, 'input file'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${args.input} is not JSON: ${(error as Error).message}`);
    }
    const isMatrix =
      Array.isArray(values) &&
      values.every((row) => Array.isArray(row) && row.every((v) => typeof v === 'number'));
    if (!isMatrix)
      throw new UsageError(
        `${args.input} must hold a JSON array of number arrays (steps × features).`
      );
    return { values: values as number[][] };
  }
  const text = required(args, 'text');
  if (tokenizer === undefined) {
    throw new UsageError(
      '--text needs --tokenizer PATH (a Keras tokenizer JSON or a .subwords file), or a .keras model with a TextVectorization layer.'
    );
  }
  const pieces = tokenizer.encodeWithSpans(text).filter((piece) => piece.id >= 0);
  if (pieces.length === 0)
    throw new UnrolledError('bad-input', `"${text}" has no tokens the tokenizer knows.`);
  return { tokens: pieces.map(({ text: pieceText, id }) => ({ text: pieceText, id })) };
}

/** The numbers of --side-inputs (JSON inline or a file path): one flat number list per input besides the traced one. */
async function sideInputsFrom(args: ParsedArgs): Promise<number[][] | undefined> {
  const spec = args['side-inputs'];
  if (typeof spec !== 'string') return undefined;
  const text = /^\s*\[/.test(spec) ? spec : await readText(spec, 'side inputs file');
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--side-inputs is not JSON: ${(error as Error).message}`);
  }
  const ok =
    Array.isArray(values) &&
    values.every((list) => Array.isArray(list) && list.every((v) => typeof v === 'number'));
  if (!ok) {
    throw new UsageError(
      '--side-inputs must be a JSON array with one array of numbers per input besides the traced one.'
    );
  }
  return values as number[][];
}

/** `unrolled trace`: prints the Trace JSON of one input. */
export const traceCommand: Command = {
  name: 'trace',
  usage:
    'trace --model PATH/model.json|FILE.keras|FILE.h5 (--ids 3,14,15 | --text "..." [--tokenizer PATH] | --input values.json) [--backend cpu|wasm] [--side-inputs JSON|PATH] [--inputs] [--gradients] [--intervene JSON|PATH]',
  async run(argv) {
    const args = parseArgs(argv, {
      values: ['model', 'ids', 'text', 'tokenizer', 'input', 'backend', 'intervene', 'side-inputs'],
      flags: ['inputs', 'gradients']
    });
    const modelPath = required(args, 'model');
    const backend = backendName(args.backend);
    const tokenizer = await tokenizerFrom(args);
    const sideInputs = await sideInputsFrom(args);
    const sequence = await inputFrom(args, tokenizer);
    const input = sideInputs ? { ...sequence, sideInputs } : sequence;
    const interventions = await interventionsFrom(args, tokenizer);
    await useBackend(backend);
    const model = await loadModelFromFile(modelPath);
    const trace = new Tracer(model).trace(input, {
      includeInputs: args.inputs === true,
      interventions
    });
    if (args.gradients) trace.gradients = new GradientTracer(model).norms(input);
    process.stdout.write(JSON.stringify(trace) + '\n');
    return 0;
  }
};
