import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import {
  describeFibonacci,
  fibonacciView,
  isFibonacciLayer
} from '$lib/geometry/layout/fibonacci.js';
import fibonacci from '../fixtures/traces/fibonacci-30.json';

const trace = fibonacci as Trace;
const F = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55];

describe('fibonacciView(trace, step)', () => {
  it('reads F(1)…F(n) from the hidden states', () => {
    const view = fibonacciView(trace, 8);
    expect(view.n).toBe(10);
    expect(view.terms.map((term) => term.value)).toEqual(F.slice(1, 11));
    expect(view.before).toEqual([F[9], F[8]]);
    expect(view.after).toEqual([F[10], F[9]]);
  });

  it('starts from the zero state', () => {
    const view = fibonacciView(trace, 0);
    expect(view.before).toEqual([0, 0]);
    expect(view.after).toEqual([1, 1]);
    expect(view.terms).toEqual([
      { n: 1, value: 1 },
      { n: 2, value: 1 }
    ]);
  });

  it('reaches F(30) = 832040 at step 29 and the golden ratio', () => {
    const view = fibonacciView(trace, 29);
    expect(view.terms.find((term) => term.n === 30)?.value).toBe(832040);
    expect(view.ratio).toBeCloseTo((1 + Math.sqrt(5)) / 2, 9);
  });

  it('clamps steps outside the trace', () => {
    expect(fibonacciView(trace, 99).step).toBe(29);
    expect(fibonacciView(trace, -3).step).toBe(0);
  });
});

describe('isFibonacciLayer(trace)', () => {
  it('accepts the 2-unit SimpleRNN and nothing else', () => {
    expect(isFibonacciLayer(trace)).toBe(true);
    expect(isFibonacciLayer({ ...trace, layers: [{ ...trace.layers[0]!, units: 3 }] })).toBe(false);
    expect(isFibonacciLayer(trace, 2)).toBe(false);
  });
});

describe('describeFibonacci(view)', () => {
  it('states the sum and the state change with the real numbers', () => {
    expect(describeFibonacci(fibonacciView(trace, 4))).toBe(
      'Step 5: F(6) = F(5) + F(4) = 5 + 3 = 8. The network’s hidden state goes from (5, 3) to (8, 5). F(6) / F(5) = 1.6000.'.replace(
        '’',
        "'"
      )
    );
  });
});
