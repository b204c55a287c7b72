import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import { cellColours } from '$lib/geometry/layout/cell-diagram.js';
import {
  describeLstmCell,
  lstmSentences,
  lstmStep,
  lstmSummary,
  lstmTable,
  lstmUnit
} from '$lib/geometry/layout/lstm-cell.js';
import { lstmDiagram } from '$lib/geometry/layout/lstm-diagram.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';

const lstm = lstmJson as Trace;
const bilstm = bilstmJson as Trace;

/** The illustrative two-unit trace of docs/trace-format.md: hand-chosen gates, c and h worked out by hand. */
const docs: Trace = {
  format: 'unrolled-trace',
  version: 1,
  tokens: [
    { text: 'in', id: 4 },
    { text: 'Ireland', id: 5 }
  ],
  layers: [
    {
      name: 'lstm',
      cell: 'lstm',
      direction: 'forward',
      units: 2,
      activation: 'tanh',
      recurrentActivation: 'sigmoid',
      steps: [
        {
          h: [0.24, -0.049],
          c: [0.4402, -0.0744],
          gates: {
            input: [0.62, 0.31],
            forget: [0.45, 0.88],
            candidate: [0.71, -0.24],
            output: [0.58, 0.66]
          },
          masked: false
        },
        {
          h: [0.5959, -0.0207],
          c: [1.1808, -0.0505],
          gates: {
            input: [0.83, 0.12],
            forget: [0.91, 0.76],
            candidate: [0.94, 0.05],
            output: [0.72, 0.41]
          },
          masked: false
        }
      ]
    }
  ],
  output: [0.87],
  influence: [0.12, 0.94],
  check: {
    maxAbsDiff: 0,
    against: 'nothing: an illustrative trace written by hand',
    backend: 'none'
  }
};
const docsLayer = docs.layers[0]!;

describe('lstmStep(trace, layer, t)', () => {
  it('pairs the step with the cell and hidden state of the step before, going forward', () => {
    const step = lstmStep(docs, docsLayer, 1);
    expect(step.token).toBe('Ireland');
    expect(step.forget).toEqual([0.91, 0.76]);
    expect(step.cBefore).toEqual([0.4402, -0.0744]);
    expect(step.hBefore).toEqual([0.24, -0.049]);
    expect(step.before).toBe('t−1');
  });

  it('starts from zeros at the first step', () => {
    const step = lstmStep(docs, docsLayer, 0);
    expect(step.cBefore).toEqual([0, 0]);
    expect(step.hBefore).toEqual([0, 0]);
  });

  it('takes the state before from the next token going backward, zeros at the last token', () => {
    const back = bilstm.layers[1]!;
    const step = lstmStep(bilstm, back, 4);
    expect(step.before).toBe('t+1');
    expect(step.cBefore).toEqual(back.steps[5]!.c);
    expect(lstmStep(bilstm, back, bilstm.tokens.length - 1).cBefore.every((v) => v === 0)).toBe(
      true
    );
  });

  it('clamps the step into the layer', () => {
    expect(lstmStep(docs, docsLayer, 9).t).toBe(1);
    expect(lstmStep(docs, docsLayer, -3).t).toBe(0);
  });

  it('gives steps whose gates make their states: c = f⊙c₋₁ + i⊙g and h = o⊙tanh(c), both directions', () => {
    for (const [trace, layer] of [
      [lstm, lstm.layers[0]!],
      [bilstm, bilstm.layers[0]!],
      [bilstm, bilstm.layers[1]!]
    ] as const) {
      for (let t = 0; t < trace.tokens.length; t++) {
        const step = lstmStep(trace, layer, t);
        step.c.forEach((c, k) => {
          const made = step.forget[k]! * step.cBefore[k]! + step.input[k]! * step.candidate[k]!;
          expect(Math.abs(made - c)).toBeLessThan(1e-5);
          expect(Math.abs(step.output[k]! * Math.tanh(c) - step.h[k]!)).toBeLessThan(1e-5);
        });
      }
    }
  });
});

