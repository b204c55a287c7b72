import { describe, expect, it } from 'vitest';
import type { Trace, TraceLayer } from '$lib/core/trace/types.js';
import { signedScale } from '$lib/geometry/colour.js';
import {
  compareCursor,
  compareImages,
  compareJson,
  compareLayout,
  compareProblem,
  compareTable,
  describeCompareCells,
  predictionReadout,
  shownLayer,
  statePixels,
  type ComparedModel
} from '$lib/geometry/layout/compare-cells.js';
import { colourLookup, stripPixels } from '$lib/geometry/unit-strip.js';
import gruJson from '../fixtures/traces/untrained-gru-ireland.json';
import lstmJson from '../fixtures/traces/untrained-lstm-ireland.json';
import longJson from '../fixtures/traces/untrained-lstm-200-tokens.json';
import rnnJson from '../fixtures/traces/untrained-rnn-ireland.json';
import stackedJson from '../fixtures/traces/untrained-stacked-bilstm-ireland.json';

const rnn = rnnJson as Trace;
const lstm = lstmJson as Trace;
const gru = gruJson as Trace;
const ireland: ComparedModel[] = [
  { label: 'memory-rnn', trace: rnn },
  { label: 'memory-lstm', trace: lstm },
  { label: 'memory-gru', trace: gru }
];
const languages = [
  'Gaelic',
  'French',
  'German',
  'Spanish',
  'Italian',
  'Portuguese',
  'Greek',
  'Japanese',
  'Polish',
  'Finnish',
  'Hungarian',
  'Turkish'
];
const argmax = (values: readonly number[]) => values.indexOf(Math.max(...values));

describe('compareProblem(models)', () => {
  it('accepts three traces of the same sentence', () => {
    expect(compareProblem(ireland)).toBeUndefined();
  });

  it('asks for at least one model', () => {
    expect(compareProblem([])).toBe('No models to compare.');
  });

  it('names both models and their token counts when the lengths differ', () => {
    const short = { ...gru, tokens: gru.tokens.slice(0, 14) };
    expect(compareProblem([ireland[0]!, { label: 'memory-gru', trace: short }])).toBe(
      'The models did not read the same sentence: "memory-rnn" has 15 tokens, "memory-gru" has 14.'
    );
  });

  it('names the first token that differs', () => {
    const tokens = lstm.tokens.map((token, i) => (i === 3 ? { ...token, text: 'France' } : token));
    expect(compareProblem([ireland[0]!, { label: 'other', trace: { ...lstm, tokens } }])).toBe(
      'The models did not read the same sentence: token 4 is "Ireland" for "memory-rnn" but "France" for "other".'
    );
  });

  it('compares tokens by text, not by id (vocabularies differ between models)', () => {
    const tokens = lstm.tokens.map((token) => ({ ...token, id: token.id + 100 }));
    expect(compareProblem([ireland[0]!, { label: 'x', trace: { ...lstm, tokens } }])).toBe(
      undefined
    );
  });

  it('refuses a trace without a recurrent layer', () => {
    expect(compareProblem([{ label: 'empty', trace: { ...rnn, layers: [] } }])).toBe(
      '"empty" has no recurrent layer to show.'
    );
  });
});

describe('shownLayer(trace)', () => {
  it('takes the top layer of a stack, its forward half', () => {
    const stacked = stackedJson as Trace;
    expect(shownLayer(stacked)).toBe(stacked.layers[2]);
  });

  it('takes the only layer of a one-layer model', () => {
    expect(shownLayer(lstm)).toBe(lstm.layers[0]);
  });
});

