import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARACTERS } from '$lib/core/model-input.js';
import { readdirSync } from 'node:fs';
import { EMBED_COMPONENTS, embedComponent } from '$lib/elements/embed/components.js';
import { capText, embedAttributes, httpUrl } from '$lib/elements/embed/embed-query.js';
import { SHIPPED_MODELS } from '$site/model-meta.js';

const lstm = embedComponent('lstm-cell')!;
const heatmap = embedComponent('heatmap')!;
const compare = embedComponent('compare')!;
const read = (component = lstm, query: string) =>
  embedAttributes(component, new URLSearchParams(query));

describe('EMBED_COMPONENTS', () => {
  it('lists the seven embed routes, each with its own tag', () => {
    expect(EMBED_COMPONENTS.map((c) => c.name)).toEqual([
      'lstm-cell',
      'gru-cell',
      'chain',
      'heatmap',
      'fibonacci',
      'forgetting-curve',
      'compare'
    ]);
    expect(new Set(EMBED_COMPONENTS.map((c) => c.tag)).size).toBe(7);
  });

  it('SHIPPED_MODELS matches the models in static/models', () => {
    expect([...SHIPPED_MODELS].sort()).toEqual(
      readdirSync('static/models', { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    );
  });

  it('a figure reads only the names that fit what it draws', () => {
    expect(embedComponent('lstm-cell')!.accepts).toEqual(
      expect.arrayContaining([
        'model',
        'text',
        'trace-src',
        'step',
        'layer',
        'unit',
        'title',
        'figure-title'
      ])
    );
    expect(embedComponent('forgetting-curve')!.accepts).toEqual([
      'models',
      'theme',
      'title',
      'figure-title'
    ]);
    expect(embedComponent('compare')!.accepts).not.toContain('model');
  });

  it('embedComponent(name) is undefined for an unknown or inherited name', () => {
    expect(embedComponent('nope')).toBeUndefined();
    expect(embedComponent('constructor')).toBeUndefined();
  });
});

describe('embedAttributes(component, query)', () => {
  it('keeps known names with allowed values, in query order', () => {
    const { attributes, ignored, truncated } = read(
      lstm,
      'step=4&model=memory-lstm&theme=dark&text=I+lived+in+Ireland&autoplay'
    );
    expect(attributes).toEqual({
      step: '4',
      model: 'memory-lstm',
      theme: 'dark',
      text: 'I lived in Ireland',
      autoplay: ''
    });
    expect(Object.keys(attributes)).toEqual(['step', 'model', 'theme', 'text', 'autoplay']);
    expect(ignored).toEqual([]);
    expect(truncated).toBe(false);
  });

  it('ignores names the figure does not read and event-handler names', () => {
    const { attributes, ignored } = read(
      lstm,
      'quantity=c&onload=alert(1)&style=x&models=memory-rnn'
    );
    expect(attributes).toEqual({});
    expect(ignored).toEqual(['quantity', 'onload', 'style', 'models']);
    expect(read(heatmap, 'quantity=c&sort=change').attributes).toEqual({
      quantity: 'c',
      sort: 'change'
    });
  });

  it('drops values that are not allowed', () => {
    const { attributes, ignored } = read(
      lstm,
      'step=0&theme=<b>&autoplay=no&layer=-1&model=evil&trace-src=javascript:alert(1)'
    );
    expect(attributes).toEqual({});
    expect(ignored).toEqual(['step', 'theme', 'autoplay', 'layer', 'model', 'trace-src']);
    expect(read(lstm, 'step=1e3').attributes).toEqual({});
    expect(read(lstm, 'step=007').attributes).toEqual({ step: '7' });
  });

  it('takes model and trace URLs only over http(s)', () => {
    const url = 'https://example.org/my/model.json';
    expect(read(lstm, `model=${encodeURIComponent(url)}`).attributes.model).toBe(url);
    expect(read(lstm, 'trace-src=data:application/json,{}').attributes).toEqual({});
    expect(httpUrl('/relative/model.json')).toBeUndefined();
    expect(httpUrl(`https://x.org/${'a'.repeat(3000)}`)).toBeUndefined();
  });

  it('keeps hostile text as the same string (it is data)', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> "quoted" & ☘️ שלום';
    const query = new URLSearchParams({ text: hostile, title: hostile, 'figure-title': hostile });
    const { attributes } = embedAttributes(lstm, query);
    expect(attributes.text).toBe(hostile);
    expect(attributes.title).toBe(hostile);
    expect(attributes['figure-title']).toBe(hostile);
  });

  it('cuts text longer than MAX_SENTENCE_CHARACTERS and says so', () => {
    const { attributes, truncated } = read(lstm, `text=${'a'.repeat(10_000)}`);
    expect(attributes.text).toHaveLength(MAX_SENTENCE_CHARACTERS);
    expect(truncated).toBe(true);
    expect(read(lstm, `text=${'a'.repeat(MAX_SENTENCE_CHARACTERS)}`).truncated).toBe(false);
  });

  it('takes the first of repeated names and ignores blank text', () => {
    expect(read(lstm, 'step=2&step=9').attributes).toEqual({ step: '2' });
    expect(read(lstm, 'text=%20%20').attributes).toEqual({});
  });

  it('keeps only shipped ids in a models list, once each', () => {
    expect(read(compare, 'models=memory-gru,%20evil,memory-gru,memory-rnn').attributes).toEqual({
      models: 'memory-gru,memory-rnn'
    });
    expect(read(compare, 'models=evil').attributes).toEqual({});
  });
});

describe('capText(text, max)', () => {
  it('does not split an emoji at the cut', () => {
    const text = 'ab😀cd';
    expect(capText(text, 3)).toBe('ab');
    expect(capText(text, 4)).toBe('ab😀');
    expect(capText(text, 10)).toBe(text);
  });
});
