import { describe, expect, it } from 'vitest';
import { encodeSentence } from '$lib/core/model-input.js';
import { WordTokenizer } from '$lib/core/tokenize/word-tokenizer.js';

const tokenizer = new WordTokenizer({ oovToken: '<OOV>' });
tokenizer.fitOnTexts(['I lived in Ireland so at school they made me learn how to speak']);

describe('encodeSentence(tokenizer, sentence)', () => {
  it('keeps the words as typed and their ids', () => {
    const encoded = encodeSentence(tokenizer, 'I lived in Ireland');
    expect(encoded.tokens.map((t) => t.text)).toEqual(['I', 'lived', 'in', 'Ireland']);
    expect(encoded.tokens.every((t) => t.id > 1)).toBe(true);
    expect(encoded.truncated).toBe(false);
  });

  it('reports unknown words, which map to the OOV id', () => {
    const encoded = encodeSentence(tokenizer, 'I lived in Eire');
    expect(encoded.unknown).toEqual(['Eire']);
    expect(encoded.tokens.at(-1)?.id).toBe(1);
  });

  it('cuts long text and long token lists and says so', () => {
    const long = 'so '.repeat(5000);
    const byCharacters = encodeSentence(tokenizer, long, { maxCharacters: 30 });
    expect(byCharacters.text).toHaveLength(30);
    expect(byCharacters.truncated).toBe(true);
    const byTokens = encodeSentence(tokenizer, long, { maxCharacters: 20000, maxTokens: 7 });
    expect(byTokens.tokens).toHaveLength(7);
    expect(byTokens.truncated).toBe(true);
  });

  it('gives no tokens for an empty or punctuation-only sentence', () => {
    expect(encodeSentence(tokenizer, '').tokens).toEqual([]);
    expect(encodeSentence(tokenizer, '?!…').tokens.map((t) => t.id)).toEqual([1]);
  });

  it('treats markup as plain text', () => {
    const encoded = encodeSentence(tokenizer, '<script>alert(1)</script>');
    expect(encoded.tokens.map((t) => t.text).join(' ')).toContain('script');
  });
});
