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

/** The width of a term's box in the figure's units; wide enough for a seven-digit number with commas. */
export const TERM_WIDTH = 88;

/** The last `visible` terms laid out left to right in boxes of `width` with `gap`, the current one last. */
export function termBoxes(
  view: FibonacciView,
  visible = 6,
  width = TERM_WIDTH,
  gap = 16
): TermBox[] {
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

/** A curve from the bottom of a parent term's box down and across to the bottom of the current one. */
export interface TermArrow {
  /** The parent's n, which keys the arrow. */
  n: number;
  /** The SVG path. */
  d: string;
}

// The boxes sit at y 22 to 70; the curves dip to 96 and end 4 short of the current box so their ends stay visible.
/** An arrow from each parent box to the current one (none when the current term is not shown). */
export function termArrows(boxes: TermBox[], width = TERM_WIDTH): TermArrow[] {
  const current = boxes.find((box) => box.role === 'current');
  if (!current) return [];
  const to = current.x + width / 2;
  return boxes
    .filter((box) => box.role === 'parent')
    .map((box) => {
      const from = box.x + width / 2;
      return { n: box.n, d: `M ${from} 70 C ${from} 96, ${to} 96, ${to} 74` };
    });
}

/** A number as the figure prints it: grouped in thousands with commas, whatever the reader's locale. */
export function formatTerm(value: number): string {
  return value.toLocaleString('en-US');
}

/** The sum under the sequence row: F(n) = F(n−1) + F(n−2) written with the numbers. */
export function sumLine(view: FibonacciView): string {
  const [a, b] = view.before;
  return `F(${view.n}) = ${formatTerm(a)} + ${formatTerm(b)} = ${formatTerm(view.after[0])}`;
}
