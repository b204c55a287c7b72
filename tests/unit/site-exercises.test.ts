import { describe, expect, it } from 'vitest';
import type { LstmGates, Trace } from '$lib/core/trace/types.js';
import {
  buildExercises,
  clearDistractors,
  marginOf,
  MIN_MARGIN,
  spreadOf,
  type Exercise
} from '../../src/site/exercises/index.js';
import { percentText } from '../../src/site/memory-readout.js';
import { shippedExerciseData } from './site-exercises-data.js';

const whole = (v: number) => v.toLocaleString('en-US');
const shown = (e: Exercise) => [e.prompt, ...e.options, e.explanation].join('\n');

/** The value a quote's text prints, and how far the value may be from it after rounding. */
function printed(text: string): { value: number; tolerance: number } {
  const percent = text.endsWith('%');
  const digits = text.replace(/[,%]/g, '');
  const decimals = digits.split('.')[1]?.length ?? 0;
  const scale = percent ? 100 : 1;
  return { value: Number(digits) / scale, tolerance: (0.5 * 10 ** -decimals) / scale + 1e-12 };
}

describe('exercise margins', () => {
  it('marginOf calls a tie at the displayed precision 0: input 0.677 vs output 0.682 both print 0.68', () => {
    expect(marginOf([0.677, 0.682, 0.9], (v) => v.toFixed(2), true)).toBe(0);
  });

  it('marginOf gives 99.97 % against 99.95 % a margin far below MIN_MARGIN', () => {
    expect(marginOf([0.9997, 0.9995], percentText)).toBeLessThan(MIN_MARGIN);
  });

  it('marginOf is relative to the larger of the two, and Infinity for a never-vs-number call', () => {
    expect(marginOf([1, 0.5], String)).toBeCloseTo(0.5, 10);
    expect(marginOf([Infinity, 8, 3], String)).toBe(Infinity);
  });

  it('spreadOf(answer, distractors) is the smallest margin to any distractor', () => {
    expect(spreadOf(100, [50, 90, 200], String)).toBeCloseTo(0.1, 10);
    expect(spreadOf(100, [100.4], (v) => v.toFixed(0))).toBe(0);
  });

  it('clearDistractors drops a distractor within 5 % of the answer or of one kept before it', () => {
    // 94,785 is 4.1 % from 98,881 (the notebook model's Dense slip); 74,369 is 0.3 % from 74,113.
    expect(clearDistractors(98881, [65857, 94785, 74113, 74369], whole)).toEqual([65857, 74113]);
  });
});

describe('buildExercises on the shipped data', () => {
  const data = shippedExerciseData();
  const exercises = buildExercises(data);

  it('has the old questions and one on each new topic', () => {
    expect(exercises.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'subwords',
        'fibonacci-state',
        'fibonacci-value',
        'far-answer',
        'curriculum',
        'bidirectional',
        'notebook-shape',
        'notebook-params'
      ])
    );
  });

  it('every exercise wins by at least MIN_MARGIN, with different options and the answer among them', () => {
    for (const e of exercises) {
      expect(e.margin, e.id).toBeGreaterThanOrEqual(MIN_MARGIN);
      expect(new Set(e.options).size, e.id).toBe(e.options.length);
      expect(e.options.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.options, e.id).toContain(e.answer);
    }
  });

  it('every number an exercise prints is one of its quotes, and each quote prints its value', () => {
    for (const e of exercises) {
      let text = shown(e);
      for (const q of [...e.quotes].sort((a, b) => b.text.length - a.text.length)) {
        expect(text.includes(q.text) || shown(e).includes(q.text), `${e.id}: ${q.text}`).toBe(true);
        text = text.split(q.text).join('');
        const { value, tolerance } = printed(q.text);
        expect(Math.abs(value - q.value), `${e.id}: ${q.text} for ${q.value}`).toBeLessThanOrEqual(
          tolerance
        );
        expect(q.source, e.id).not.toBe('');
      }
      expect(text.match(/\d+/g), `${e.id} prints numbers no quote covers`).toBeNull();
    }
  });

  it('a gate question whose two lowest means print alike is dropped (the margin rule is applied)', () => {
    const lstm = structuredClone(data.traces['memory-lstm-ireland']!) as Trace;
    const t = lstm.tokens.findIndex((token) => token.text.trim() === 'Ireland');
    const gates = lstm.layers[0]!.steps[t]!.gates as LstmGates;
    gates.output = gates.input.map((v) => v + 1e-4);
    gates.forget = gates.input.map((v) => v + 0.3);
    const doctored = buildExercises({
      ...data,
      traces: { ...data.traces, 'memory-lstm-ireland': lstm }
    });
    expect(exercises.map((e) => e.id)).toContain('closed-gate');
    expect(doctored.map((e) => e.id)).not.toContain('closed-gate');
  });

  it('the Fibonacci answer is the recurrence F(n+1) after step n, read from the trace', () => {
    const e = exercises.find((x) => x.id === 'fibonacci-value')!;
    const n = Number(/after step (\d+)\?/.exec(e.prompt)![1]);
    let [a, b] = [1, 1];
    for (let k = 1; k < n; k++) [a, b] = [a + b, a];
    expect(e.answer).toBe(whole(a));
  });

  it('the subword answer is the tokenizer’s own cut, and the notebook question drops the 4.1 % slip', () => {
    const sub = exercises.find((x) => x.id === 'subwords')!;
    expect(sub.answer.split(' · ')).toEqual(
      data.subwords.encodeWithSpans('Ireland').map((piece) => piece.text)
    );
    const params = exercises.find((x) => x.id === 'notebook-params')!;
    expect(params.options).not.toContain('94,785');
  });
});
