// Interventions are exact: the identities a clamped gate or a silenced unit implies hold at every step, the output
// follows the intervened state, and a token swap is the trace of the swapped sentence.
import { readFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeSentence } from '$lib/core/model-input.js';
import { IRELAND } from '$lib/core/site-sentences.js';
import { loadTokenizer } from '$lib/core/tokenize/index.js';
import type { Tokenizer } from '$lib/core/tokenize/types.js';
import { parseTrace } from '$lib/core/trace/parse.js';
import { withSwapIds } from '$lib/core/trace/token-swap.js';
import type {
  GruGates,
  Intervention,
  LstmGates,
  Trace,
  TraceLayer
} from '$lib/core/trace/types.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { Tracer } from '$lib/tf/tracer.js';

tf.env().set('IS_TEST', true);

const EXACT = 1e-6;

interface Shipped {
  model: tf.LayersModel;
  tracer: Tracer;
  tokenizer: Tokenizer;
}

async function shipped(id: string): Promise<Shipped> {
  const model = await loadModelFromFile(`static/models/${id}/model.json`);
  const meta = JSON.parse(await readFile(`static/models/${id}/meta.json`, 'utf8'));
  const tokenizer = loadTokenizer(await readFile(`static/models/${id}/${meta.tokenizer}`, 'utf8'));
  return { model, tracer: new Tracer(model), tokenizer };
}

let lstm: Shipped;
let gru: Shipped;
let bilstm: Shipped;
beforeAll(async () => {
  await tf.setBackend('cpu');
  [lstm, gru, bilstm] = await Promise.all([
    shipped('memory-lstm'),
    shipped('memory-gru'),
    shipped('sentiment-bilstm')
  ]);
});

const tokensOf = (model: Shipped, text: string) => encodeSentence(model.tokenizer, text).tokens;
const REVIEW = 'the acting was great but the plot was not good';

/** Steps in the order the direction read them. */
const inOrder = (layer: TraceLayer) =>
  layer.direction === 'backward' ? [...layer.steps].reverse() : layer.steps;

/** The largest |lhs − rhs| over every unit of every step of every LSTM layer, for c_t against f(step, c_{t−1}). */
function worstCellIdentity(
  trace: Trace,
  expected: (gates: LstmGates, cPrev: number, k: number) => number
): number {
  let worst = 0;
  for (const layer of trace.layers.filter((l) => l.cell === 'lstm')) {
    let previous: number[] = new Array<number>(layer.units).fill(0);
    for (const step of inOrder(layer)) {
      for (let k = 0; k < layer.units; k++) {
        const want = expected(step.gates as LstmGates, previous[k]!, k);
        worst = Math.max(worst, Math.abs(step.c![k]! - want));
      }
      previous = step.c!;
    }
  }
  return worst;
}

