// The replay's back-propagation against tfjs's own gradients (tf.grad through tfjs's layers), vector by vector.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { memorySentence } from '$lib/core/corpus/index.js';
import type { LstmGates } from '$lib/core/trace/types.js';
import { norm } from '$lib/core/gradients/norms.js';
import { loadTokenizer } from '$lib/core/tokenize/index.js';
import type { ModelMeta } from '$lib/tf/models/meta.js';
import { GradientTracer, type ModelGradients } from '$lib/tf/gradients/gradient-tracer.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { Tracer } from '$lib/tf/tracer.js';
import { randomArchitecture } from './helpers/models.js';
import {
  cutOutput,
  entry,
  halfOf,
  isRecurrent,
  prefix,
  runFrom
} from './helpers/reference-gradients.js';
import { seeded } from './helpers/seeded.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The bar: every per-step gradient vector within 1e-4 of tfjs's, relative to tfjs's norm. */
const TOLERANCE = 1e-4;

type Input = { ids: number[] } | { values: number[][] };

/** The worst relative error of each quantity. */
interface Worst {
  dx: number;
  dh: number;
  dc: number;
}

function expectWithin(worst: Worst): void {
  const largest = Math.max(worst.dx, worst.dh, worst.dc);
  expect(largest, JSON.stringify(worst)).toBeLessThanOrEqual(TOLERANCE);
}

/** Per-step differences of one quantity of one direction: ‖ours_t − tfjs_t‖ and ‖tfjs_t‖. */
class StepErrors {
  private readonly diffs: number[] = [];
  private readonly scales: number[] = [];

  add(ours: ArrayLike<number>, theirs: ArrayLike<number>, from: number, length: number): void {
    let diff = 0;
    for (let i = 0; i < length; i++) diff += (ours[from + i]! - theirs[from + i]!) ** 2;
    this.diffs.push(Math.sqrt(diff));
    this.scales.push(norm(theirs, from, length));
  }

  /**
   * The worst ‖ours_t − tfjs_t‖ / ‖tfjs_t‖. tfjs sums in float32, so a step whose gradient cancels down to a
   * thousandth of the direction's largest carries tfjs's rounding of the larger terms (seen: 5e-8 on 2e-4, where
   * ours, in float64, is the more exact); such a step is measured against a thousandth of the largest instead.
   * A zero from tfjs (a masked x_t) must be matched exactly.
   */
  worst(): number {
    const floor = 1e-3 * Math.max(0, ...this.scales);
    return Math.max(
      0,
      ...this.diffs.map((diff, t) => (floor === 0 ? diff : diff / Math.max(this.scales[t]!, floor)))
    );
  }
}

/**
 * Compares every direction's ∂y/∂x_t, ∂y/∂h_t and ∂y/∂c_t with tfjs; returns the worst relative error.
 * ∂y/∂x_t: tf.grad of the model run by tfjs from that direction's input on (a Bidirectional layer's halves each
 * get their own copy of x, so each half's share is checked). ∂y/∂h_t, ∂y/∂c_t: the model cut at step t — the
 * direction's output before t is held constant, h_t (and c_t) become the leaves, tfjs's own cell runs the later
 * steps from them, and the rest of the model runs by tfjs; tf.grads gives the gradient at the leaves.
 */
