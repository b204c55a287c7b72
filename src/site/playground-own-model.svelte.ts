// The reader's own model in the playground: files picked or dropped (a Keras file, or model.json with its weights and
// an optional tokenizer), a model.json address, or a model the training lab kept in this browser.
import { modelFromOpener } from '$lib/state/model-handoff.js';
import { storedTokenizerFile } from '$lib/state/stored-model.js';
import type { ModelSource } from '$lib/tf/load.js';
import { isPickleName, kerasUpload, pickleMessage } from './keras-upload.js';
import { isTokenizerFile, modelFilesProblem, modelUrlProblem } from './playground-input.js';
import { errorText } from './playground-session.svelte.js';
import { CUSTOM, type PlaygroundState } from './playground-state.svelte.js';

/** Loads the reader's model into a playground and says how it went. */
export class OwnModel {
  /** Where the tokenizer came from, for its field's label. */
  tokenizerName = $state('');
  /** How the last load went, in one or two lines. */
  message = $state('');

  readonly #playground: PlaygroundState;

  constructor(playground: PlaygroundState) {
    this.#playground = playground;
  }

  /** Opens a model the training lab kept in this browser (an indexeddb:// URL), with its tokenizer. */
  async openTrained(url: string): Promise<void> {
    const tokenizer = storedTokenizerFile(url);
    if (tokenizer) await this.useTokenizer(tokenizer);
    await this.#load(url, 'the model you trained in the lab');
  }

  /** Opens a model a training lab in another tab (any origin) handed over (?model=opener), with its tokenizer. */
  async openHanded(): Promise<void> {
    try {
      const files = await modelFromOpener();
      const tokenizer = files.find((file) => isTokenizerFile(file.name));
      if (tokenizer) await this.useTokenizer(tokenizer);
      await this.#load(
        files.filter((file) => file !== tokenizer),
        'the model you trained in the lab'
      );
    } catch (error) {
      this.message = errorText(error);
    }
  }

  /** Takes the reader's files: the tokenizer (if among them) aside, the rest as the model. */
  async useFiles(files: File[]): Promise<void> {
    this.message = '';
    const keras = await kerasUpload(files);
    if (keras) {
      this.#playground.customTokenizer = keras.tokenizer;
      this.tokenizerName = keras.tokenizer ? `the vocabulary inside ${keras.model.name}` : '';
      const tokenizerFile = files.find((file) => isTokenizerFile(file.name));
      if (!keras.tokenizer && tokenizerFile) await this.useTokenizer(tokenizerFile);
      const pickled = this.message;
      await this.#load([keras.model], keras.model.name);
      if (pickled) this.message = `${this.message} ${pickled}`;
      return;
    }
    const tokenizerFiles = files.filter((file) => isTokenizerFile(file.name));
    const modelFiles = files.filter((file) => !isTokenizerFile(file.name));
    if (tokenizerFiles[0]) await this.useTokenizer(tokenizerFiles[0]);
    if (modelFiles.length === 0 && tokenizerFiles.length > 0) return;
    const problem = modelFilesProblem(modelFiles.map((file) => file.name));
    if (problem) {
      this.message = problem;
      return;
    }
    const json = modelFiles.find((file) => file.name.toLowerCase().endsWith('.json'))!;
    try {
      JSON.parse(await json.text());
    } catch {
      this.message = `${json.name} is not JSON: choose the model.json that tfjs or tensorflowjs_converter wrote.`;
      return;
    }
    await this.#load(modelFiles, json.name);
  }

  /** Reads a tokenizer file; a pickle or an unreadable file leaves word ids in use, and says why. */
  async useTokenizer(file: File): Promise<void> {
    const playground = this.#playground;
    if (isPickleName(file.name)) {
      playground.customTokenizer = undefined;
      this.tokenizerName = '';
      this.message = pickleMessage(file.name);
      return;
    }
    try {
      const { loadTokenizer } = await import('$lib/core/tokenize/load-tokenizer.js');
      playground.customTokenizer = loadTokenizer(await file.text());
      this.tokenizerName = file.name;
    } catch (error) {
      playground.customTokenizer = undefined;
      this.tokenizerName = '';
      this.message = `The tokenizer ${file.name} could not be read: ${errorText(error)}. Word ids are used instead.`;
    }
  }

  /** Loads the model.json at the address the reader typed (http or https only). */
  loadUrl(typed: string): void {
    const url = typed.trim();
    const problem = modelUrlProblem(url, location.href);
    if (problem) {
      this.message = problem;
      return;
    }
    void this.#load(url, url);
  }

  async #load(source: ModelSource, name: string): Promise<void> {
    const playground = this.#playground;
    const { session } = playground;
    const info = await session.load(CUSTOM, source);
    if (!info) {
      this.message = session.error
        ? `Could not load ${name}: ${session.error}`
        : 'Loading was cancelled.';
      return;
    }
    playground.customName = name;
    const layers = info.layers.map((layer) => layer.className).join(' → ');
    const { input } = info;
    const reads =
      input.kind === 'ids'
        ? `reads word ids${input.vocabularySize ? ` below ${input.vocabularySize}` : ''}${input.steps ? `, exactly ${input.steps} per sentence` : ''}`
        : 'reads vectors (not supported here: the playground feeds word ids)';
    this.message = `Loaded ${name}: ${layers}; it ${reads}.`;
    playground.modelId = CUSTOM;
    if (!playground.customTokenizer) playground.sentence = defaultIds(input.steps);
    playground.schedule(0);
  }
}

/** 1, 2, … as many ids as the model reads (5 when any number will do). */
function defaultIds(steps: number | null): string {
  return Array.from({ length: steps ?? 5 }, (_, i) => i + 1).join(', ');
}
