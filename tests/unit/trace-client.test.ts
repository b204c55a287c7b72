import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UnrolledError } from '$lib/core/errors.js';
import type { PartialTrace } from '$lib/core/trace/types.js';
import { loadModel, type ModelInMemory } from '$lib/tf/load.js';
import { saveModel } from '$lib/tf/save.js';
import { createTraceClient, type TraceClient } from '$lib/tf/trace-client.js';
import { Tracer } from '$lib/tf/tracer.js';
import { errorReply } from '$lib/tf/worker.js';

tf.env().set('IS_TEST', true);
let saved: ModelInMemory;
beforeAll(async () => {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: 20, outputDim: 4, inputShape: [null], maskZero: true }),
      tf.layers.lstm({ units: 3 }),
      tf.layers.dense({ units: 1, activation: 'sigmoid' })
    ]
  });
  saved = await saveModel(model, 'memory');
});

const clients: TraceClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.dispose()));
function client() {
  const created = createTraceClient();
  clients.push(created);
  return created;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

const input = { ids: [0, 0, 4, 7, 11, 2] };

describe('createTraceClient() where there is no Worker', () => {
  it('createTraceClient() runs on this thread and keeps the backend tfjs already uses', async () => {
    const traces = client();
    expect(traces.mode).toBe('thread');
    expect(await traces.ready()).toBe('cpu');
  });

  it('client.load(key, memory) describes the model; client.trace gives what an in-thread Tracer gives', async () => {
    const traces = client();
    const info = await traces.load('m', saved);
    expect(info).toMatchObject({ key: 'm', input: { kind: 'ids', vocabularySize: 20 } });
    expect(info.layers.map(({ className }) => className)).toEqual(['Embedding', 'LSTM', 'Dense']);
    const expected = new Tracer(await loadModel(saved)).trace(input);
    expect(await traces.trace('m', input)).toEqual(expected);
    expect(expected.layers[0]!.steps[0]!.masked).toBe(true);
  });

  it('client.trace(key, input, { onPart }) streams the states, then the check, then influence', async () => {
    const traces = client();
    await traces.load('m', saved);
    const parts: PartialTrace[] = [];
    const trace = await traces.trace('m', input, { onPart: (part) => parts.push(part) });
    expect(parts).toHaveLength(3);
    const [states, checked, whole] = parts;
    expect(states).not.toHaveProperty('check');
    expect(states).not.toHaveProperty('influence');
    expect(states!.layers).toEqual(trace.layers);
    expect(checked).toEqual({ ...states, check: trace.check });
    expect(whole).toEqual(trace);
    // Later parts keep the states as they came, so views drawing them need not redraw.
    expect(checked!.layers).toBe(states!.layers);
    expect(whole!.layers).toBe(states!.layers);
  });

  it('client.load(key, ioHandler) reads the handler on the calling side', async () => {
    const traces = client();
    const info = await traces.load('h', { load: async () => ({ ...saved }) });
    expect(info.key).toBe('h');
    await expect(traces.trace('h', input)).resolves.toMatchObject({ format: 'unrolled-trace' });
  });

  it('client.trace(key, input, { signal }) aborted rejects with code cancelled; the next trace works', async () => {
    const traces = client();
    await traces.load('m', saved);
    const controller = new AbortController();
    const stages: string[] = [];
    const error = await rejection(
      traces.trace('m', input, {
        signal: controller.signal,
        onProgress: ({ stage }) => {
          stages.push(stage);
          if (stage === 'check') controller.abort();
        }
      })
    );
    expect(error).toBeInstanceOf(UnrolledError);
    expect((error as UnrolledError).code).toBe('cancelled');
    expect(stages).toEqual(['replay', 'check']);
    await expect(traces.trace('m', input)).resolves.toMatchObject({ tokens: { length: 6 } });
  });

  it('client.trace(key, badInput) and an unknown key reject with code bad-input', async () => {
    const traces = client();
    await traces.load('m', saved);
    const outOfRange = await rejection(traces.trace('m', { ids: [1, 20] }));
    expect(outOfRange).toMatchObject({ code: 'bad-input', message: expect.stringContaining('20') });
    const unknown = await rejection(traces.trace('other', input));
    expect(unknown).toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('"other"')
    });
  });

  it('client.unload(key) frees the model: tracing it again is a bad-input error', async () => {
    const traces = client();
    await traces.load('m', saved);
    await traces.unload('m');
    expect(await rejection(traces.trace('m', input))).toMatchObject({ code: 'bad-input' });
  });

  it('client.load(key, modelWithoutRecurrentLayers) fails in one line and frees the model', async () => {
    const traces = client();
    await traces.ready();
    const dense = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] });
    const artifacts = await saveModel(dense, 'memory');
    const before = tf.memory().numTensors;
    const error = await rejection(traces.load('dense', artifacts));
    expect(error).toMatchObject({ code: 'unsupported-layer' });
    expect(error.message).toMatch(/no SimpleRNN/);
    expect(error.message).not.toContain('\n');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('client.dispose() rejects pending and later calls with code cancelled', async () => {
    const traces = createTraceClient();
    const loading = traces.load('m', saved);
    traces.dispose();
    expect(await rejection(loading)).toMatchObject({ code: 'cancelled' });
    expect(await rejection(traces.trace('m', input))).toMatchObject({ code: 'cancelled' });
  });
});

describe('errorReply(id, action, error)', () => {
  it('errorReply keeps an UnrolledError’s code and layer', () => {
    const error = new UnrolledError('unsupported-layer', 'Layer "x" wraps a custom cell.', {
      layer: 'x'
    });
    expect(errorReply(4, 'Loading the model', error)).toEqual({
      type: 'error',
      id: 4,
      code: 'unsupported-layer',
      message: 'Layer "x" wraps a custom cell.',
      layer: 'x'
    });
  });

  it('errorReply turns any other failure into one line without a stack', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'shape')");
    error.stack = `${error.message}\n    at replay (tracer.ts:1:1)`;
    const reply = errorReply(2, 'Tracing', error);
    expect(reply).toEqual({
      type: 'error',
      id: 2,
      code: null,
      message: "Tracing failed: Cannot read properties of undefined (reading 'shape')."
    });
    expect(errorReply(3, 'Tracing', 'plain text\nsecond line')).toMatchObject({
      message: 'Tracing failed: plain text.'
    });
  });
});
