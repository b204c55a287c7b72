import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { KerasGRU, KerasGRUCell, kerasGru, registerKerasGru } from '$lib/tf/keras-gru.js';
import { loadModel } from '$lib/tf/load.js';
import { saveModel } from '$lib/tf/save.js';

tf.env().set('IS_TEST', true);

/** Runs a single-layer model over one sequence and returns h at every step. */
function runSequence(layer: tf.layers.Layer, sequence: number[][]): number[][] {
  const model = tf.sequential();
  model.add(layer);
  const steps = tf.tidy(() => model.predict(tf.tensor3d([sequence])) as tf.Tensor);
  const out = (steps.arraySync() as number[][][])[0] ?? [];
  steps.dispose();
  return out;
}

function setGruWeights(
  layer: tf.layers.Layer,
  kernel: number[][],
  recurrent: number[][],
  bias: number[][]
) {
  layer.setWeights([tf.tensor2d(kernel), tf.tensor2d(recurrent), tf.tensor(bias)]);
}

describe('KerasGRU({ resetAfter: true })', () => {
  it('refuses to exist in tfjs 4.22 alone (the gap this file fills)', () => {
    expect(() => tf.layers.gru({ units: 1, resetAfter: true } as never)).toThrow(
      /does not support reset_after/
    );
  });

  it('matches hand-worked numbers: 1 unit, linear activation, hard sigmoid, two steps', () => {
    // tfjs hardSigmoid: hs(v) = clip(0.2·v + 0.5, 0, 1); activation linear: act(v) = v.
    // W = [wz wr wh] = [0.5 1 2]; U = [uz ur uh] = [1 -1 0.5];
    // bias row 0 (input) = [0.5 0 0.25], row 1 (recurrent) = [0 0.5 -0.5]; x = [1, 2]; h0 = 0.
    // Step 1: xz = 0.5·1 + 0.5 = 1, xr = 1·1 + 0 = 1, xh = 2·1 + 0.25 = 2.25
    //         rz = 1·0 + 0 = 0, rr = −1·0 + 0.5 = 0.5, rh = 0.5·0 − 0.5 = −0.5
    //         z = hs(1) = 0.7, r = hs(1.5) = 0.8, h̃ = 2.25 + 0.8·(−0.5) = 1.85
    //         h1 = 0.7·0 + 0.3·1.85 = 0.555
    // Step 2: xz = 0.5·2 + 0.5 = 1.5, xr = 2, xh = 4.25
    //         rz = 0.555, rr = −0.555 + 0.5 = −0.055, rh = 0.2775 − 0.5 = −0.2225
    //         z = hs(2.055) = 0.911, r = hs(1.945) = 0.889, h̃ = 4.25 + 0.889·(−0.2225) = 4.0521975
    //         h2 = 0.911·0.555 + 0.089·4.0521975 = 0.505605 + 0.3606455775 = 0.8662505775
    const layer = new KerasGRU({
      units: 1,
      resetAfter: true,
      activation: 'linear',
      recurrentActivation: 'hardSigmoid',
      returnSequences: true,
      inputShape: [2, 1]
    });
    const steps = runSequence(layer, [[1], [2]]);
    setGruWeights(
      layer,
      [[0.5, 1, 2]],
      [[1, -1, 0.5]],
      [
        [0.5, 0, 0.25],
        [0, 0.5, -0.5]
      ]
    );
    const [h1, h2] = runSequence(layer, [[1], [2]]);
    expect(steps).toHaveLength(2);
    expect(h1?.[0]).toBeCloseTo(0.555, 6);
    expect(h2?.[0]).toBeCloseTo(0.8662505775, 6);
  });

  it('differs from the reset-before GRU on the same weights (the reset gate moves)', () => {
    // Reset before (tfjs): h̃ = xh + (r·h₋₁)·uh and no recurrent bias. Step 1 has h0 = 0, so
    // z = hs(1) = 0.7, r irrelevant, h̃ = 2.25 and h1 = 0.3·2.25 = 0.675 (reset-after gave 0.555).
    const before = tf.layers.gru({
      units: 1,
      activation: 'linear',
      recurrentActivation: 'hardSigmoid',
      returnSequences: true,
      inputShape: [1, 1]
    });
    runSequence(before, [[1]]);
    before.setWeights([
      tf.tensor2d([[0.5, 1, 2]]),
      tf.tensor2d([[1, -1, 0.5]]),
      tf.tensor1d([0.5, 0, 0.25])
    ]);
    expect(runSequence(before, [[1]])[0]?.[0]).toBeCloseTo(0.675, 6);
  });

  it('matches a plain-JS replay of the Keras formula: 2 units, sigmoid/tanh, two steps', () => {
    const kernel = [
      [0.3, -0.2, 0.5, 0.1, -0.4, 0.6],
      [-0.1, 0.4, 0.2, -0.3, 0.2, -0.5]
    ];
    const recurrent = [
      [0.2, 0.1, -0.3, 0.4, 0.5, -0.2],
      [-0.6, 0.3, 0.1, 0.2, -0.1, 0.3]
    ];
    const bias = [
      [0.1, -0.1, 0.2, 0, 0.05, -0.2],
      [-0.05, 0.2, 0, 0.1, -0.1, 0.3]
    ];
    const sequence = [
      [1, -1],
      [0.5, 2]
    ];
    // The Keras GRUCell step (reset_after=True), written out per unit k with u = 2:
    // xg = x·W[:, g·u + k] + b_in[g·u + k], rg = h₋₁·U[:, g·u + k] + b_rec[g·u + k] for g = z, r, h;
    // z = σ(xz + rz), r = σ(xr + rr), h̃ = tanh(xh + r·rh), h = z·h₋₁ + (1 − z)·h̃.
    const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
    const dot = (vector: number[], matrix: number[][], column: number) =>
      vector.reduce((sum, value, row) => sum + value * (matrix[row]?.[column] ?? NaN), 0);
    const expected: number[][] = [];
    let h = [0, 0];
    for (const x of sequence) {
      const previous = h;
      h = [0, 1].map((k) => {
        const gate = (g: number) => ({
          x: dot(x, kernel, g * 2 + k) + (bias[0]?.[g * 2 + k] ?? NaN),
          h: dot(previous, recurrent, g * 2 + k) + (bias[1]?.[g * 2 + k] ?? NaN)
        });
        const [zParts, rParts, hParts] = [gate(0), gate(1), gate(2)];
        const z = sigmoid(zParts.x + zParts.h);
        const r = sigmoid(rParts.x + rParts.h);
        const candidate = Math.tanh(hParts.x + r * hParts.h);
        return z * (previous[k] ?? NaN) + (1 - z) * candidate;
      });
      expected.push(h);
    }
    const layer = kerasGru({
      units: 2,
      resetAfter: true,
      recurrentActivation: 'sigmoid',
      returnSequences: true,
      inputShape: [2, 2]
    });
    runSequence(layer, sequence);
    setGruWeights(layer, kernel, recurrent, bias);
    const actual = runSequence(layer, sequence);
    actual.forEach((step, t) =>
      step.forEach((value, k) => expect(value).toBeCloseTo(expected[t]?.[k] ?? NaN, 6))
    );
  });

  it('works without a bias: z = ra(x·Wz + h₋₁·Uz), h̃ = act(x·Wh + r⊙(h₋₁·Uh))', () => {
    // W = [1 1 1], U = [1 1 1], hard sigmoid, linear; x = [1, 1].
    // Step 1: z = r = hs(1) = 0.7, h̃ = 1 + 0.7·0 = 1, h1 = 0.3.
    // Step 2: z = r = hs(1.3) = 0.76, h̃ = 1 + 0.76·0.3 = 1.228, h2 = 0.76·0.3 + 0.24·1.228 = 0.52272.
    const layer = new KerasGRU({
      units: 1,
      resetAfter: true,
      useBias: false,
      activation: 'linear',
      recurrentActivation: 'hardSigmoid',
      returnSequences: true,
      inputShape: [2, 1]
    });
    runSequence(layer, [[1], [1]]);
    expect(layer.getWeights().map((w) => w.shape)).toEqual([
      [1, 3],
      [1, 3]
    ]);
    layer.setWeights([tf.tensor2d([[1, 1, 1]]), tf.tensor2d([[1, 1, 1]])]);
    const [h1, h2] = runSequence(layer, [[1], [1]]);
    expect(h1?.[0]).toBeCloseTo(0.3, 6);
    expect(h2?.[0]).toBeCloseTo(0.52272, 6);
  });

  it('builds its bias as [2, 3u]: row 0 input, row 1 recurrent', () => {
    const layer = new KerasGRU({ units: 4, resetAfter: true, inputShape: [1, 5] });
    runSequence(layer, [[1, 2, 3, 4, 5]]);
    expect(layer.getWeights().map((w) => w.shape)).toEqual([
      [5, 12],
      [4, 12],
      [2, 12]
    ]);
  });
});

