import { describe, expect, it } from 'vitest';
import { describeTokenStrip, displayText, tokenStripItems } from '$lib/geometry/token-strip.js';

const tokens = [
  { text: 'I', id: 4 },
  { text: 'lived', id: 9 },
  { text: 'Eire', id: 1, oov: true }
];

describe('tokenStripItems(tokens, current, showIds)', () => {
  it('marks exactly the current token and the oov tokens', () => {
    const items = tokenStripItems(tokens, 1, false);
    expect(items.map((item) => item.current)).toEqual([false, true, false]);
    expect(items.map((item) => item.oov)).toEqual([false, false, true]);
  });

  it('labels each token with its position, id when asked, and oov status', () => {
    const [, second, third] = tokenStripItems(tokens, 1, true);
    expect(second?.label).toBe('lived, token 2 of 3, id 9, current step');
    expect(third?.label).toBe('Eire, token 3 of 3, id 1, unknown word');
  });

  it('leaves ids out of labels unless asked', () => {
    expect(tokenStripItems(tokens, -1, false)[0]?.label).toBe('I, token 1 of 3');
  });

  it('returns no items for no tokens', () => {
    expect(tokenStripItems([], 0, true)).toEqual([]);
  });
});

describe('displayText(text)', () => {
  it('keeps ordinary text', () => expect(displayText('Gaelic')).toBe('Gaelic'));
  it('makes whitespace-only tokens visible', () => expect(displayText('  ')).toBe('\u2423\u2423'));
  it('shows an empty token as ∅', () => expect(displayText('')).toBe('\u2205'));
});

describe('describeTokenStrip(tokens, current)', () => {
  it('names the tokens, the current step and the unknown words', () => {
    expect(describeTokenStrip(tokens, 0)).toBe(
      '3 tokens: I | lived | Eire. Current step 1: "I". Unknown to the vocabulary: Eire.'
    );
  });
  it('says so when there are no tokens', () =>
    expect(describeTokenStrip([], -1)).toBe('No tokens.'));
  it('omits the current step when it is out of range', () => {
    expect(describeTokenStrip([{ text: 'a', id: 2 }], 5)).toBe('1 token: a.');
  });
});
