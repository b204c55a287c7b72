// What a reader picks on the /embed generator, turned into the attributes both snippets carry.
import { SITE_SENTENCES } from '../../core/site-sentences.js';
import type { EmbedComponent } from './components.js';
import { embedAttributes } from './embed-query.js';

/** The generator's fields, as the form and the URL hold them (strings; '' = not set). */
export interface GeneratorChoice {
  model: string;
  text: string;
  step: string;
  theme: string;
}

/** The parts of a shipped model's meta.json that decide which figures can show it. */
export interface ModelCell {
  id: string;
  cell: string;
  tokenizer: string | null;
}

/** The sentence a shipped model's precomputed trace reads: the element shows it without tfjs when no text is set. */
export function exampleSentence(model: string): string | undefined {
  return SITE_SENTENCES.find((sentence) => sentence.model === model && sentence.text)?.text;
}

/** The shipped models `component` can show, in the order `models` lists them. */
export function modelsFor(component: EmbedComponent, models: readonly ModelCell[]): string[] {
  const fits = (model: ModelCell): boolean => {
    switch (component.cells) {
      case 'lstm':
      case 'gru':
        return model.cell === component.cells && model.tokenizer !== null;
      case 'any':
        return model.tokenizer !== null;
      case 'fibonacci':
        return model.id === 'fibonacci';
      case 'none':
        return false;
    }
  };
  return models.filter(fits).map((model) => model.id);
}

/**
 * The attributes for `choice`: only what the figure reads, checked as an embed checks its query; the text is
 * left out when it is the model's own example sentence, so the figure draws a precomputed trace without tfjs.
 */
export function choiceAttributes(
  component: EmbedComponent,
  choice: GeneratorChoice
): Record<string, string> {
  const query = new URLSearchParams();
  const model = component.accepts.includes('model') ? choice.model : '';
  if (model) query.set('model', model);
  const example = exampleSentence(model || 'memory-lstm');
  if (choice.text.trim() !== '' && choice.text !== example) query.set('text', choice.text);
  if (choice.step) query.set('step', choice.step);
  if (choice.theme && choice.theme !== 'auto') query.set('theme', choice.theme);
  return embedAttributes(component, query).attributes;
}