describe('KerasGRU({ resetAfter: false })', () => {
  it('gives exactly what tfjs GRU gives on the same random weights', () => {
    const options = { units: 3, returnSequences: true, inputShape: [4, 2] };
    const ours = new KerasGRU({ ...options, resetAfter: false });
    const theirs = tf.layers.gru(options);
    const sequence = [
      [0.1, -0.4],
      [0.7, 0.2],
      [-0.3, 0.9],
      [0.5, -0.6]
    ];
    runSequence(ours, sequence);
    runSequence(theirs, sequence);
    const weights = theirs
      .getWeights()
      .map((w, i) => tf.randomUniform(w.shape, -1, 1, 'float32', 42 + i));
    ours.setWeights(weights);
    theirs.setWeights(weights);
    expect(runSequence(ours, sequence)).toEqual(runSequence(theirs, sequence));
    expect(ours.getWeights().map((w) => w.shape)).toEqual(theirs.getWeights().map((w) => w.shape));
  });
});

describe('KerasGRU.getConfig()', () => {
  it('round-trips resetAfter through fromConfig', () => {
    for (const resetAfter of [true, false]) {
      const config = new KerasGRU({ units: 2, resetAfter }).getConfig();
      expect(config['resetAfter']).toBe(resetAfter);
      registerKerasGru();
      const [cls, fromConfig] =
        tf.serialization.SerializationMap.getMap().classNameMap['GRU'] ?? [];
      const copy = fromConfig?.(cls as never, { ...config }) as unknown as KerasGRU;
      expect(copy.resetAfter).toBe(resetAfter);
    }
  });

  it('keeps the cell a KerasGRUCell with resetAfter on it', () => {
    const layer = new KerasGRU({ units: 2, resetAfter: true });
    expect(layer.cell).toBeInstanceOf(KerasGRUCell);
    expect((layer.cell as KerasGRUCell).resetAfter).toBe(true);
    expect(layer.getClassName()).toBe('GRU');
  });
});