describe('tracer.trace(input, { interventions }) on the shipped models', () => {
  it('forget clamped to 1 everywhere: c_t = c_{t−1} + i_t ⊙ c̃_t at every LSTM step (memory-lstm, sentiment-bilstm)', () => {
    for (const [model, text, layer] of [
      [lstm, IRELAND, 'lstm'],
      [bilstm, REVIEW, 'bidirectional']
    ] as const) {
      const trace = model.tracer.trace(
        { tokens: tokensOf(model, text) },
        {
          interventions: [{ layer, set: 'forget', value: 1, units: 'all', steps: 'all' }]
        }
      );
      const worst = worstCellIdentity(
        trace,
        (g, cPrev, k) => cPrev + g.input[k]! * g.candidate[k]!
      );
      expect(worst).toBeLessThanOrEqual(EXACT);
      expect(
        trace.layers.every((l) =>
          l.steps.every((s) => (s.gates as LstmGates).forget.every((f) => f === 1))
        )
      ).toBe(true);
    }
  });

  it('input gate clamped to 0: c_t = f_t ⊙ c_{t−1}, so the cell state stays 0 from zeros', () => {
    const trace = lstm.tracer.trace(
      { tokens: tokensOf(lstm, IRELAND) },
      { interventions: [{ layer: 'lstm', set: 'input', value: 0, units: 'all', steps: 'all' }] }
    );
    expect(worstCellIdentity(trace, (g, cPrev, k) => g.forget[k]! * cPrev)).toBeLessThanOrEqual(
      EXACT
    );
  });

  it('input gate clamped to 0 from step 5 on, after the state has grown: c_t = f_t ⊙ c_{t−1} there', () => {
    const trace = lstm.tracer.trace(
      { tokens: tokensOf(lstm, IRELAND) },
      { interventions: [{ layer: 'lstm', set: 'input', value: 0, units: 'all', steps: [5, 14] }] }
    );
    const layer = trace.layers[0]!;
    let worst = 0;
    for (let t = 4; t < layer.steps.length; t++) {
      const step = layer.steps[t]!;
      const g = step.gates as LstmGates;
      step.c!.forEach((c, k) => {
        worst = Math.max(worst, Math.abs(c - g.forget[k]! * layer.steps[t - 1]!.c![k]!));
      });
    }
    expect(worst).toBeLessThanOrEqual(EXACT);
    expect(Math.max(...layer.steps[3]!.c!.map(Math.abs))).toBeGreaterThan(0.1);
  });

  it('a silenced unit has h (and c) 0 at every chosen step, and the steps after follow', () => {
    const plain = gru.tracer.trace({ tokens: tokensOf(gru, IRELAND) });
    for (const [model, layer] of [
      [lstm, 'lstm'],
      [gru, 'gru']
    ] as const) {
      const trace = model.tracer.trace(
        { tokens: tokensOf(model, IRELAND) },
        { interventions: [{ layer, set: 'h', value: 0, units: [5, 9], steps: [4, 10] }] }
      );
      const steps = trace.layers[0]!.steps;
      for (let t = 3; t < 10; t++) {
        for (const unit of [5, 9]) {
          expect(steps[t]!.h[unit]).toBe(0);
          if (layer === 'lstm') expect(steps[t]!.c![unit]).toBe(0);
        }
      }
      expect(steps[10]!.h[5]).not.toBe(0);
      if (layer === 'gru') expect(steps[12]!.h).not.toEqual(plain.layers[0]!.steps[12]!.h);
    }
  });

  it("the output of an intervened trace is the model's head applied to the intervened last state", () => {
    const trace = lstm.tracer.trace(
      { tokens: tokensOf(lstm, IRELAND) },
      {
        interventions: [{ layer: 'lstm', set: 'output', value: 0.5, units: 'all', steps: [3, 14] }]
      }
    );
    const last = trace.layers[0]!.steps.at(-1)!.h;
    const head = tf.tidy(() =>
      Array.from(
        (lstm.model.getLayer('language').apply(tf.tensor2d([last])) as tf.Tensor).dataSync()
      )
    );
    head.forEach((p, i) => expect(Math.abs(trace.output[i]! - p)).toBeLessThanOrEqual(EXACT));

    const bi = bilstm.tracer.trace(
      { tokens: tokensOf(bilstm, REVIEW) },
      {
        interventions: [
          { layer: 'bidirectional', set: 'forget', value: 0, units: [0, 1, 2], steps: 'all' }
        ]
      }
    );
    const [forward, backward] = bi.layers;
    const state = [...forward!.steps.at(-1)!.h, ...backward!.steps[0]!.h];
    const score = tf.tidy(() => {
      const hidden = bilstm.model.getLayer('dense').apply(tf.tensor2d([state])) as tf.Tensor;
      return (bilstm.model.getLayer('positive').apply(hidden) as tf.Tensor).dataSync()[0]!;
    });
    expect(Math.abs(bi.output[0]! - score)).toBeLessThanOrEqual(EXACT);
  });

  it('a word swap gives the same trace as tracing the swapped sentence directly', () => {
    const interventions = withSwapIds([{ token: 4, text: 'France' }], lstm.tokenizer);
    const swapped = lstm.tracer.trace({ tokens: tokensOf(lstm, IRELAND) }, { interventions });
    const direct = lstm.tracer.trace({
      tokens: tokensOf(lstm, IRELAND.replace('Ireland', 'France'))
    });
    const { interventions: recorded, ...rest } = swapped;
    expect(rest).toEqual(direct);
    expect(recorded).toEqual([
      { token: 4, text: 'France', id: direct.tokens[3]!.id, replaced: tokensOf(lstm, IRELAND)[3] }
    ]);
  });

  it('the check compares only what no intervention changed, and says what it skipped', () => {
    const trace = lstm.tracer.trace(
      { tokens: tokensOf(lstm, IRELAND) },
      { interventions: [{ layer: 'lstm', set: 'forget', value: 1, units: 'all', steps: [6, 14] }] }
    );
    expect(trace.check.compared).toBe('partial');
    expect(trace.check.skipped).toEqual(['lstm (forward) from token 6', "the model's output"]);
    expect(trace.check.maxAbsDiff).toBeLessThan(1e-5);
    const atOnce = lstm.tracer.trace(
      { tokens: tokensOf(lstm, IRELAND) },
      { interventions: [{ layer: 'lstm', set: 'h', value: 0, units: [0], steps: 'all' }] }
    );
    expect(atOnce.check.compared).toBe('none');
    // The Bidirectional twin that was not edited is still compared in full.
    const half = bilstm.tracer.trace(
      { tokens: tokensOf(bilstm, REVIEW) },
      {
        interventions: [
          {
            layer: 'bidirectional',
            direction: 'backward',
            set: 'h',
            value: 0,
            units: [1],
            steps: [9, 9]
          }
        ]
      }
    );
    expect(half.check.skipped).toEqual([
      'bidirectional (backward) from token 9 backwards',
      "the model's output"
    ]);
    expect(half.check.compared).toBe('partial');
    expect(half.check.maxAbsDiff).toBeLessThan(1e-5);
    const gates = half.layers[1]!.steps[8]!.gates as GruGates | LstmGates;
    expect(gates).toBeDefined();
  });

  it('leaves tf.memory().numTensors unchanged after intervened traces', () => {
    const input = { tokens: tokensOf(lstm, IRELAND) };
    const interventions = withSwapIds(
      [
        { layer: 'lstm', set: 'h', value: 0, units: [1], steps: [2, 6] },
        { token: 4, text: 'Japan' }
      ],
      lstm.tokenizer
    );
    lstm.tracer.trace(input, { interventions });
    const before = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) lstm.tracer.trace(input, { interventions });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('an intervened trace is a valid trace (schema and parser)', () => {
    const trace = lstm.tracer.trace(
      { tokens: tokensOf(lstm, IRELAND) },
      {
        interventions: withSwapIds(
          [
            { layer: 'lstm', set: 'forget', value: 1, units: [3, 7], steps: [2, 5] },
            { token: 4, text: 'France' }
          ],
          lstm.tokenizer
        )
      }
    );
    expect(() => parseTrace(JSON.parse(JSON.stringify(trace)))).not.toThrow();
  });

  it.each([
    [
      { layer: 'lstmm', set: 'forget', value: 1, units: 'all', steps: 'all' },
      /no such recurrent layer \(layers: lstm\)/
    ],
    [
      { layer: 'lstm', set: 'forget', value: 1, units: [32], steps: 'all' },
      /unit 32 is out of range \(units 0 to 31\)/
    ],
    [
      { layer: 'lstm', set: 'forget', value: 1, units: 'all', steps: [3, 15] },
      /step 15 is out of range \(steps 1 to 14\)/
    ],
    [{ layer: 'lstm', set: 'update', value: 1, units: 'all', steps: 'all' }, /has no update gate/],
    [{ token: 15, id: 3 }, /out of range \(tokens 1 to 14\)/]
  ] as [Intervention, RegExp][])('rejects %j in one line', (intervention, message) => {
    expect(() =>
      lstm.tracer.trace({ tokens: tokensOf(lstm, IRELAND) }, { interventions: [intervention] })
    ).toThrow(message);
  });
});