describe('lstmSummary(step) and lstmSentences(summary)', () => {
  it('averages each gate over the units', () => {
    const summary = lstmSummary(lstmStep(docs, docsLayer, 1));
    expect(summary.keeps).toBeCloseTo((0.91 + 0.76) / 2, 12);
    expect(summary.writes).toBeCloseTo((0.83 + 0.12) / 2, 12);
    expect(summary.reads).toBeCloseTo((0.72 + 0.41) / 2, 12);
    expect(summary.candidate).toEqual([0.05, 0.94]);
    expect(summary.c).toEqual([-0.0505, 1.1808]);
  });

  it('says it in plain words with whole percentages', () => {
    const sentences = lstmSentences(lstmSummary(lstmStep(docs, docsLayer, 0)));
    // forget (0.45 + 0.88) / 2 = 0.665, input (0.62 + 0.31) / 2 = 0.465, output (0.58 + 0.66) / 2 = 0.62
    expect(sentences.forget).toBe('keeps 67% of the cell state on average');
    expect(sentences.input).toBe('writes 47% of the candidate into the cell state on average');
    expect(sentences.output).toBe('reads 62% of the squashed cell state out as h on average');
    expect(sentences.candidate).toBe('proposes values from −0.24 to 0.71');
  });
});

describe('lstmUnit(step, unit)', () => {
  it('reads one unit across gates and states', () => {
    expect(lstmUnit(lstmStep(docs, docsLayer, 1), 0)).toEqual({
      f: 0.91,
      i: 0.83,
      g: 0.94,
      o: 0.72,
      cBefore: 0.4402,
      c: 1.1808,
      hBefore: 0.24,
      h: 0.5959
    });
  });

  it('is undefined for no unit or one the layer lacks', () => {
    const step = lstmStep(docs, docsLayer, 1);
    expect(lstmUnit(step, undefined)).toBeUndefined();
    expect(lstmUnit(step, 2)).toBeUndefined();
    expect(lstmUnit(step, -1)).toBeUndefined();
  });
});

