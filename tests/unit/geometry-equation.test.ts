import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { Trace, TraceLayer } from '$lib/core/trace/types.js';
import {
  describeEquation,
  equationModel,
  equationTable,
  KATEX_OPTIONS,
  mark,
  texNumber
} from '$lib/geometry/layout/equation.js';
import bilstmJson from '../fixtures/traces/untrained-bilstm-ireland.json';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';

const lstm = lstmJson as Trace;
const bilstm = bilstmJson as Trace;
const gru = gruJson as Trace;
const rnn = rnnJson as Trace;

/** Two steps of the illustrative LSTM of docs/trace-format.md (hand-chosen gates, c and h worked out by hand). */
const docsLstm: TraceLayer = {
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
};

/** A Keras reset_after GRU worked by hand (see tests/unit/keras-gru.test.ts): linear activation, hard sigmoid. */
const kerasGru: TraceLayer = {
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
};

const render = (tex: string) =>
  katex.renderToString(tex, {
    ...KATEX_OPTIONS,
    throwOnError: true,
    strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error')
  });

describe('texNumber(value, digits) and mark(term, tex)', () => {
  it('rounds, keeps the sign and never writes -0', () => {
    expect(texNumber(-0.41023, 3)).toBe('-0.410');
    expect(texNumber(-0.0001, 3)).toBe('0.000');
    expect(texNumber(0.8312, 2)).toBe('0.83');
  });

  it('tags TeX with its term', () => {
    expect(mark('forget', 'f_t')).toBe('\\htmlData{term=forget}{f_t}');
  });
});

describe('equationModel(layer, step, unit) for an LSTM', () => {
  it('has one row per gate, then the cell and hidden state', () => {
    const model = equationModel(docsLstm, 1, 0);
    expect(model.rows.map((row) => row.term)).toEqual([
      'forget',
      'input',
      'candidate',
      'output',
      'cell',
      'hidden'
    ]);
  });

  it('fills in the gate values after the formula', () => {
    const forget = equationModel(docsLstm, 1, 0).rows[0]!;
    expect(forget.tex).toBe(
      '\\htmlData{term=forget}{f_t} = \\sigma\\left(x_t W_f + \\htmlData{term=hidden}{h_{t-1}} U_f + b_f\\right) = \\htmlData{term=forget}{0.910}'
    );
    expect(forget.text).toBe('forget gate f = sigmoid(…) = 0.910');
  });

  it('writes c_t = f·c_{t−1} + i·c̃ with the numbers, negative factors in parentheses', () => {
    const [, unit1] = [equationModel(docsLstm, 1, 0), equationModel(docsLstm, 1, 1)];
    const cell = unit1.rows[4]!;
    expect(cell.text).toBe(
      'cell state c = f × c at t−1 + i × candidate = 0.760 × (−0.074) + 0.120 × 0.050 = −0.051'
    );
    expect(cell.tex).toContain(
      '\\htmlData{term=forget}{0.760} \\cdot \\htmlData{term=cell}{(-0.074)}'
    );
    expect(cell.computed).toBeCloseTo(0.76 * -0.0744 + 0.12 * 0.05, 12);
  });

  it('recomputes c and h from their terms to the trace value at every step, unit and direction', () => {
    for (const layer of [lstm.layers[0]!, bilstm.layers[0]!, bilstm.layers[1]!]) {
      for (let t = 0; t < layer.steps.length; t++) {
        for (let k = 0; k < layer.units; k++) {
          for (const row of equationModel(layer, t, k).rows.slice(4)) {
            expect(Math.abs(row.computed! - row.value)).toBeLessThan(1e-5);
          }
        }
      }
    }
  });

  it('writes the state before as t+1 going backward', () => {
    const model = equationModel(bilstm.layers[1]!, 3, 0);
    expect(model.rows[4]!.tex).toContain('c_{t+1}');
    expect(model.rows[0]!.tex).toContain('h_{t+1}');
  });

  it('clamps the unit and the step into the layer', () => {
    const model = equationModel(docsLstm, 7, 9);
    expect(model.unit).toBe(1);
    expect(model.t).toBe(1);
  });

  it('shows hardSigmoid as the hard sigmoid, with its tfjs definition', () => {
    const model = equationModel({ ...docsLstm, recurrentActivation: 'hardSigmoid' }, 1, 0);
    expect(model.rows[0]!.tex).toContain('\\sigma_{\\text{hard}}\\left(');
    expect(model.definitions).toEqual([
      '\\sigma_{\\text{hard}}(v) = \\min(1, \\max(0,\\ 0.2v + 0.5))'
    ]);
    expect(equationModel(docsLstm, 1, 0).definitions[0]).toBe('\\sigma(v) = \\frac{1}{1 + e^{-v}}');
  });

  it('says that a masked step carried its state', () => {
    const masked = structuredClone(docsLstm);
    masked.steps[1]!.masked = true;
    masked.steps[1]!.c = [0.4402, -0.0744];
    const model = equationModel(masked, 1, 0);
    expect(model.rows[4]!.text).toBe('cell state c = c at t−1 = 0.440 (masked step)');
    expect(model.notes.at(-1)).toContain('masked');
  });
});

