import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTokenizer } from '$lib/core/tokenize/load-tokenizer.js';

const readme = readFileSync('README.md', 'utf8');

describe('README examples', () => {
  it('the Tracer example’s ids are its words through memory-lstm’s own tokenizer', () => {
    const match = /ids: \[([\d, ]+)\],\s*texts: \[([^\]]+)\]/.exec(readme);
    expect(match, 'a Tracer example with ids and texts').not.toBeNull();
    const ids = match![1]!.split(',').map(Number);
    const texts = [...match![2]!.matchAll(/'([^']*)'/g)].map((one) => one[1]!);
    const tokenizer = loadTokenizer(
      readFileSync('static/models/memory-lstm/tokenizer.json', 'utf8')
    );
    expect(tokenizer.encode(texts.join(' '))).toEqual(ids);
    expect(texts).toHaveLength(ids.length);
  });

  it('names the Node entry the package exports', () => {
    const exports = JSON.parse(readFileSync('package.json', 'utf8')).exports;
    expect(readme).toContain("from 'unrolled/tf/node'");
    expect(exports['./tf/node']).toBeDefined();
  });
});