describe('lstmDiagram(step, options)', () => {
  const colours = cellColours(docsLayer);

  it('has the states and gates as focusable parts in reading order', () => {
    const diagram = lstmDiagram(lstmStep(docs, docsLayer, 1), { colours });
    expect(diagram.parts.map((part) => part.id)).toEqual([
      'c-before',
      'h-before',
      'forget',
      'input',
      'candidate',
      'output',
      'c',
      'h'
    ]);
  });

  it('fills each strip with one cell per unit, coloured by its scale', () => {
    const diagram = lstmDiagram(lstmStep(docs, docsLayer, 1), { colours });
    const forget = diagram.parts.find((part) => part.id === 'forget')!;
    expect(forget.strip.cells.map((cell) => cell.fill)).toEqual([
      colours.gate(0.91),
      colours.gate(0.76)
    ]);
    const widths = forget.strip.cells.reduce((sum, cell) => sum + cell.width, 0);
    expect(widths).toBeCloseTo(forget.strip.box.width, 9);
    const candidate = diagram.parts.find((part) => part.id === 'candidate')!;
    expect(candidate.strip.cells[1]!.fill).toBe(colours.state(0.05));
  });

  it('writes the figures on the gates and the values in their labels', () => {
    const diagram = lstmDiagram(lstmStep(docs, docsLayer, 1), { colours });
    const figure = (id: string) =>
      diagram.parts.find((part) => part.id === id)!.texts.find((t) => t.tone === 'strong')!.label
        .base;
    // forget (0.91 + 0.76) / 2 = 0.835 → 84%; input 0.475 → 48%; output 0.565, which is 0.56499… in floating point → 56%
    expect(figure('forget')).toBe('keeps 84%');
    expect(figure('input')).toBe('writes 48%');
    expect(figure('output')).toBe('reads 56%');
    const forget = diagram.parts.find((part) => part.id === 'forget')!;
    expect(forget.ariaLabel).toContain('keeps 84% of the cell state on average');
    expect(forget.ariaLabel).toContain('2 values from 0.76 to 0.91');
  });

  it("shows a focused unit's exact numbers and outlines its cell", () => {
    const diagram = lstmDiagram(lstmStep(docs, docsLayer, 1), { colours, unit: 1 });
    const forget = diagram.parts.find((part) => part.id === 'forget')!;
    expect(forget.strip.focus?.unit).toBe(1);
    expect(forget.texts.at(-1)!.label).toEqual({ base: '0.7600' });
    const cBefore = diagram.parts.find((part) => part.id === 'c-before')!;
    expect(cBefore.texts[0]!.label).toEqual({ base: 'c', sub: 't−1', tail: ' = −0.0744' });
    expect(cBefore.ariaLabel).toContain('Unit 1: c = −0.0744.');
  });

  it('has a compact layout with the same parts and figures, narrower, the unit line shortened', () => {
    const step = lstmStep(docs, docsLayer, 1);
    const wide = lstmDiagram(step, { colours, unit: 1 });
    const compact = lstmDiagram(step, { colours, unit: 1, compact: true });
    expect(compact.width).toBeLessThan(wide.width);
    expect(compact.parts.map((part) => part.ariaLabel)).toEqual(
      wide.parts.map((part) => part.ariaLabel)
    );
    const forget = compact.parts.find((part) => part.id === 'forget')!;
    expect(forget.texts.at(-1)!.label).toEqual({ base: '0.7600' });
    for (const part of compact.parts) {
      expect(part.box.x).toBeGreaterThanOrEqual(0);
      expect(part.box.x + part.box.width).toBeLessThanOrEqual(compact.width);
    }
  });

  it('ignores a unit the layer does not have', () => {
    const diagram = lstmDiagram(lstmStep(docs, docsLayer, 1), { colours, unit: 5 });
    expect(diagram.parts.every((part) => part.strip.focus === undefined)).toBe(true);
  });

  it('names the activations the layer uses', () => {
    const step = lstmStep(docs, docsLayer, 1);
    const diagram = lstmDiagram(step, { colours, recurrentActivation: 'hardSigmoid' });
    const forget = diagram.parts.find((part) => part.id === 'forget')!;
    expect(forget.texts[1]!.label.base).toBe('hard σ');
    expect(forget.ariaLabel).toContain('(hard σ)');
  });

  it('marks a masked step', () => {
    const masked: Trace = structuredClone(docs);
    masked.layers[0]!.steps[1]!.masked = true;
    const diagram = lstmDiagram(lstmStep(masked, masked.layers[0]!, 1), { colours });
    expect(diagram.masked).toBe(true);
    expect(diagram.texts.some((t) => t.label.base.startsWith('masked'))).toBe(true);
  });
});

describe('describeLstmCell(trace, layer, step, unit)', () => {
  it('says the layer, step, token, the three figures and the ranges', () => {
    const text = describeLstmCell(docs, docsLayer, lstmStep(docs, docsLayer, 1));
    expect(text).toContain('LSTM "lstm", forward, 2 units, step 2 of 2 (“Ireland”)');
    expect(text).toContain('the forget gate keeps 84% of the cell state on average');
    expect(text).toContain('the input gate writes 48% of the candidate');
    expect(text).toContain('the output gate reads 56% of the squashed cell state');
    expect(text).toContain('c now ranges from −0.05 to 1.18');
  });

  it("adds the focused unit's numbers", () => {
    const text = describeLstmCell(docs, docsLayer, lstmStep(docs, docsLayer, 1), 0);
    expect(text).toContain(
      'Unit 0: f = 0.910, i = 0.830, candidate = 0.940, o = 0.720, c went from 0.440 to 1.181, h = 0.596.'
    );
  });
});

describe('lstmTable(step)', () => {
  it('has one row per unit with every number of the step', () => {
    const table = lstmTable(lstmStep(docs, docsLayer, 1));
    expect(table.columns).toEqual([
      'unit',
      'forget f',
      'input i',
      'candidate c̃',
      'output o',
      'c t−1',
      'c t',
      'h t'
    ]);
    expect(table.rows[1]).toEqual([1, 0.76, 0.12, 0.05, 0.41, -0.0744, -0.0505, -0.0207]);
  });
});
