import { describe, expect, it } from 'vitest';
import type { Trace } from '$lib/core/trace/types.js';
import { cellColours } from '$lib/geometry/layout/cell-diagram.js';
import {
  describeGruCell,
  gruForm,
  gruSentences,
  gruStep,
  gruSummary,
  gruTable,
  gruUnit
} from '$lib/geometry/layout/gru-cell.js';
import { gruDiagram } from '$lib/geometry/layout/gru-diagram.js';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';

const gru = gruJson as Trace;
const gruLayer = gru.layers[0]!;

/**
 * A Keras reset_after GRU worked by hand (the numbers of tests/unit/keras-gru.test.ts): 1 unit, linear activation,
 * hard sigmoid, W = [0.5 1 2], U = [1 −1 0.5], biases [0.5 0 0.25] and [0 0.5 −0.5], inputs 1 then 2.
 */
const keras: Trace = {
  format: 'unrolled-trace',
  version: 1,
  tokens: [
    { text: '#0', id: 0 },
    { text: '#1', id: 1 }
  ],
  layers: [
    {
      name: 'gru',
      cell: 'gru',
      direction: 'forward',
      units: 1,
      activation: 'linear',
      recurrentActivation: 'hardSigmoid',
      resetAfter: true,
      steps: [
        { h: [0.555], gates: { update: [0.7], reset: [0.8], candidate: [1.85] }, masked: false },
        {
          h: [0.8662505775],
          gates: { update: [0.911], reset: [0.889], candidate: [4.0521975] },
          masked: false
        }
      ]
    }
  ],
  output: [0.5],
  influence: [1, 1],
  check: { maxAbsDiff: 0, against: 'nothing: worked by hand', backend: 'none' }
};
const kerasLayer = keras.layers[0]!;

describe('gruForm(layer)', () => {
  it('tells the Keras reset_after form from the tfjs form', () => {
    expect(gruForm(kerasLayer)).toBe('keras-reset-after');
    expect(gruForm(gruLayer)).toBe('tfjs');
    expect(gruForm({ ...gruLayer, resetAfter: undefined })).toBe('tfjs');
  });
});

describe('gruStep(trace, layer, t)', () => {
  it('pairs the step with the hidden state before it, zeros at the start', () => {
    expect(gruStep(keras, kerasLayer, 0).hBefore).toEqual([0]);
    const step = gruStep(keras, kerasLayer, 1);
    expect(step.hBefore).toEqual([0.555]);
    expect(step.update).toEqual([0.911]);
    expect(step.token).toBe('#1');
  });

  it('gives steps whose gates make their state: h = z⊙h₋₁ + (1−z)⊙h̃, in both forms', () => {
    for (const [trace, layer] of [
      [gru, gruLayer],
      [keras, kerasLayer]
    ] as const) {
      for (let t = 0; t < trace.tokens.length; t++) {
        const step = gruStep(trace, layer, t);
        step.h.forEach((h, k) => {
          const z = step.update[k]!;
          const made = z * step.hBefore[k]! + (1 - z) * step.candidate[k]!;
          expect(Math.abs(made - h)).toBeLessThan(1e-5);
        });
      }
    }
  });
});

describe('gruSummary(step) and gruSentences(summary)', () => {
  it('averages the gates over units and splits the mix into kept and taken', () => {
    const step = gruStep(gru, gruLayer, 3);
    const summary = gruSummary(step);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(summary.keeps).toBeCloseTo(mean(step.update), 12);
    expect(summary.takes).toBeCloseTo(1 - mean(step.update), 12);
    expect(summary.lets).toBeCloseTo(mean(step.reset), 12);
  });

  it('says it in plain words', () => {
    const sentences = gruSentences(gruSummary(gruStep(keras, kerasLayer, 0)));
    expect(sentences.update).toBe(
      'keeps 70% of the old state and takes 30% from the candidate, on average'
    );
    expect(sentences.reset).toBe('lets 80% of the old state into the candidate on average');
    expect(sentences.candidate).toBe('proposes values from 1.85 to 1.85');
  });
});

describe('gruUnit(step, unit)', () => {
  it("reads one unit's gates and states, and nothing for a unit the layer lacks", () => {
    const step = gruStep(keras, kerasLayer, 1);
    expect(gruUnit(step, 0)).toEqual({
      z: 0.911,
      r: 0.889,
      candidate: 4.0521975,
      hBefore: 0.555,
      h: 0.8662505775
    });
    expect(gruUnit(step, 1)).toBeUndefined();
  });
});

