import type { Trace } from '../../core/trace/types.js';

/** What FibonacciRecurrence shows at one step, read from the fibonacci network's trace. */
export interface FibonacciView {
  /** The step, 0-based. */
  step: number;
  /** The index n of the number computed at this step: F(n) = F(n−1) + F(n−2). */
  n: number;
  /** F(1) … F(n), as the network's hidden states hold them. */
  terms: { n: number; value: number }[];
  /** The hidden state before the step: (F(n−1), F(n−2)). */
  before: [number, number];
  /** The hidden state after the step: (F(n), F(n−1)). */
  after: [number, number];
  /** F(n) / F(n−1), which tends to the golden ratio; null while F(n−1) is 0. */
  ratio: number | null;
}

/** True when a trace layer is the 2-unit recurrence FibonacciRecurrence can read. */
export function isFibonacciLayer(trace: Trace, layer = 0): boolean {
  const entry = trace.layers[layer];
  return entry !== undefined && entry.cell === 'simple_rnn' && entry.units === 2;
}

/** The view at `step`: after step t the state is (F(t+2), F(t+1)), so step t computes F(t+2). */
export function fibonacciView(trace: Trace, step: number, layer = 0): FibonacciView {
  const steps = trace.layers[layer]?.steps ?? [];
  const t = Math.min(Math.max(0, step), steps.length - 1);
  const state = (i: number): [number, number] => {
    const h = steps[i]?.h;
    return i < 0 || !h ? [0, 0] : [h[0] ?? 0, h[1] ?? 0];
  };
  const terms = [{ n: 1, value: state(0)[1] }];
  for (let i = 0; i <= t; i++) terms.push({ n: i + 2, value: state(i)[0] });
  const after = state(t);
  return {
    step: t,
    n: t + 2,
    terms,
    before: state(t - 1),
    after,
    ratio: after[1] === 0 ? null : after[0] / after[1]
  };
}

/** A sentence for screen readers: the sum computed at this step and the state change. */
export function describeFibonacci(view: FibonacciView): string {
  const [a, b] = view.before;
  const [c] = view.after;
  const ratio =
    view.ratio === null ? '' : ` F(${view.n}) / F(${view.n - 1}) = ${view.ratio.toFixed(4)}.`;
  return (
    `Step ${view.step + 1}: F(${view.n}) = F(${view.n - 1}) + F(${view.n - 2}) = ${a} + ${b} = ${c}. ` +
    `The network's hidden state goes from (${a}, ${b}) to (${c}, ${a}).${ratio}`
  );
}

/** A box of the sequence row: where it sits and what it holds. */
export interface TermBox {
  n: number;
  value: number;
  x: number;
  /** 'current' for F(n), 'parent' for F(n−1) and F(n−2). */
  role: 'current' | 'parent' | 'other';
}

/** The last `visible` terms laid out left to right in boxes of `width` with `gap`, the current one last. */
export function termBoxes(view: FibonacciView, visible = 6, width = 88, gap = 16): TermBox[] {
  const shown = view.terms.slice(-visible);
  return shown.map((term, i) => ({
    ...term,
    x: i * (width + gap),
    role: term.n === view.n ? 'current' : term.n >= view.n - 2 ? 'parent' : 'other'
  }));
}

/** The data table behind the figure: n and F(n) for every term so far. */
export function fibonacciTable(view: FibonacciView): { columns: string[]; rows: number[][] } {
  return { columns: ['n', 'F(n)'], rows: view.terms.map((term) => [term.n, term.value]) };
}
