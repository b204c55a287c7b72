import { describe, expect, it } from 'vitest';
import { SHIPPED_MODELS, modelRef, precomputedTraceUrl, siteBase } from '$lib/elements/assets.js';
import { quantityOf, showsControls, sortOf, wholeOf } from '$lib/elements/attribute-values.js';
import { modelList } from '$lib/elements/figure-data.svelte.js';
import { FIGURES, FIGURE_NAMES, figureOfTag, isFigureName } from '$lib/elements/figures.js';
import { IRELAND } from '$lib/core/site-sentences.js';
import { existsSync } from 'node:fs';

const script = 'https://unrolled.example/elements/unrolled.js';
const page = 'https://course.example/week3/lstm.html';

describe('siteBase', () => {
  it('siteBase(undefined) is the folder above the script', () => {
    expect(siteBase(undefined, script, page).href).toBe('https://unrolled.example/');
  });
  it('siteBase(base) resolves against the page and ends in a slash', () => {
    expect(siteBase('../mirror', script, page).href).toBe('https://course.example/mirror/');
    expect(siteBase('  ', script, page).href).toBe('https://unrolled.example/');
  });
});

describe('modelRef', () => {
  const base = new URL('https://unrolled.example/');
  it('modelRef(shipped id) points at the site’s model and meta', () => {
    const ref = modelRef(' memory-lstm ', base, page);
    expect(ref).toMatchObject({ shipped: true, id: 'memory-lstm' });
    expect(ref.modelUrl.href).toBe('https://unrolled.example/models/memory-lstm/model.json');
  });
  it('modelRef(relative URL) resolves against the page', () => {
    const ref = modelRef('models/mine/model.json', base, page);
    expect(ref).toMatchObject({ shipped: false });
    expect(ref.modelUrl.href).toBe('https://course.example/week3/models/mine/model.json');
  });
  it('modelRef(typo) names the shipped models instead of fetching a file', () => {
    expect(() => modelRef('memory-lstn', base, page)).toThrow(/not a shipped model.*memory-lstm/);
  });
  it('every shipped id has a model on disk', () => {
    for (const id of SHIPPED_MODELS)
      expect(existsSync(`static/models/${id}/model.json`)).toBe(true);
  });
});

describe('precomputedTraceUrl', () => {
  const base = new URL('https://unrolled.example/');
  it('precomputedTraceUrl(model, "") is the model’s own example sentence, a file that exists', () => {
    for (const id of SHIPPED_MODELS) {
      const url = precomputedTraceUrl(id, '', base);
      expect(url, id).toBeDefined();
      expect(existsSync(`static${url!.pathname}`), url!.pathname).toBe(true);
    }
  });
  it('precomputedTraceUrl(model, the same sentence) reuses it; another sentence has none', () => {
    expect(precomputedTraceUrl('memory-gru', ` ${IRELAND} `, base)?.pathname).toBe(
      '/traces/memory-gru-ireland.json'
    );
    expect(precomputedTraceUrl('memory-gru', 'I lived in France', base)).toBeUndefined();
  });
});

describe('attribute values', () => {
  it('quantityOf / sortOf accept only known names', () => {
    expect(quantityOf(' c ')).toBe('c');
    expect(quantityOf('<b>')).toBeUndefined();
    expect(sortOf('change')).toBe('change');
    expect(sortOf('CHANGE')).toBeUndefined();
  });
  it('wholeOf rejects NaN, fractions and numbers below min', () => {
    expect(wholeOf(3, 1)).toBe(3);
    expect(wholeOf(Number.NaN)).toBeUndefined();
    expect(wholeOf(2.5)).toBeUndefined();
    expect(wholeOf(0, 1)).toBeUndefined();
    expect(wholeOf(null)).toBeUndefined();
  });
  it('showsControls: shown alone, hidden in a group, unless asked', () => {
    expect(showsControls(undefined, undefined)).toBe(true);
    expect(showsControls(undefined, 'g')).toBe(false);
    expect(showsControls('show', 'g')).toBe(true);
    expect(showsControls('hide', undefined)).toBe(false);
  });
  it('modelList splits commas and spaces, falls back, and caps at eight', () => {
    expect(modelList('memory-rnn, memory-gru', ['x'])).toEqual(['memory-rnn', 'memory-gru']);
    expect(modelList(' , ', ['x'])).toEqual(['x']);
    expect(modelList(Array(12).fill('a').join(','), [])).toHaveLength(8);
  });
});

describe('figures', () => {
  it('figureOfTag maps every tag back to its figure and refuses others', () => {
    for (const name of FIGURE_NAMES)
      expect(figureOfTag(FIGURES[name].tag.toUpperCase())).toBe(name);
    expect(figureOfTag('unrolled-playback')).toBeUndefined();
    expect(isFigureName('toString')).toBe(false);
  });
  it('every default model is shipped', () => {
    for (const name of FIGURE_NAMES)
      for (const id of FIGURES[name].models) expect(SHIPPED_MODELS, `${name}: ${id}`).toContain(id);
  });
});