describe('gruDiagram(step, options)', () => {
  const colours = cellColours(gruLayer);

  it('has the states and gates as parts in reading order', () => {
    const diagram = gruDiagram(gruStep(gru, gruLayer, 2), { colours, form: 'tfjs' });
    expect(diagram.parts.map((part) => part.id)).toEqual([
      'h-before',
      'reset',
      'update',
      'candidate',
      'h'
    ]);
    expect(diagram.parts[1]!.strip.cells).toHaveLength(gruLayer.units);
  });

  it('says which form it draws', () => {
    const labels = (form: 'tfjs' | 'keras-reset-after') =>
      gruDiagram(gruStep(keras, kerasLayer, 1), { colours, form }).texts.map((t) =>
        [t.label.base, t.label.sub, t.label.tail].join('')
      );
    expect(labels('keras-reset-after')).toContain('Keras reset_after form: r after ·U');
    expect(labels('keras-reset-after')).toContain('r ⊙ (ht−1U + b′)');
    expect(labels('tfjs')).toContain('tfjs form: r before ·U');
    expect(labels('tfjs')).toContain('takes 9%');
  });

  it("shows a focused unit's exact numbers", () => {
    const diagram = gruDiagram(gruStep(keras, kerasLayer, 1), {
      colours,
      form: 'keras-reset-after',
      unit: 0,
      recurrentActivation: 'hardSigmoid',
      activation: 'linear'
    });
    const update = diagram.parts.find((part) => part.id === 'update')!;
    expect(update.texts.at(-1)!.label).toEqual({ base: '0.9110' });
    expect(diagram.texts[0]!.label.base).toBe('step 2 of 2 · unit 0 outlined');
    expect(update.texts[1]!.label.base).toBe('hard σ');
    const candidate = diagram.parts.find((part) => part.id === 'candidate')!;
    expect(candidate.texts[1]!.label.base).toBe('linear');
    expect(candidate.texts.at(-1)!.label.base).toBe('4.0522');
    const h = diagram.parts.find((part) => part.id === 'h')!;
    expect(h.texts[0]!.label).toEqual({ base: 'h', sub: 't', tail: ' = 0.8663' });
  });
});

describe('gruDiagram(step, { compact: true })', () => {
  it('keeps every part inside its narrower width', () => {
    const colours = cellColours(gruLayer);
    for (const form of ['tfjs', 'keras-reset-after'] as const) {
      const diagram = gruDiagram(gruStep(gru, gruLayer, 2), { colours, form, compact: true });
      expect(diagram.width).toBe(380);
      expect(diagram.parts).toHaveLength(5);
      for (const part of diagram.parts) {
        expect(part.box.x).toBeGreaterThanOrEqual(0);
        expect(part.box.x + part.box.width).toBeLessThanOrEqual(diagram.width);
      }
    }
  });
});

describe('describeGruCell(trace, layer, step, unit)', () => {
  it('says the layer, the figures, the form and the focused unit', () => {
    const text = describeGruCell(keras, kerasLayer, gruStep(keras, kerasLayer, 1), 0);
    expect(text).toContain('GRU "gru", forward, 1 unit, step 2 of 2 (“#1”)');
    expect(text).toContain('the update gate keeps 91% of the old state and takes 9%');
    expect(text).toContain('the reset gate lets 89% of the old state into the candidate');
    expect(text).toContain('Keras reset_after form');
    expect(text).toContain(
      'Unit 0: z = 0.911, r = 0.889, candidate = 4.052, h went from 0.555 to 0.866.'
    );
  });

  it('names the tfjs form for a tfjs GRU', () => {
    expect(describeGruCell(gru, gruLayer, gruStep(gru, gruLayer, 0))).toContain('tfjs form');
  });
});

describe('gruTable(step)', () => {
  it('has one row per unit', () => {
    const table = gruTable(gruStep(keras, kerasLayer, 1));
    expect(table.columns).toEqual(['unit', 'update z', 'reset r', 'candidate', 'h t−1', 'h t']);
    expect(table.rows).toEqual([[0, 0.911, 0.889, 4.0521975, 0.555, 0.8662505775]]);
  });
});
