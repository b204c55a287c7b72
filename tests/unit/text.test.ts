import { describe, expect, it } from 'vitest';
import { splitWords } from '$lib/core/split-words.js';
import { textDirection } from '$lib/core/text-direction.js';
import { indexForKey } from '$lib/state/step-keys.js';

describe('splitWords(sentence)', () => {
  it('splits words from punctuation', () => {
    expect(splitWords('I lived in Ireland, so')).toEqual([
      'I',
      'lived',
      'in',
      'Ireland',
      ',',
      'so'
    ]);
  });
  it('keeps apostrophes and accented letters inside words', () => {
    expect(splitWords("don't say déjà-vu")).toEqual(["don't", 'say', 'déjà', '-', 'vu']);
  });
  it('returns nothing for whitespace', () => expect(splitWords('  \n ')).toEqual([]));
  it('keeps emoji as tokens of their own', () =>
    expect(splitWords('good 👍')).toEqual(['good', '👍']));
});

describe('textDirection(text)', () => {
  it('is ltr for English', () => expect(textDirection('I lived in Ireland')).toBe('ltr'));
  it('is rtl for Hebrew and Arabic', () => {
    expect(textDirection('שלום עולם')).toBe('rtl');
    expect(textDirection('مرحبا')).toBe('rtl');
  });
  it('follows the first strong character', () => expect(textDirection('123 שלום abc')).toBe('rtl'));
  it('is ltr without strong characters', () => expect(textDirection('123 !?')).toBe('ltr'));
});

describe('indexForKey(key, index, count, rtl)', () => {
  it('moves forward and back with the arrows, clamped to the row', () => {
    expect(indexForKey('ArrowRight', 2, 5)).toBe(3);
    expect(indexForKey('ArrowLeft', 0, 5)).toBe(0);
    expect(indexForKey('ArrowRight', 4, 5)).toBe(4);
  });
  it('swaps left and right in right-to-left rows', () => {
    expect(indexForKey('ArrowLeft', 2, 5, true)).toBe(3);
    expect(indexForKey('ArrowRight', 2, 5, true)).toBe(1);
  });
  it('jumps with Home and End', () => {
    expect(indexForKey('Home', 3, 5)).toBe(0);
    expect(indexForKey('End', 0, 5)).toBe(4);
  });
  it('ignores other keys and empty rows', () => {
    expect(indexForKey('a', 1, 5)).toBeUndefined();
    expect(indexForKey('End', 0, 0)).toBeUndefined();
  });
});
