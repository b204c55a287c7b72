// The playground's sentence, chosen model and live trace: reads the sentence with the model's tokenizer, traces it on
// every edit (a newer edit cancels the trace before) and keeps the choice in the URL.
import type { Trace } from '$lib/core/trace/types.js';
import { IRELAND, MEMORY_MODELS } from '$lib/core/site-sentences.js';
import {
  MAX_SENTENCE_CHARACTERS,
  MAX_SENTENCE_TOKENS,
  encodeSentence,
  type EncodedSentence
} from '$lib/core/model-input.js';
import type { Tokenizer } from '$lib/core/tokenize/types.js';
import type { ModelSummary } from './model-meta.js';
import { distinctWords, hasInvisibleCharacters, parseIds } from './playground-input.js';
import { PlaygroundSession, errorText, type TraceJob } from './playground-session.svelte.js';
import { StreamedTrace } from './streamed-trace.svelte.js';
import { writeQuery } from './url-state.js';

/** The key the reader's own model is loaded under. */
export const CUSTOM = 'custom';
/** The model the playground opens with. */
export const DEFAULT_MODEL = 'memory-lstm';

/** What the playground needs from its page load. */
export interface PlaygroundData {
  /** The typeable shipped models. */
  metas: ModelSummary[];
  /** The course sentence as the default model (the LSTM) read it. */
  lstm: Trace;
  /** The course sentence as each memory model read it, in MEMORY_MODELS order (fetched in the browser). */
  courseCells?: Promise<Trace[]>;
}

/** The playground's input and trace; create it while the page is set up. */
export class PlaygroundState {
  /** Runs the traces in the worker. */
  readonly session = new PlaygroundSession();
  /** The newest trace, as it streams in (the precomputed one until the reader types). */
  readonly live: StreamedTrace;
  sentence = $state(IRELAND);
  modelId = $state(DEFAULT_MODEL);
  /** Whether the three memory cells are traced too. */
  compare = $state(false);
  /** The three memory cells' traces, for the side-by-side view. */
  compared: Trace[] = $state.raw([]);
  /** The sentence as the chosen tokenizer read it (undefined for ids or before reading). */
  encoded: EncodedSentence | undefined = $state.raw();
  /** Why the sentence could not be traced, or a note on how it was read. */
  message = $state('');
  /** The tokenizer of the reader's own model, if they gave one. */
  customTokenizer: Tokenizer | undefined = $state.raw();
  /** What the reader's own model is called on screen (its file name or address). */
  customName = $state('');

  readonly #metas: ModelSummary[];
  // Not reactive on purpose: a cache nothing draws.
  readonly #tokenizers: Record<string, Promise<Tokenizer>> = {};
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(data: PlaygroundData) {
    this.#metas = data.metas;
    this.live = new StreamedTrace(data.lstm, DEFAULT_MODEL);
    // A live comparison traced before these arrive is newer: keep it. Should they fail to load, the section stays
    // empty until the reader asks for the cells to be traced.
    data.courseCells?.then(
      (traces) => {
        if (this.compared.length === 0) this.compared = traces;
      },
      () => undefined
    );
  }

  /** The shipped model `id`'s summary, if it is one. */
  metaOf(id: string): ModelSummary | undefined {
    return this.#metas.find((meta) => meta.id === id);
  }

  /** The label of a model choice: its id, or "Your model (name)" for the reader's own. */
  modelLabel(id: string): string {
    if (id !== CUSTOM) return id;
    return `Your model${this.customName ? ` (${this.customName})` : ''}`;
  }

  /** True while the reader types ids (their own model, without a tokenizer). */
  get usesIds(): boolean {
    return this.modelId === CUSTOM && !this.customTokenizer;
  }

  /** True when the sentence holds characters that take no space. */
  get invisible(): boolean {
    return hasInvisibleCharacters(this.sentence);
  }

  /** Each unknown word once, blanks (a lone space piece) left out. */
  get unknown(): string[] {
    return distinctWords(this.encoded?.unknown ?? []);
  }

  /** The three memory cells' traces with their labels, once all three are there. */
  get comparedModels(): { label: string; trace: Trace }[] {
    const traces = this.compared;
    return traces.length === MEMORY_MODELS.length
      ? MEMORY_MODELS.map((label, i) => ({ label, trace: traces[i]! }))
      : [];
  }