describe('statePixels(layer, steps, lookup)', () => {
  const layer: TraceLayer = {
    name: 'tiny',
    cell: 'simple_rnn',
    direction: 'forward',
    units: 2,
    steps: [
      { h: [-1, 0.5], gates: {}, masked: false },
      { h: [0, 1], gates: {}, masked: false },
      { h: [0.25, -0.75], gates: {}, masked: false }
    ]
  };
  const lookup = colourLookup(signedScale(1), 1);
  const pixels = statePixels(layer, 3, lookup);

  it('puts step t of unit u at column t of row u', () => {
    expect(pixels).toHaveLength(3 * 2 * 3);
    layer.steps.forEach((step, t) => {
      const column = stripPixels(step.h, lookup);
      for (let u = 0; u < 2; u++) {
        const at = (u * 3 + t) * 3;
        expect([...pixels.subarray(at, at + 3)]).toEqual([...column.subarray(u * 3, u * 3 + 3)]);
      }
    });
  });

  it('leaves a step the layer lacks at the colour of 0', () => {
    const padded = statePixels(layer, 4, lookup);
    const zero = [...stripPixels([0], lookup)];
    expect([...padded.subarray(3 * 3, 3 * 3 + 3)]).toEqual(zero);
  });
});

describe('compareImages(models)', () => {
  const { hMax, images } = compareImages(ireland);

  it('puts every model on one colour scale, set by the largest |h| of all', () => {
    const largest = Math.max(
      ...[rnn, lstm, gru].flatMap((trace) =>
        trace.layers[0]!.steps.flatMap((s) => s.h.map(Math.abs))
      )
    );
    expect(hMax).toBe(largest);
  });

  it('gives one picture per model: steps wide, units tall', () => {
    expect(images).toHaveLength(3);
    images.forEach((image, i) => {
      const trace = [rnn, lstm, gru][i]!;
      expect([image.width, image.height]).toEqual([trace.tokens.length, trace.layers[0]!.units]);
      expect(image.rgb).toHaveLength(image.width * image.height * 3);
    });
  });
});

describe('predictionReadout(output, labels)', () => {
  it('names the most probable class with its probability', () => {
    expect(predictionReadout([0.1, 0.7, 0.2], ['a', 'b', 'c'])).toBe('b 70.0%');
  });

  it('falls back to class numbers without labels', () => {
    expect(predictionReadout([0.6, 0.4])).toBe('class 0 60.0%');
  });

  it('reads a single sigmoid score against its two labels', () => {
    expect(predictionReadout([0.25], ['negative', 'positive'])).toBe('negative (score 0.250)');
  });

  it('says when there is no output', () => {
    expect(predictionReadout([])).toBe('no output');
  });
});

