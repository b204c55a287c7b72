import { describe, expect, it } from 'vitest';
import { ISLAND_EMPTY, bound, liveProps, prerenderAlone } from '../../src/site/hydrate-later.js';
import IslandFigure from '../component/IslandFigure.svelte';

describe('prerenderAlone', () => {
  it('renders the figure inside the island wrapper, with hydration markers and prefixed ids', () => {
    const html = prerenderAlone(IslandFigure, { label: 'Cell state' }, new Map(), 'heatmap-c');
    expect(html.startsWith('<div class="island"><!--[-->')).toBe(true);
    expect(html.endsWith('<!--]--></div>')).toBe(true);
    expect(html).toContain('Cell state: 0');
    expect(html).toMatch(/id="heatmap-c-[^"]+"/);
    // The browser's placeholder is the same wrapper, empty: the page's hydration walks past one element either way.
    expect(ISLAND_EMPTY).toBe('<div class="island"></div>');
  });
});

describe('liveProps', () => {
  it('reads every prop from a fresh call, so a figure follows the page', () => {
    let label = 'before';
    const props = liveProps(() => ({ label, count: 1 }));
    expect(props.label).toBe('before');
    label = 'after';
    expect(props.label).toBe('after');
    expect(Object.keys(props)).toEqual(['label', 'count']);
  });

  it('writes a bound prop through its setter and leaves props without one read-only', () => {
    let count = 1;
    const props = liveProps(() => ({
      label: 'x',
      get count() {
        return count;
      },
      set count(value: number) {
        count = value;
      }
    }));
    props.count = 5;
    expect(count).toBe(5);
    expect(() => ((props as { label: string }).label = 'y')).toThrow(TypeError);
  });
});

describe('bound', () => {
  it('adds props that read and write the page state, and keeps an earlier binding live', () => {
    let unit = 1;
    let term = 'forget';
    const props = bound(
      bound(
        { title: 'cell' },
        'unit',
        () => unit,
        (value: number) => (unit = value)
      ),
      'highlight',
      () => term,
      (value: string) => (term = value)
    );
    unit = 2;
    term = 'input';
    expect(props).toEqual({ title: 'cell', unit: 2, highlight: 'input' });
    const live = liveProps(() => props);
    live.unit = 7;
    live.highlight = 'output';
    expect([unit, term]).toEqual([7, 'output']);
  });
});
