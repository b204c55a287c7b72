import { describe, expect, it } from 'vitest';
import { IRELAND, REVIEW } from '$lib/core/site-sentences.js';
import { embedComponent } from '$lib/elements/embed/components.js';
import { embedAttributes } from '$lib/elements/embed/embed-query.js';
import {
  choiceAttributes,
  exampleSentence,
  modelsFor
} from '$lib/elements/embed/generator-choice.js';
import {
  elementSnippet,
  embedUrl,
  escapeHtml,
  examplePage,
  iframeSnippet
} from '$lib/elements/embed/snippets.js';

const lstm = embedComponent('lstm-cell')!;
const SITE = 'https://unrolled.example/course/';
const HOSTILE = `<img src=x onerror=alert(1)><script>alert(2)</script> "q" 'a' & ☘️ ‏שלום עולם`;

/** The attribute values of the first element named `tag` in `html`, decoded as a browser would. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}((?:\\s+[a-z-]+(?:="[^"]*")?)*)\\s*/?>`).exec(html);
  if (!open) throw new Error(`no <${tag}> in ${html}`);
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries(
    [...open[1]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, decode(m[2] ?? '')])
  );
}

describe('escapeHtml(value)', () => {
  it('leaves no character that can end an attribute or open a tag', () => {
    const escaped = escapeHtml(HOSTILE);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(escaped).toContain('&amp; ☘️ ‏שלום');
  });
});

describe('elementSnippet(site, component, attributes)', () => {
  it('loads the module from the site and carries hostile text as one attribute value', () => {
    const snippet = elementSnippet(SITE, lstm, {
      model: 'memory-lstm',
      text: HOSTILE,
      autoplay: ''
    });
    const [script, element] = snippet.split('\n');
    expect(script).toBe(
      '<script type="module" src="https://unrolled.example/course/elements/unrolled.js"></script>'
    );
    expect(element).toMatch(/^<unrolled-lstm-cell [^<]*><\/unrolled-lstm-cell>$/);
    expect(attributesOf(element!, 'unrolled-lstm-cell')).toEqual({
      model: 'memory-lstm',
      text: HOSTILE,
      autoplay: ''
    });
  });
});

describe('iframeSnippet(site, component, attributes)', () => {
  it('points at the embed route, with a query that reads back to the same attributes', () => {
    const attributes = { model: 'memory-lstm', text: HOSTILE, step: '3' };
    const snippet = iframeSnippet(SITE, lstm, attributes);
    const iframe = attributesOf(snippet.replace(/\n\s*/g, ' '), 'iframe');
    const url = new URL(iframe.src!);
    expect(url.origin + url.pathname).toBe('https://unrolled.example/course/embed/lstm-cell');
    expect(embedAttributes(lstm, url.searchParams).attributes).toEqual(attributes);
    expect(iframe.title).toBe('LSTM cell — unrolled');
    expect(snippet).toContain(
      '<script src="https://unrolled.example/course/elements/embed-host.js" defer></script>'
    );
  });

  it('titles the frame with a given title, escaped', () => {
    const iframe = attributesOf(
      iframeSnippet(SITE, lstm, { title: HOSTILE }).replace(/\n\s*/g, ' '),
      'iframe'
    );
    expect(iframe.title).toBe(HOSTILE);
  });
});

describe('embedUrl(site, component, attributes)', () => {
  it('has no query without attributes and encodes every value', () => {
    expect(embedUrl('https://x.org', lstm, {})).toBe('https://x.org/embed/lstm-cell');
    expect(embedUrl('', lstm, { text: 'a&b=c' })).toBe('/embed/lstm-cell?text=a%26b%3Dc');
  });
});

describe('examplePage(title, snippet)', () => {
  it('wraps the snippet in a whole page with an escaped title', () => {
    const page = examplePage('A <b> figure', '<p>x</p>');
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<title>A &lt;b&gt; figure</title>');
    expect(page).toContain('\n    <p>x</p>\n  </body>');
  });
});

describe('choiceAttributes(component, choice)', () => {
  const choice = { model: 'memory-lstm', text: IRELAND, step: '', theme: 'auto' };

  it('leaves out the model’s own example sentence, an empty step and the auto theme', () => {
    expect(choiceAttributes(lstm, choice)).toEqual({ model: 'memory-lstm' });
  });

  it('keeps another sentence, the step and a theme', () => {
    expect(
      choiceAttributes(lstm, { ...choice, text: 'I lived in Spain', step: '5', theme: 'dark' })
    ).toEqual({ model: 'memory-lstm', text: 'I lived in Spain', step: '5', theme: 'dark' });
    expect(choiceAttributes(lstm, { ...choice, model: 'sentiment-bilstm' }).text).toBe(IRELAND);
  });

  it('gives a figure only what it reads', () => {
    const curve = embedComponent('forgetting-curve')!;
    expect(choiceAttributes(curve, { ...choice, text: 'x', step: '2', theme: 'light' })).toEqual({
      theme: 'light'
    });
  });
});

describe('exampleSentence(model) and modelsFor(component, models)', () => {
  it('names the sentence each shipped model was traced on ahead of time', () => {
    expect(exampleSentence('memory-gru')).toBe(IRELAND);
    expect(exampleSentence('sentiment-gru')).toBe(REVIEW);
    expect(exampleSentence('fibonacci')).toBeUndefined();
  });

  it('offers a cell figure only models with that cell and a tokenizer', () => {
    const models = [
      { id: 'memory-rnn', cell: 'simple_rnn', tokenizer: 'tokenizer.json' },
      { id: 'memory-lstm', cell: 'lstm', tokenizer: 'tokenizer.json' },
      { id: 'memory-gru', cell: 'gru', tokenizer: 'tokenizer.json' },
      { id: 'fibonacci', cell: 'simple_rnn', tokenizer: null }
    ];
    expect(modelsFor(lstm, models)).toEqual(['memory-lstm']);
    expect(modelsFor(embedComponent('gru-cell')!, models)).toEqual(['memory-gru']);
    expect(modelsFor(embedComponent('chain')!, models)).toEqual([
      'memory-rnn',
      'memory-lstm',
      'memory-gru'
    ]);
    expect(modelsFor(embedComponent('fibonacci')!, models)).toEqual(['fibonacci']);
    expect(modelsFor(embedComponent('compare')!, models)).toEqual([]);
  });
});
