// What an element draws, loaded from its attributes: a precomputed or given trace when there is one (no tfjs),
// else a live trace of the sentence; several models' traces for a comparison; held-out results for a curve.
import { MAX_SENTENCE_CHARACTERS } from '../core/model-input.js';
import { parseTrace } from '../core/trace/parse.js';
import type { Trace } from '../core/trace/types.js';
import type { ComparedModel } from '../geometry/layout/compare-cells.js';
import {
  chanceLevel,
  seriesFromMeta,
  type ForgettingMeta,
  type ForgettingSeries
} from '../geometry/layout/forgetting-curve.js';
import { modelRef, precomputedTracePath, resolveUrl, type ModelRef } from './assets.js';
import { fetchJson } from './fetch-json.js';
import { FIGURES, type FigureName } from './figures.js';
import { bundledFiles, fetchedFiles, type ShippedFiles } from './shipped-files.js';

/** The attributes that decide what a figure shows. */
export interface FigureRequest {
  figure: FigureName;
  /** A shipped model id or a model.json URL; for comparisons and curves, a comma-separated list. */
  model?: string;
  text?: string;
  tokenizer?: string;
  traceSrc?: string;
  /** The site shipped models are loaded from; undefined: the files bundled with the elements. */
  base: URL | undefined;
  /** The page's URL, for relative attributes. */
  page: string;
}

interface ModelMetaJson extends ForgettingMeta {
  tokenizer?: string;
  labels?: string[];
}

/** Splits a `models` list: commas or spaces, empty entries dropped, at most eight models. */
export function modelList(value: string | undefined, fallback: readonly string[]): string[] {
  const named = (value ?? '')
    .split(/[\s,]+/)
    .map((one) => one.trim())
    .filter(Boolean);
  return (named.length > 0 ? named : [...fallback]).slice(0, 8);
}

function filesOf(request: FigureRequest): ShippedFiles {
  return request.base ? fetchedFiles(request.base) : bundledFiles;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A figure's data and how loading it went. */
export class FigureData {
  /** 'loading' until the first load settles, then 'ready' or 'error'. */
  status: 'loading' | 'ready' | 'error' = $state('loading');
  /** A line on what is happening while loading. */
  stage = $state('Loading');
  /** The failure, as one line. */
  error = $state('');
  /** Things the reader should know about the input (cut, unknown words). */
  notes: string[] = $state([]);
  /** The trace, for single-trace figures. */
  trace: Trace | undefined = $state.raw();
  /** Each model's trace, for comparisons. */
  compared: ComparedModel[] = $state.raw([]);
  /** Class names of the (first) model's output, when its meta.json has them. */
  labels: string[] = $state.raw([]);
  /** Held-out accuracy by distance, for the forgetting curve. */
  series: ForgettingSeries[] = $state.raw([]);
  /** Chance accuracy for the curve. */
  chance: number | undefined = $state();

  #controller: AbortController | undefined;

  /** Loads what `request` asks for; a newer call wins over one still running. */
  async load(request: FigureRequest): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'loading';
    this.stage = 'Loading';
    this.error = '';
    try {
      const spec = FIGURES[request.figure];
      const notes: string[] = [];
      if (spec.input === 'evaluations') await this.#loadEvaluations(request, controller.signal);
      else if (spec.input === 'traces') await this.#loadCompared(request, notes, controller.signal);
      else {
        const [one] = await this.#traces(
          request,
          [request.model || spec.models[0]!],
          notes,
          controller.signal
        );
        if (controller.signal.aborted) return;
        this.trace = one!.trace;
        this.labels = one!.labels;
      }
      if (controller.signal.aborted) return;
      this.notes = notes;
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = messageOf(error);
      this.status = 'error';
    }
  }

  async #loadEvaluations(request: FigureRequest, signal: AbortSignal): Promise<void> {
    const ids = modelList(request.model, FIGURES[request.figure].models);
    const files = filesOf(request);
    const metas = await Promise.all(
      ids.map((id) => this.#meta(files, modelRef(id, request.page), signal))
    );
    const withResults = metas.filter((meta): meta is ModelMetaJson => !!meta?.evaluation?.buckets);
    if (withResults.length === 0)
      throw new Error('None of these models has held-out results to draw.');
    if (signal.aborted) return;
    this.series = withResults.map(seriesFromMeta);
    this.chance = chanceLevel(withResults[0]!.labels?.length ?? 0) || undefined;
  }

  async #loadCompared(request: FigureRequest, notes: string[], signal: AbortSignal): Promise<void> {
    const ids = modelList(request.model, FIGURES[request.figure].models);
    const traced = await this.#traces(request, ids, notes, signal);
    if (signal.aborted) return;
    this.compared = traced.map(({ label, trace }) => ({ label, trace }));
    this.labels = traced[0]!.labels;
  }

  async #meta(
    files: ShippedFiles,
    ref: ModelRef,
    signal: AbortSignal
  ): Promise<ModelMetaJson | undefined> {
    if (!ref.shipped) return undefined;
    const path = `models/${ref.id}/meta.json`;
    return (await files.json(path, `description of ${ref.id}`, signal)) as ModelMetaJson;
  }

  /** One trace per model, on the same sentence: `trace-src` (single figures only), precomputed, or live. */
  async #traces(
    request: FigureRequest,
    ids: readonly string[],
    notes: string[],
    signal: AbortSignal
  ): Promise<{ label: string; trace: Trace; labels: string[] }[]> {
    if (request.traceSrc && ids.length === 1) {
      this.stage = 'Loading the trace';
      const url = resolveUrl(request.traceSrc, request.page);
      return [
        { label: 'trace', trace: parseTrace(await fetchJson(url, 'trace', signal)), labels: [] }
      ];
    }
    const text = (request.text ?? '').trim();
    if (text.length > MAX_SENTENCE_CHARACTERS) {
      notes.push(`The sentence was cut to its first ${MAX_SENTENCE_CHARACTERS} characters.`);
    }
    const files = filesOf(request);
    // Every model at once: each reads its own meta and trace (the live ones queue in the one trace client).
    return Promise.all(
      ids.map(async (id) => {
        const ref = modelRef(id, request.page);
        const meta = await this.#meta(files, ref, signal);
        const precomputed = ref.shipped ? precomputedTracePath(ref.id, text) : undefined;
        let trace: Trace;
        if (precomputed) {
          this.stage = `Loading the trace of ${ref.id}`;
          trace = parseTrace(await files.json(precomputed, `trace of ${ref.id}`, signal));
        } else {
          this.stage = `Loading ${ref.id}`;
          const { traceLive, tokenizerAt } = await import('./live-trace.js');
          const shippedTokenizer = ref.shipped && meta?.tokenizer;
          const tokenizer = shippedTokenizer
            ? {
                key: `${files.model(ref.id).key}#${shippedTokenizer}`,
                source: () => files.text(`models/${ref.id}/${shippedTokenizer}`, 'tokenizer')
              }
            : request.tokenizer
              ? tokenizerAt(resolveUrl(request.tokenizer, request.page))
              : undefined;
          const live = await traceLive({
            model: ref.shipped
              ? files.model(ref.id)
              : { key: ref.modelUrl.href, source: async () => ref.modelUrl.href },
            tokenizer,
            text: text.slice(0, MAX_SENTENCE_CHARACTERS),
            signal,
            onStage: (stage) => (this.stage = `${stage} (${ref.id})`)
          });
          trace = live.trace;
          for (const note of live.notes) if (!notes.includes(note)) notes.push(note);
        }
        return { label: ref.id, trace, labels: meta?.labels ?? [] };
      })
    );
  }
}