  /** Reads the URL a copied link carries (?s, ?m, ?compare) and traces it when it differs from the opening view. */
  restore(url: URL): void {
    const params = url.searchParams;
    const wanted = params.get('m');
    if (wanted && this.metaOf(wanted)) this.modelId = wanted;
    const typed = params.get('s');
    if (typed !== null) this.sentence = typed;
    this.compare = params.get('compare') === '1';
    if (this.modelId !== DEFAULT_MODEL || this.sentence !== IRELAND || this.compare)
      void this.update();
  }

  /** Traces the current input after `delay` ms (a newer call replaces it) and writes the choice to the URL. */
  schedule(delay = 0): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.update(), delay);
    writeQuery({
      s: this.sentence === IRELAND ? undefined : this.sentence.slice(0, MAX_SENTENCE_CHARACTERS),
      m: this.modelId === DEFAULT_MODEL ? undefined : this.modelId,
      compare: this.compare ? 1 : undefined
    });
  }

  /** Stops a scheduled trace (the page is going). */
  destroy(): void {
    clearTimeout(this.#timer);
  }

  /** Reads the sentence with the chosen model's tokenizer and traces it (and the three memory cells, if asked). */
  async update(): Promise<void> {
    this.message = '';
    this.encoded = undefined;
    let jobs: TraceJob[];
    try {
      jobs = await this.#jobs();
    } catch (error) {
      this.message = errorText(error);
      return;
    }
    if (jobs.length === 0) return;
    const [, ...others] = (await this.live.run(this.session, jobs, this.modelId)) ?? [];
    if (others.length === MEMORY_MODELS.length) this.compared = others;
  }

  /** The traces the input asks for; none (with `message` saying why) when it cannot be traced. */
  async #jobs(): Promise<TraceJob[]> {
    const jobs: TraceJob[] = [];
    if (this.modelId === CUSTOM) {
      const job = this.#customJob();
      if (!job) return [];
      jobs.push(job);
    } else {
      this.encoded = encodeSentence(await this.#tokenizer(this.modelId), this.sentence);
      if (this.encoded.tokens.length === 0) {
        this.message = this.#emptyMessage();
        return [];
      }
      jobs.push(this.#shippedJob(this.modelId, this.encoded));
    }
    if (this.compare) {
      const memoryInput = encodeSentence(await this.#tokenizer('memory-lstm'), this.sentence);
      if (memoryInput.tokens.length > 0)
        for (const model of MEMORY_MODELS) jobs.push(this.#shippedJob(model, memoryInput));
    }
    return jobs;
  }

  #shippedJob(model: string, input: EncodedSentence): TraceJob {
    return { key: model, source: `/models/${model}/model.json`, input: { tokens: input.tokens } };
  }

  #customJob(): TraceJob | undefined {
    if (!this.session.info(CUSTOM)) {
      this.message = 'Load a model first (below), or choose one of the shipped models.';
      return undefined;
    }
    if (this.customTokenizer) {
      this.encoded = encodeSentence(this.customTokenizer, this.sentence);
      if (this.encoded.tokens.length > 0)
        return { key: CUSTOM, input: { tokens: this.encoded.tokens } };
      this.message = this.#emptyMessage();
      return undefined;
    }
    const parsed = parseIds(this.sentence);
    if ('error' in parsed) {
      this.message = parsed.error;
      return undefined;
    }
    if (parsed.ids.length > MAX_SENTENCE_TOKENS)
      this.message = `Only the first ${MAX_SENTENCE_TOKENS} ids are read.`;
    return { key: CUSTOM, input: { ids: parsed.ids.slice(0, MAX_SENTENCE_TOKENS) } };
  }

  #emptyMessage(): string {
    return this.sentence.trim() === ''
      ? 'The sentence is empty: type something for the model to read.'
      : 'The model keeps none of these pieces: try some words it knows.';
  }

  #tokenizer(id: string): Promise<Tokenizer> {
    const file = this.metaOf(id)?.tokenizer;
    if (!file) return Promise.reject(new Error(`${id} has no tokenizer.`));
    // The tokenizer's code comes with its file: the page draws the course sentence without it.
    this.#tokenizers[id] ??= Promise.all([
      fetch(`/models/${id}/${file}`).then((response) => {
        if (!response.ok)
          throw new Error(`Could not load the tokenizer of ${id} (${response.status}).`);
        return response.text();
      }),
      import('$lib/core/tokenize/load-tokenizer.js')
    ]).then(([text, { loadTokenizer }]) => loadTokenizer(text));
    return this.#tokenizers[id];
  }
}