describe('registerKerasGru()', () => {
  it('replaces GRU and GRUCell in the serialization map, and is idempotent', () => {
    registerKerasGru();
    registerKerasGru();
    const classes = tf.serialization.SerializationMap.getMap().classNameMap;
    expect(classes['GRU']?.[0]).toBe(KerasGRU);
    expect(classes['GRUCell']?.[0]).toBe(KerasGRUCell);
  });

  it('lets a Bidirectional(GRU(reset_after)) model save and load back with the same predictions', async () => {
    registerKerasGru();
    const model = tf.sequential();
    model.add(
      tf.layers.bidirectional({
        layer: new KerasGRU({
          units: 2,
          resetAfter: true,
          recurrentActivation: 'sigmoid',
          returnSequences: true
        }) as unknown as tf.RNN,
        inputShape: [4, 3]
      })
    );
    model.add(tf.layers.dense({ units: 1 }));
    model.setWeights(
      model.getWeights().map((w, i) => tf.randomUniform(w.shape, -1, 1, 'float32', i + 1))
    );
    const input = tf.randomUniform([2, 4, 3], -1, 1, 'float32', 7);
    const before = (model.predict(input) as tf.Tensor).arraySync();

    const saved = await saveModel(model, 'memory');
    const topology = JSON.stringify(saved.modelTopology);
    expect(topology).toContain('"reset_after":true');
    expect(
      saved.weightSpecs.filter((spec) => spec.name.endsWith('/bias')).map((s) => s.shape)
    ).toEqual([[2, 6], [2, 6], [1]]);
    const loaded = await loadModel(saved);
    expect((loaded.predict(input) as tf.Tensor).arraySync()).toEqual(before);
  });

  it('also builds an RNN over a reset_after GRUCell', async () => {
    registerKerasGru();
    const cell = new KerasGRUCell({ units: 2, resetAfter: true });
    const model = tf.sequential();
    model.add(tf.layers.rnn({ cell: cell as never, inputShape: [3, 2] }));
    model.setWeights(
      model.getWeights().map((w, i) => tf.randomUniform(w.shape, -1, 1, 'float32', i + 9))
    );
    const input = tf.randomUniform([1, 3, 2], -1, 1, 'float32', 3);
    const loaded = await loadModel(await saveModel(model, 'memory'));
    expect(loaded.weights.map((w) => w.shape)).toContainEqual([2, 6]);
    expect((loaded.predict(input) as tf.Tensor).arraySync()).toEqual(
      (model.predict(input) as tf.Tensor).arraySync()
    );
  });
});