function worstErrors(model: tf.LayersModel, input: Input, ours: ModelGradients): Worst {
  const trace = new Tracer(model).trace(input);
  const layers = model.layers;
  const worst: Worst = { dx: 0, dh: 0, dc: 0 };
  let d = 0;
  tf.tidy(() => {
    const tensor =
      'ids' in input
        ? tf.tensor2d([input.ids], [1, input.ids.length])
        : tf.tensor3d([input.values]);
    layers.forEach((layer, index) => {
      const bidirectional = layer.getClassName() === 'Bidirectional';
      if (!bidirectional && !isRecurrent(layer)) return;
      const { x, mask } = prefix(layers, index, tensor);
      const steps = x.shape[1]!;
      const inputSize = x.shape[2]!;
      for (const half of bidirectional
        ? (['forward', 'backward'] as const)
        : (['single'] as const)) {
        const mine = ours.layers[d]!;
        const traced = trace.layers[d]!;
        d++;
        const y = (hooks: Parameters<typeof runFrom>[4]) =>
          entry(runFrom(layers, index, x, mask, hooks), ours.output);
        const dx = tf
          .grad((leaf: tf.Tensor) =>
            y({ input: (j, h, v) => (j === index && h === half ? leaf : v) })
          )(
            // A copy, so that only this half reads the leaf.
            x.clone()
          )
          .dataSync();
        const dxErrors = new StepErrors();
        for (let t = 0; t < steps; t++) dxErrors.add(mine.dx, dx, t * inputSize, inputSize);
        worst.dx = Math.max(worst.dx, dxErrors.worst());
        const dhErrors = new StepErrors();
        const dcErrors = new StepErrors();

        const units = traced.units;
        const direction = halfOf(layer, half);
        const tokenAt = (step: number) => (direction.goBackwards ? steps - 1 - step : step);
        const before = Float32Array.from(
          Array.from({ length: steps }, (_, s) => traced.steps[tokenAt(s)]!.h).flat()
        );
        for (let step = 0; step < steps; step++) {
          const at = traced.steps[tokenAt(step)]!;
          const cut = (states: tf.Tensor[]) =>
            y({
              output: (j, h, xin, m) =>
                j === index && h === half
                  ? cutOutput(direction, xin, m, step, before, states)
                  : undefined
            });
          const h = tf.tensor2d([at.h]);
          const c = at.c ? tf.tensor2d([at.c]) : undefined;
          const row = tokenAt(step) * units;
          // + 0·Σleaf keeps the leaf connected when every later step is masked and y no longer reads it.
          const connected = (value: tf.Scalar, leaf: tf.Tensor) =>
            value.add(leaf.sum().mul(0)) as tf.Scalar;
          const dh = tf
            .grad((leaf: tf.Tensor) => connected(cut(c ? [leaf, c] : [leaf]), leaf))(h)
            .dataSync();
          dhErrors.add(mine.dh.subarray(row), dh, 0, units);
          if (!c) continue;
          // c_t reaches y through c_{t+1} and through h_t = o_t ⊙ act(c_t) (the cell's own activation); at a
          // masked step h_t is the carried h_{t−1} and does not depend on c_t.
          const output = tf.tensor2d([(at.gates as LstmGates).output]);
          const act = (
            direction.cell as unknown as { activation: { apply(x: tf.Tensor): tf.Tensor } }
          ).activation;
          const dc = tf
            .grad((leaf: tf.Tensor) =>
              connected(cut([at.masked ? h : tf.mul(output, act.apply(leaf)), leaf]), leaf)
            )(c)
            .dataSync();
          dcErrors.add(mine.dc!.subarray(row), dc, 0, units);
        }
        worst.dh = Math.max(worst.dh, dhErrors.worst());
        worst.dc = Math.max(worst.dc, dcErrors.worst());
      }
    });
  });
  return worst;
}

describe('GradientTracer.gradients(input) against tfjs on random architectures', () => {
  const rng = seeded(20261204);
  // tfjs 4.22 cannot differentiate a one-step recurrent layer itself, so the reference needs two steps or more.
  const cases = Array.from({ length: 60 }, () => randomArchitecture(rng)).filter(({ input }) =>
    'ids' in input ? input.ids.length > 1 : input.values.length > 1
  );
  for (const [index, { description, model, input }] of cases.entries()) {
    it(`#${index} ${description}: within ${TOLERANCE} of tfjs`, () => {
      const ours = new GradientTracer(model).gradients(input);
      expectWithin(worstErrors(model, input, ours));
    });
  }
});

const ROOT = path.join('static', 'models');
const SHIPPED = existsSync(ROOT) ? readdirSync(ROOT).sort() : [];

async function shippedInput(id: string): Promise<{ model: tf.LayersModel; input: Input }> {
  const folder = path.join(ROOT, id);
  const meta = JSON.parse(readFileSync(path.join(folder, 'meta.json'), 'utf8')) as ModelMeta;
  const model = await loadModelFromFile(path.join(folder, 'model.json'));
  if (!meta.tokenizer) {
    const tracer = new Tracer(model);
    const features = tracer.input.features ?? 1;
    const row = (t: number) =>
      Array.from({ length: features }, (_, f) => (t === 0 && f === 0 ? 1 : 0));
    return tracer.input.kind === 'ids'
      ? { model, input: { ids: [1, 0, 0, 1, 0] } }
      : { model, input: { values: Array.from({ length: 8 }, (_, t) => row(t)) } };
  }
  const tokenizer = loadTokenizer(readFileSync(path.join(folder, meta.tokenizer), 'utf8'));
  const text =
    meta.task === 'memory'
      ? memorySentence('Ireland').text
      : 'the acting was good but the plot was a boring mess';
  return { model, input: { ids: tokenizer.encode(text) } };
}

describe('GradientTracer.gradients(input) against tfjs on every shipped model', () => {
  for (const id of SHIPPED) {
    it(`${id}: within ${TOLERANCE} of tfjs`, async () => {
      const { model, input } = await shippedInput(id);
      const ours = new GradientTracer(model).gradients(input);
      const worst = worstErrors(model, input, ours);
      console.log(`${id}: worst relative error ${JSON.stringify(worst)}`);
      expectWithin(worst);
    });
  }
});

describe('GradientTracer memory', () => {
  it('leaves tf.memory().numTensors unchanged after 200 gradient passes', () => {
    const { model, input } = randomArchitecture(seeded(99));
    const tracer = new GradientTracer(model);
    tracer.gradients(input);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 200; i++) tracer.gradients(input);
    expect(tf.memory().numTensors).toBe(before);
  });
});