describe('equationModel(layer, step, unit) for a GRU', () => {
  it('writes the Keras reset_after candidate with r after the recurrent product', () => {
    const model = equationModel(kerasGru, 1, 0);
    expect(model.form).toBe('keras-reset-after');
    expect(model.rows.map((row) => row.term)).toEqual(['update', 'reset', 'candidate', 'hidden']);
    expect(model.rows[2]!.tex).toContain(
      "\\htmlData{term=reset}{r_t} \\odot \\left(\\htmlData{term=hidden}{h_{t-1}} U_h + b'_h\\right)"
    );
    expect(model.rows[0]!.tex).toContain("b'_z");
    expect(model.rows[2]!.tex).toContain('\\operatorname{linear}\\left(');
    expect(model.notes.join(' ')).toContain('Keras reset_after form');
  });

  it('writes the tfjs candidate with r before the recurrent product', () => {
    const model = equationModel(gru.layers[0]!, 1, 0);
    expect(model.form).toBe('tfjs');
    expect(model.rows[2]!.tex).toContain(
      '\\left(\\htmlData{term=reset}{r_t} \\odot \\htmlData{term=hidden}{h_{t-1}}\\right) U_h'
    );
    expect(model.notes.join(' ')).toContain('tfjs form');
  });

  it('fills in the mix h = z·h₋₁ + (1 − z)·h̃', () => {
    const hidden = equationModel(kerasGru, 1, 0).rows[3]!;
    expect(hidden.text).toBe(
      'hidden state h = z × h at t−1 + (1 − z) × candidate = 0.911 × 0.555 + (1 − 0.911) × 4.052 = 0.866'
    );
    expect(hidden.computed).toBeCloseTo(hidden.value, 9);
  });

  it('recomputes h from its terms to the trace value at every step and unit', () => {
    const layer = gru.layers[0]!;
    for (let t = 0; t < layer.steps.length; t++) {
      for (let k = 0; k < layer.units; k++) {
        const hidden = equationModel(layer, t, k).rows[3]!;
        expect(Math.abs(hidden.computed! - hidden.value)).toBeLessThan(1e-5);
      }
    }
  });
});

describe('equationModel(layer, step, unit) for a SimpleRNN', () => {
  it('has the one row, with the state before alongside', () => {
    const layer = rnn.layers[0]!;
    const model = equationModel(layer, 2, 1);
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0]!.value).toBe(layer.steps[2]!.h[1]);
    expect(model.rows[0]!.tex).toContain(texNumber(layer.steps[1]!.h[1]!, 3));
    expect(model.definitions).toEqual([]);
  });
});

describe('every equation', () => {
  it('is TeX KaTeX renders with only \\htmlData trusted', () => {
    const layers = [docsLstm, kerasGru, gru.layers[0]!, rnn.layers[0]!, bilstm.layers[1]!];
    for (const layer of layers) {
      const model = equationModel(layer, 1, 0);
      for (const tex of [...model.rows.map((row) => row.tex), ...model.definitions]) {
        expect(() => render(tex)).not.toThrow();
      }
    }
  });

  it('renders its terms as elements carrying data-term, for highlighting', () => {
    const html = render(equationModel(docsLstm, 1, 0).rows[4]!.tex);
    for (const term of ['cell', 'forget', 'input', 'candidate']) {
      expect(html).toContain(`data-term="${term}"`);
    }
    expect(html).toContain('<math');
  });
});

describe('describeEquation(trace, layer, model) and equationTable(model)', () => {
  it('says the layer, unit, step and every row', () => {
    const layer = lstm.layers[0]!;
    const model = equationModel(layer, 3, 2);
    const text = describeEquation(lstm, layer, model);
    expect(text).toContain(`for unit 2 at step 4 (“${lstm.tokens[3]!.text}”)`);
    for (const row of model.rows) expect(text).toContain(row.text);
  });

  it('lists the rows with their values', () => {
    const table = equationTable(equationModel(docsLstm, 1, 0));
    expect(table.columns).toEqual(['term', 'name', 'equation', 'value']);
    expect(table.rows[0]).toEqual([
      'forget',
      'forget gate',
      'forget gate f = sigmoid(…) = 0.910',
      0.91
    ]);
  });
});
