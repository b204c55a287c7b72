import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import {
  describeFibonacci,
  fibonacciView,
  formatTerm,
  isFibonacciLayer,
  sumLine,
  termArrows,
  termBoxes
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

describe('termArrows(boxes)', () => {
  it('joins the bottoms of F(n−1) and F(n−2) to F(n)', () => {
    const boxes = termBoxes(fibonacciView(trace, 28));
    expect(boxes.map((box) => box.role)).toEqual([
      'other',
      'other',
      'other',
      'parent',
      'parent',
      'current'
    ]);
    expect(termArrows(boxes)).toEqual([
      { n: 28, d: 'M 356 70 C 356 96, 564 96, 564 74' },
      { n: 29, d: 'M 460 70 C 460 96, 564 96, 564 74' }
    ]);
  });

  it('draws none when the current term is not among the boxes', () => {
    const boxes = termBoxes(fibonacciView(trace, 28)).slice(0, 5);
    expect(termArrows(boxes)).toEqual([]);
  });

  it('follows the box width', () => {
    const boxes = termBoxes(fibonacciView(trace, 1), 6, 40, 10);
    expect(termArrows(boxes, 40).map((arrow) => arrow.d)).toEqual([
      'M 20 70 C 20 96, 120 96, 120 74',
      'M 70 70 C 70 96, 120 96, 120 74'
    ]);
  });
});

describe('sumLine(view) and formatTerm(value)', () => {
  it('writes the sum with thousands separators', () => {
    expect(sumLine(fibonacciView(trace, 28))).toBe('F(30) = 514,229 + 317,811 = 832,040');
    expect(sumLine(fibonacciView(trace, 0))).toBe('F(2) = 0 + 0 = 1');
  });

  it('groups in thousands with commas whatever the locale', () => {
    expect(formatTerm(1346269)).toBe('1,346,269');
    expect(formatTerm(0)).toBe('0');
  });
});