describe('compareLayout(models, labels, width)', () => {
  const layout = compareLayout(ireland, languages, 640);

  it('gives every token an equal column between the band names and the right edge', () => {
    expect(layout.band).toBeCloseTo((layout.right - layout.left) / 15);
    expect(layout.rows[0]!.bars[3]!.x + layout.rows[0]!.bars[3]!.width / 2).toBeCloseTo(
      layout.left + 3.5 * layout.band
    );
  });

  it('stacks one block per model without overlap', () => {
    expect(layout.rows.map((row) => row.label)).toEqual([
      'memory-rnn',
      'memory-lstm',
      'memory-gru'
    ]);
    for (let i = 1; i < layout.rows.length; i++) {
      expect(layout.rows[i]!.titleY).toBeGreaterThan(layout.rows[i - 1]!.influenceBottom + 12);
    }
    expect(layout.axisY).toBeGreaterThan(layout.rows[2]!.influenceBottom);
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it("makes each model's bars its influence as a share of its own largest, standing on the baseline", () => {
    const row = layout.rows[1]!;
    const largest = Math.max(...lstm.influence);
    const plot = row.influenceBottom - row.influenceTop;
    row.bars.forEach((bar, t) => {
      expect(bar.share).toBeCloseTo(lstm.influence[t]! / largest);
      expect(bar.height).toBeCloseTo(bar.share * plot);
      expect(bar.y + bar.height).toBeCloseTo(row.influenceBottom);
    });
  });

  it('titles each block with its cell and its prediction', () => {
    const top = argmax(gru.output);
    expect(layout.rows[2]).toMatchObject({
      subtitle: 'GRU · 8 units',
      readout: `${languages[top]} ${(gru.output[top]! * 100).toFixed(1)}%`
    });
  });

  it('labels every token of a short sentence and thins the labels of 200 tokens', () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual(rnn.tokens.map((token) => token.text));
    const long = compareLayout([{ label: 'lstm', trace: longJson as Trace }], [], 360);
    expect(long.ticks.length).toBeLessThan(40);
    expect(long.ticks[1]!.step).toBeGreaterThan(1);
  });

  it('keeps the state images crisp when every cell gets a pixel, smooth when squeezed', () => {
    expect(layout.rendering).toBe('pixelated');
    expect(compareLayout([{ label: 'lstm', trace: longJson as Trace }], [], 200).rendering).toBe(
      'auto'
    );
  });
});

describe('compareCursor(layout, tokens, step)', () => {
  const layout = compareLayout(ireland, [], 640);

  it("covers the step's column and fades everything after it", () => {
    const cursor = compareCursor(layout, rnn.tokens, 3);
    expect(cursor.x).toBeCloseTo(layout.left + 3 * layout.band);
    expect(cursor.label).toBe('Ireland');
    expect(cursor.pendingX).toBeCloseTo(cursor.x + layout.band);
    expect(cursor.pendingX + cursor.pendingWidth).toBeCloseTo(layout.right);
  });

  it('fades nothing at the last step', () => {
    expect(compareCursor(layout, rnn.tokens, 14).pendingWidth).toBeCloseTo(0);
  });
});

describe('describeCompareCells(models, labels, step)', () => {
  const text = describeCompareCells(ireland, languages, 3);

  it("gives each model's prediction and the token its answer depends on most", () => {
    for (const { label, trace } of ireland) {
      const top = argmax(trace.output);
      const strongest = argmax(trace.influence);
      expect(text).toContain(
        `${label} (${trace.layers[0]!.cell === 'simple_rnn' ? 'SimpleRNN' : trace.layers[0]!.cell.toUpperCase()}, 8 units) predicts ${languages[top]} ${(trace.output[top]! * 100).toFixed(1)}%; its answer depends most on "${trace.tokens[strongest]!.text}" (step ${strongest + 1}).`
      );
    }
  });

  it("gives every model's influence and h range at the current token", () => {
    expect(text).toContain('At step 4 of 15, "Ireland": memory-rnn influence ');
    const share = (lstm.influence[3]! / Math.max(...lstm.influence)).toFixed(2);
    const h = lstm.layers[0]!.steps[3]!.h;
    const two = (v: number) => v.toFixed(2).replace('-', '−');
    expect(text).toContain(
      `memory-lstm influence ${share}, h from ${two(Math.min(...h))} to ${two(Math.max(...h))}`
    );
  });

  it('opens with how many models read how many tokens', () => {
    expect(text).toMatch(/^3 recurrent models read the same 15 tokens;/);
    expect(describeCompareCells([ireland[1]!], [], 0)).toMatch(
      /^1 recurrent model reads 15 tokens;/
    );
  });

  it('says so when a model has no influence at all', () => {
    const silent = { ...rnn, influence: rnn.influence.map(() => 0) };
    expect(describeCompareCells([{ label: 'flat', trace: silent }], [], 0)).toContain(
      "every token's influence on its answer is 0"
    );
  });
});

describe('compareTable(models)', () => {
  it("has a row per token with every model's raw influence", () => {
    const table = compareTable(ireland);
    expect(table.columns).toEqual([
      'step',
      'token',
      'memory-rnn influence',
      'memory-lstm influence',
      'memory-gru influence'
    ]);
    expect(table.rows[3]).toEqual([
      4,
      'Ireland',
      rnn.influence[3],
      lstm.influence[3],
      gru.influence[3]
    ]);
  });
});

describe('compareJson(models)', () => {
  it('holds the tokens once and each model by label, with its layers, output and influence', () => {
    const json = compareJson(ireland);
    expect(json.tokens).toBe(rnn.tokens);
    expect(json.models.map((model) => model.label)).toEqual([
      'memory-rnn',
      'memory-lstm',
      'memory-gru'
    ]);
    expect(json.models[1]).toEqual({
      label: 'memory-lstm',
      layers: lstm.layers,
      output: lstm.output,
      influence: lstm.influence
    });
    expect(compareJson([])).toEqual({ tokens: [], models: [] });
  });
});
