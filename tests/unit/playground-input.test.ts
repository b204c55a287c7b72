import { describe, expect, it } from 'vitest';
import {
  distinctWords,
  isTokenizerFile,
  modelFilesProblem,
  modelUrlProblem
} from '$site/playground-input.js';

describe('distinctWords(words)', () => {
  it('keeps each word once, trimmed, in first-seen order, without blanks', () => {
    expect(distinctWords([' zorb', 'quux ', ' ', 'zorb', '', 'quux', 'blip'])).toEqual([
      'zorb',
      'quux',
      'blip'
    ]);
  });
});

describe('modelUrlProblem(url, base)', () => {
  const base = 'https://site.example/playground';
  it('accepts http and https addresses, also relative ones', () => {
    expect(modelUrlProblem('https://models.example/m/model.json', base)).toBeUndefined();
    expect(modelUrlProblem('http://localhost:8000/model.json', base)).toBeUndefined();
    expect(modelUrlProblem('/models/memory-lstm/model.json', base)).toBeUndefined();
  });
  it('asks for an address when none was typed', () => {
    expect(modelUrlProblem('', base)).toBe('Type the address of a model.json.');
  });
  it('refuses other schemes and unreadable addresses in one line', () => {
    expect(modelUrlProblem('javascript:alert(1)', base)).toBe(
      'That address cannot be used: only http and https addresses can be loaded.'
    );
    expect(modelUrlProblem('file:///etc/model.json', base)).toMatch(/only http and https/);
    expect(modelUrlProblem('http://[::1', base)).toMatch(/^That address cannot be used: .+\.$/);
  });
});

describe('isTokenizerFile and modelFilesProblem', () => {
  it('tells a tokenizer from model files, and says what a set of model files lacks', () => {
    expect(isTokenizerFile('tokenizer.json')).toBe(true);
    expect(isTokenizerFile('vocab.subwords')).toBe(true);
    expect(isTokenizerFile('model.json')).toBe(false);
    expect(modelFilesProblem(['model.weights.bin'])).toMatch(/No model.json/);
    expect(modelFilesProblem(['model.json', 'model.weights.bin'])).toBeUndefined();
  });
});
