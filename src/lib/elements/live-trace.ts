// Tracing a sentence through a model in the reader's browser: loaded only when an element is asked for a sentence
// that has no precomputed trace, so that tfjs never loads for a page that does not need it.
import {
  MAX_SENTENCE_CHARACTERS,
  MAX_SENTENCE_TOKENS,
  encodeSentence
} from '../core/model-input.js';
import { parseIds } from '../core/parse-ids.js';
import { loadTokenizer } from '../core/tokenize/load-tokenizer.js';
import type { Trace } from '../core/trace/types.js';
import type { TraceInput } from '../tf/input.js';
import type { ModelSource } from '../tf/load.js';
import { createTraceClient, type TraceClient } from '../tf/trace-client.js';
import type { ModelInfo } from '../tf/worker.js';
import { fetchText } from './fetch-json.js';

/** Something loaded once per key and page: a model (a URL or its files in memory) or a tokenizer's text. */
export interface Keyed<T> {
  key: string;
  source: () => Promise<T>;
}

/** What to trace: the model, its tokenizer (none: the text is word ids), and the sentence. */
export interface LiveRequest {
  model: Keyed<ModelSource>;
  tokenizer?: Keyed<string>;
  text: string;
  signal?: AbortSignal;
  /** Called with a short line as the work moves on ("Loading the model", "Tracing: replay"). */
  onStage?: (stage: string) => void;
}

/** A live trace and what the reader should know about its input (cut, unknown words). */
export interface LiveTrace {
  trace: Trace;
  notes: string[];
}

let client: TraceClient | undefined;
const models = new Map<string, Promise<ModelInfo>>();
const tokenizers = new Map<string, Promise<ReturnType<typeof loadTokenizer>>>();

function clientOf(): TraceClient {
  // A worker must come from the page's own origin; a course page on another origin traces on its own thread.
  const sameOrigin =
    typeof location !== 'undefined' && new URL(import.meta.url).origin === location.origin;
  client ??= createTraceClient({ worker: sameOrigin, backend: 'cpu' });
  return client;
}

function modelOf({ key, source }: Keyed<ModelSource>): Promise<ModelInfo> {
  let model = models.get(key);
  if (!model) {
    model = source().then((files) => clientOf().load(key, files));
    // A failed load is not cached: the next element (or a fixed server) may try again.
    model.catch(() => models.delete(key));
    models.set(key, model);
  }
  return model;
}

function tokenizerOf({ key, source }: Keyed<string>): Promise<ReturnType<typeof loadTokenizer>> {
  let tokenizer = tokenizers.get(key);
  if (!tokenizer) {
    tokenizer = source().then(loadTokenizer);
    tokenizer.catch(() => tokenizers.delete(key));
    tokenizers.set(key, tokenizer);
  }
  return tokenizer;
}

/** A tokenizer file fetched from a URL. */
export function tokenizerAt(url: URL): Keyed<string> {
  return { key: url.href, source: () => fetchText(url, 'tokenizer') };
}

async function inputOf(request: LiveRequest): Promise<{ input: TraceInput; notes: string[] }> {
  if (!request.tokenizer) {
    const parsed = parseIds(request.text.slice(0, MAX_SENTENCE_CHARACTERS));
    if ('error' in parsed) throw new Error(parsed.error);
    const cut = parsed.ids.length > MAX_SENTENCE_TOKENS;
    return {
      input: { ids: parsed.ids.slice(0, MAX_SENTENCE_TOKENS) },
      notes: cut ? [`Cut to the first ${MAX_SENTENCE_TOKENS} ids.`] : []
    };
  }
  const encoded = encodeSentence(await tokenizerOf(request.tokenizer), request.text);
  if (encoded.tokens.length === 0) throw new Error('The model knows none of these words.');
  const notes: string[] = [];
  if (encoded.truncated) {
    notes.push(
      `Cut to ${MAX_SENTENCE_CHARACTERS} characters and ${MAX_SENTENCE_TOKENS} tokens at most.`
    );
  }
  if (encoded.unknown.length > 0) {
    notes.push(`Words the model does not know: ${encoded.unknown.slice(0, 10).join(', ')}.`);
  }
  return { input: { tokens: encoded.tokens }, notes };
}

/** Loads the model (once per URL and page) and traces the sentence; rejects with a readable message. */
export async function traceLive(request: LiveRequest): Promise<LiveTrace> {
  request.onStage?.('Loading the model');
  const [info, { input, notes }] = await Promise.all([modelOf(request.model), inputOf(request)]);
  if (info.input.kind !== 'ids') {
    throw new Error('This model reads vectors, not words: give the element a trace-src instead.');
  }
  request.onStage?.('Tracing');
  const trace = await clientOf().trace(info.key, input, {
    signal: request.signal,
    onProgress: (progress) => request.onStage?.(`Tracing: ${progress.stage}`)
  });
  return { trace, notes };
}
