import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UnrolledError } from '../../core/errors.js';
import { loadTokenizer } from '../../core/tokenize/index.js';
import type { Tokenizer } from '../../core/tokenize/types.js';
import type { TraceInput } from '../input.js';
import { isPickleName, kerasFileKind, pickleMessage } from '../keras-file/names.js';
import { archiveTokenizer } from '../keras-file/vocabulary.js';
import { loadModelFromFile } from '../node-fs.js';
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

/** The tokenizer for --text: --tokenizer PATH, else the vocabulary a .keras model carries. */
async function tokenizerFrom(args: ParsedArgs): Promise<Tokenizer> {
  if (typeof args.tokenizer === 'string') {
    if (isPickleName(args.tokenizer)) throw new UsageError(pickleMessage(args.tokenizer));
    return loadTokenizer(await readText(args.tokenizer, 'tokenizer'));
  }
  const model = typeof args.model === 'string' ? args.model : '';
  if (kerasFileKind(model) === 'keras') {
    const tokenizer = await archiveTokenizer(
      new Uint8Array(await readFile(model)),
      basename(model)
    );
    if (tokenizer) return tokenizer;
  }
  throw new UsageError(
    '--text needs --tokenizer PATH (a Keras tokenizer JSON or a .subwords file), or a .keras model with a TextVectorization layer.'
  );
}

/** The trace input named by --ids, --text (with a tokenizer) or --input. */
async function inputFrom(args: ParsedArgs): Promise<TraceInput> {
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
  const tokenizer = await tokenizerFrom(args);
  const pieces = tokenizer.encodeWithSpans(text).filter((piece) => piece.id >= 0);
  if (pieces.length === 0)
    throw new UnrolledError('bad-input', `"${text}" has no tokens the tokenizer knows.`);
  return { tokens: pieces.map(({ text: pieceText, id }) => ({ text: pieceText, id })) };
}

/** `unrolled trace`: prints the Trace JSON of one input. */
export const traceCommand: Command = {
  name: 'trace',
  usage:
    'trace --model PATH/model.json|FILE.keras|FILE.h5 (--ids 3,14,15 | --text "..." [--tokenizer PATH] | --input values.json) [--backend cpu|wasm] [--inputs]',
  async run(argv) {
    const args = parseArgs(argv, {
      values: ['model', 'ids', 'text', 'tokenizer', 'input', 'backend'],
      flags: ['inputs']
    });
    const modelPath = required(args, 'model');
    const backend = backendName(args.backend);
    const input = await inputFrom(args);
    await useBackend(backend);
    const model = await loadModelFromFile(modelPath);
    const trace = new Tracer(model).trace(input, { includeInputs: args.inputs === true });
    process.stdout.write(JSON.stringify(trace) + '\n');
    return 0;
  }
};
