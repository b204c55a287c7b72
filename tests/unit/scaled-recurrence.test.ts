import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellSpec } from '$lib/core/cells/weights.js';
import { scaledRun, spectralRadius } from '$lib/core/scaled-recurrence.js';
import { readManifestWeights } from '$lib/core/weights-manifest.js';

const PHI = (1 + Math.sqrt(5)) / 2;
const model = JSON.parse(readFileSync('static/models/fibonacci/model.json', 'utf8'));
const bin = readFileSync('static/models/fibonacci/model.weights.bin');

describe('readManifestWeights(manifest, data)', () => {
  it('reads the shipped fibonacci weights without tfjs', () => {
    const weights = readManifestWeights(model.weightsManifest, new Uint8Array(bin).buffer);
    expect(Array.from(weights.get('fibonacci/recurrent_kernel')!.values)).toEqual([1, 1, 1, 0]);
    expect(Array.from(weights.get('fibonacci/kernel')!.values)).toEqual([1, 1]);
    expect(weights.get('embedding/embeddings')!.shape).toEqual([2, 1]);
  });

  it('refuses a file that ends too soon', () => {
    expect(() => readManifestWeights(model.weightsManifest, new ArrayBuffer(8))).toThrow(
      /ends before fibonacci\/kernel/
    );
  });
});

describe('spectralRadius and scaledRun', () => {
  const spec: CellSpec = {
    kind: 'simple_rnn',
    activation: 'linear',
    recurrentActivation: 'hardSigmoid',
    weights: {
      inputSize: 1,
      units: 2,
      kernel: Float32Array.from([1, 1]),
      recurrentKernel: Float32Array.from([1, 1, 1, 0]),
      bias: Float32Array.from([0, 0])
    }
  };
  const inputs = Float32Array.from({ length: 30 }, (_, t) => (t === 0 ? 1 : 0));

  it('finds φ as the largest eigenvalue of [[1, 1], [1, 0]]', () => {
    expect(spectralRadius([1, 1, 1, 0], 2)).toBeCloseTo(PHI, 9);
    expect(spectralRadius([0.5, 0, 0, -2], 2)).toBeCloseTo(2, 9);
  });

  it('at s = 1 replays Fibonacci; at s the state is s^(t−1) times it and grows like (φ·s)^t', () => {
    const fib = scaledRun(spec, 1, inputs, 30);
    expect(fib.states.slice(0, 6).map((h) => h[1])).toEqual([1, 1, 2, 3, 5, 8]);
    for (const s of [0.5, 0.618, 0.9]) {
      const run = scaledRun(spec, s, inputs, 30);
      expect(run.radius).toBeCloseTo(PHI * s, 6);
      run.states.forEach((h, t) => expect(h[0]! / fib.states[t]![0]!).toBeCloseTo(s ** t, 5));
      expect(run.norms[29]! / run.norms[28]!).toBeCloseTo(PHI * s, 5);
    }
    expect(scaledRun(spec, 0.5, inputs, 30).norms[29]).toBeLessThan(1e-2);
    expect(scaledRun(spec, 0.9, inputs, 30).norms[29]).toBeGreaterThan(1e3);
  });
});
