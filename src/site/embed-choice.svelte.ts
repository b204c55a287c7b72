// The /embed generator's form state: the figure, model, sentence, step and theme chosen, what they make (attributes,
// snippets, the preview's address) and how they travel in the page's query.
import { MAX_SENTENCE_CHARACTERS } from '$lib/core/model-input.js';
import { IRELAND } from '$lib/core/site-sentences.js';
import { EMBED_COMPONENTS, embedComponent } from '$lib/elements/embed/components.js';
import { choiceAttributes, modelsFor } from '$lib/elements/embed/generator-choice.js';
import { elementSnippet, embedUrl, iframeSnippet } from '$lib/elements/embed/snippets.js';
import type { ModelSummary } from './model-meta.js';

const DEFAULT_COMPONENT = 'lstm-cell';
const THEMES = ['auto', 'light', 'dark'] as const;

/** The generator's choices; `metas` are the shipped models it offers. */
export class EmbedChoice {
  /** The figure's element name without its prefix, e.g. 'lstm-cell'. */
  componentName = $state(DEFAULT_COMPONENT);
  /** A shipped model id. */
  model = $state('memory-lstm');
  /** The sentence. */
  text = $state(IRELAND);
  /** A number input binds a number, or null when it is empty or not a number. */
  step: number | null = $state(null);
  /** 'auto', 'light' or 'dark'. */
  theme = $state('auto');
  /** The site's root URL as readers reach it; prerendering does not know it, so snippets wait for the browser. */
  site = $state('https://your-unrolled-site.example');
  readonly #metas: () => readonly ModelSummary[];

  /** `metas` reads the page's model list. */
  constructor(metas: () => readonly ModelSummary[]) {
    this.#metas = metas;
  }

  // Read through a method: the derived fields below are initialised before the constructor stores its argument.
  #models(): readonly ModelSummary[] {
    return this.#metas();
  }

  /** The chosen figure (the first one for an unknown name). */
  readonly component = $derived(embedComponent(this.componentName) ?? EMBED_COMPONENTS[0]!);
  /** The models the figure can show (none for figures that choose their own). */
  readonly models = $derived(modelsFor(this.component, this.#models()));
  /** The figure takes a sentence. */
  readonly takesText = $derived(this.component.accepts.includes('text'));
  /** The figure takes a starting step. */
  readonly takesStep = $derived(this.component.accepts.includes('step'));
  /** The step as an attribute value, '' when it is not a whole number from 1. */
  readonly stepText = $derived(
    this.step !== null && Number.isInteger(this.step) && this.step >= 1 ? String(this.step) : ''
  );
  /** The element's attributes (and the iframe's query). */
  readonly attributes = $derived(
    choiceAttributes(this.component, {
      model: this.model,
      text: this.text,
      step: this.stepText,
      theme: this.theme
    })
  );
  /** The web component snippet. */
  readonly webSnippet = $derived(elementSnippet(this.site, this.component, this.attributes));
  /** The iframe snippet. */
  readonly frameSnippet = $derived(iframeSnippet(this.site, this.component, this.attributes));

  /** A model's title, or its id. */
  titleOf(id: string): string {
    return this.#models().find((meta) => meta.id === id)?.title ?? id;
  }

  /** The preview's address under the site's `base` path. */
  previewSrc(base: string): string {
    return embedUrl(base.replace(/\/$/, ''), this.component, this.attributes);
  }

  /** A figure that cannot show the chosen model gets its own default. */
  fitModel(): void {
    if (this.models.length > 0 && !this.models.includes(this.model))
      this.model = this.component.defaultModel ?? this.models[0]!;
  }

  /** Takes the choices from the page's query, keeping defaults for missing or unusable values. */
  restore(params: URLSearchParams): void {
    const chosen = embedComponent(params.get('component') ?? '');
    if (chosen) this.componentName = chosen.name;
    this.model = params.get('model') ?? this.model;
    this.text = (params.get('text') ?? this.text).slice(0, MAX_SENTENCE_CHARACTERS);
    const wanted = params.get('step') ?? '';
    this.step = /^\d{1,6}$/.test(wanted) && Number(wanted) >= 1 ? Number(wanted) : null;
    const wantedTheme = params.get('theme') ?? '';
    this.theme = (THEMES as readonly string[]).includes(wantedTheme) ? wantedTheme : 'auto';
  }

  /** The query that reopens these choices (defaults left out). */
  get query(): Record<string, string | undefined> {
    return {
      component: this.componentName === DEFAULT_COMPONENT ? undefined : this.componentName,
      model: this.models.length > 0 ? this.model : undefined,
      text: this.takesText && this.text !== IRELAND ? this.text : undefined,
      step: this.takesStep && this.stepText ? this.stepText : undefined,
      theme: this.theme === 'auto' ? undefined : this.theme
    };
  }
}
