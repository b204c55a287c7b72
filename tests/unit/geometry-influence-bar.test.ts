import { describe, expect, it } from 'vitest';
import {
  describeInfluence,
  influenceLayout,
  influenceShares,
  influenceTable,
  topTokens
} from '$lib/geometry/layout/influence-bar.js';

const tokens = [
  { text: 'I', id: 2 },
  { text: 'lived', id: 3 },
  { text: 'in', id: 4 },
  { text: 'Ireland', id: 5 }
];
const influence = [0.0002, 0.001, 0.0005, 0.004];

describe('influenceShares(influence)', () => {
  it('divides by the largest', () => {
    expect(influenceShares(influence)).toEqual([0.05, 0.25, 0.125, 1]);
  });

  it('gives zeros when every influence is 0', () => {
    expect(influenceShares([0, 0])).toEqual([0, 0]);
  });
});

describe('influenceLayout(shares, tokens, width)', () => {
  const layout = influenceLayout([0.5, 1], tokens.slice(0, 2), 248, 100);

  it('gives each token a band and a bar 3/4 of it wide, centred', () => {
    expect(layout.band).toBe(100);
    expect(layout.columns[1]).toMatchObject({ x: 40 + 100 + 12.5, width: 75 });
  });

  it('makes bar heights proportional to the share, standing on the bottom', () => {
    expect(layout.columns[0]!.height).toBe(50);
    expect(layout.columns[0]!.y + layout.columns[0]!.height).toBe(layout.bottom);
    expect(layout.y(1)).toBe(layout.top);
  });

  it('keeps a bar at least 1 unit wide for very many tokens', () => {
    expect(influenceLayout(new Array(500).fill(1), [], 300).columns[0]!.width).toBe(1);
  });
});

describe('topTokens(influence, tokens, count)', () => {
  it('ranks the most influential tokens first', () => {
    expect(topTokens(influence, tokens, 2).map((entry) => entry.text)).toEqual([
      'Ireland',
      'lived'
    ]);
  });
});

describe('describeInfluence(influence, tokens, current, count)', () => {
  it('ranks the top tokens with their share and raw number, and reads the current one', () => {
    const text = describeInfluence(influence, tokens, 1, 2);
    expect(text).toContain(
      'Most influential: 1. "Ireland" (step 4): 1.00 (raw 0.004); 2. "lived" (step 2): 0.25 (raw 0.001).'
    );
    expect(text).toContain('Current step 2 "lived": 0.25.');
  });

  it('writes tiny raw numbers in exponent form', () => {
    expect(describeInfluence([0.00004], [tokens[0]!], 0)).toContain('(raw 4.00e-5)');
  });

  it('says so when every influence is 0', () => {
    expect(describeInfluence([0, 0], tokens.slice(0, 2), 0)).toContain(
      "Every token's influence is 0"
    );
  });
});

describe('influenceTable(influence, tokens)', () => {
  it('lists raw influence and share per step', () => {
    expect(influenceTable(influence, tokens).rows[3]).toEqual([4, 'Ireland', 0.004, 1]);
  });
});
