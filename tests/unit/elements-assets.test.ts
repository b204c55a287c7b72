import { describe, expect, it } from 'vitest';
import { SHIPPED_MODELS, modelRef, precomputedTracePath, siteBase } from '$lib/elements/assets.js';
import { quantityOf, showsControls, sortOf, wholeOf } from '$lib/elements/attribute-values.js';
import { modelList } from '$lib/elements/figure-data.svelte.js';
import { FIGURES, FIGURE_NAMES, figureOfTag, isFigureName } from '$lib/elements/figures.js';
import { IRELAND } from '$lib/core/site-sentences.js';
import { existsSync } from 'node:fs';

const page = 'https://course.example/week3/lstm.html';

describe('siteBase', () => {
  it('siteBase(no base) is undefined: the files bundled with the elements', () => {
    expect(siteBase(undefined, page)).toBeUndefined();
    expect(siteBase('  ', page)).toBeUndefined();
  });
  it('siteBase(base) resolves against the page and ends in a slash', () => {
    expect(siteBase('../mirror', page)?.href).toBe('https://course.example/mirror/');
    expect(siteBase('https://unrolled.example', page)?.href).toBe('https://unrolled.example/');
  });
});

describe('modelRef', () => {
  it('modelRef(shipped id) is the shipped model, trimmed', () => {
    expect(modelRef(' memory-lstm ', page)).toEqual({ shipped: true, id: 'memory-lstm' });
  });
  it('modelRef(relative URL) resolves against the page', () => {
    const ref = modelRef('models/mine/model.json', page);
    expect(ref.shipped).toBe(false);
    expect(!ref.shipped && ref.modelUrl.href).toBe(
      'https://course.example/week3/models/mine/model.json'
    );
  });
  it('modelRef(typo) names the shipped models instead of fetching a file', () => {
    expect(() => modelRef('memory-lstn', page)).toThrow(/not a shipped model.*memory-lstm/);
  });
  it('every shipped id has a model on disk', () => {
    for (const id of SHIPPED_MODELS)
      expect(existsSync(`static/models/${id}/model.json`)).toBe(true);
  });
});

describe('precomputedTracePath', () => {
  it('precomputedTracePath(model, "") is the model’s own example sentence, a file that exists', () => {
    for (const id of SHIPPED_MODELS) {
      const path = precomputedTracePath(id, '');
      expect(path, id).toBeDefined();
      expect(existsSync(`static/${path}`), path).toBe(true);
    }
  });
  it('precomputedTracePath(model, the same sentence) reuses it; another sentence has none', () => {
    expect(precomputedTracePath('memory-gru', ` ${IRELAND} `)).toBe(
      'traces/memory-gru-ireland.json'
    );
    expect(precomputedTracePath('memory-gru', 'I lived in France')).toBeUndefined();
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
