import { describe, expect, it } from 'vitest';
import { longestLabel, shortLabel, thinnedTicks } from '$lib/geometry/token-ticks.js';
import { lazyTable } from '$lib/geometry/table-data.js';

describe('thinnedTicks(count, spacing, room)', () => {
  it('labels every step when there is room', () => {
    expect(thinnedTicks(4, 20, 16)).toEqual([0, 1, 2, 3]);
  });

  it('labels every k-th step so labels are at least `room` apart', () => {
    expect(thinnedTicks(10, 3, 16)).toEqual([0, 6]);
    expect(thinnedTicks(200, 4, 16)).toHaveLength(50);
  });

  it('returns no ticks for no steps', () => {
    expect(thinnedTicks(0, 10, 16)).toEqual([]);
  });
});

describe('shortLabel(text, max)', () => {
  it('cuts long tokens with an ellipsis, counting characters not code units', () => {
    expect(shortLabel('Pneumonoultramicroscopic', 8)).toBe('Pneumon…');
    expect(shortLabel('👍🏽👍🏽', 3)).toBe('👍🏽👍🏽');
  });

  it('counts a combining accent with its letter, as one character', () => {
    // "e" + U+0301: two code units, one grapheme; the Latin fast path must not take it.
    expect(shortLabel('cafe\u0301s', 5)).toBe('cafe\u0301s');
    expect(shortLabel('cafe\u0301s!', 5)).toBe('cafe\u0301…');
  });

  it('agrees with Intl.Segmenter on Latin, Greek, CJK, emoji and line breaks', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const samples = ['Ireland', 'Gàidhlig', 'ŋʃə', 'σ(x)', '言語', '🇮🇪🇮🇪', 'a\r\nb', 'ﬁne'];
    for (const text of samples) {
      const count = [...segmenter.segment(text)].length;
      expect(longestLabel([text]), text).toBe(count);
    }
  });

  it('shows blanks visibly', () => {
    expect(shortLabel(' ')).toBe('␣');
    expect(shortLabel('')).toBe('∅');
  });
});

describe('lazyTable(build)', () => {
  it('builds the table once, on first read', () => {
    let builds = 0;
    const table = lazyTable(() => {
      builds++;
      return { columns: ['a'], rows: [[1]] };
    });
    expect(builds).toBe(0);
    expect(table.columns).toEqual(['a']);
    expect(table.rows).toEqual([[1]]);
    expect(builds).toBe(1);
  });
});
