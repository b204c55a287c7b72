import { describe, expect, it } from 'vitest';
import { IRELAND } from '$lib/core/site-sentences.js';
import { MAX_SENTENCE_CHARACTERS } from '$lib/core/model-input.js';
import { EmbedChoice } from '../../src/site/embed-choice.svelte.js';
import type { ModelSummary } from '../../src/site/model-meta.js';

const metas = [
  { id: 'memory-lstm', title: 'LSTM', cell: 'lstm' },
  { id: 'memory-gru', title: 'GRU', cell: 'gru' }
] as unknown as ModelSummary[];

describe('EmbedChoice', () => {
  it('choice.query leaves the defaults out', () => {
    const choice = new EmbedChoice(() => metas);
    expect(choice.query).toEqual({
      component: undefined,
      model: 'memory-lstm',
      text: undefined,
      step: undefined,
      theme: undefined
    });
    expect(choice.text).toBe(IRELAND);
  });

  it('choice.restore(params) takes usable values and drops the rest', () => {
    const choice = new EmbedChoice(() => metas);
    choice.restore(
      new URLSearchParams(
        'component=nope&step=0&theme=neon&text=' + 'a'.repeat(MAX_SENTENCE_CHARACTERS + 5)
      )
    );
    expect(choice.componentName).toBe('lstm-cell');
    expect(choice.step).toBeNull();
    expect(choice.theme).toBe('auto');
    expect(choice.text).toBe('a'.repeat(MAX_SENTENCE_CHARACTERS));
    choice.restore(new URLSearchParams('component=gru-cell&model=memory-gru&step=3&theme=dark'));
    expect(choice.query).toEqual({
      component: 'gru-cell',
      model: 'memory-gru',
      // The sentence from before stays: the second query names none.
      text: 'a'.repeat(MAX_SENTENCE_CHARACTERS),
      step: '3',
      theme: 'dark'
    });
  });

  it('choice.titleOf(id) names a shipped model, else gives the id', () => {
    const choice = new EmbedChoice(() => metas);
    expect(choice.titleOf('memory-gru')).toBe('GRU');
    expect(choice.titleOf('https://x/model.json')).toBe('https://x/model.json');
  });

  it('choice.webSnippet and frameSnippet carry the chosen attributes', () => {
    const choice = new EmbedChoice(() => metas);
    choice.theme = 'dark';
    expect(choice.webSnippet).toContain('theme="dark"');
    expect(choice.frameSnippet).toContain('theme=dark');
  });
});
