import * as tf from '@tensorflow/tfjs';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnrolledError } from '$lib/core/errors.js';
import { loadModel, type ModelInMemory } from '$lib/tf/load.js';
import { joinedWeightData, modelJsonFor, saveModel } from '$lib/tf/save.js';
import { createTraceClient } from '$lib/tf/trace-client.js';
import type { TraceProgress } from '$lib/tf/trace-steps.js';
import { Tracer } from '$lib/tf/tracer.js';

/** Embedding → Bidirectional(LSTM) → Dense → Dense(sigmoid), the course notebook's shape at a chosen size. */
function notebookModel(vocabulary: number, width: number): tf.LayersModel {
  // glorotUniform: the default orthogonal initialiser is slow at this size, and the weights are random anyway.
  const lstm = tf.layers.lstm({ units: width, recurrentInitializer: 'glorotUniform' });
  return tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: vocabulary, outputDim: width, inputShape: [null] }),
      tf.layers.bidirectional({ layer: lstm as tf.RNN }),
      tf.layers.dense({ units: width, activation: 'relu' }),
      tf.layers.dense({ units: 1, activation: 'sigmoid' })
    ]
  });
}

const ids = (length: number, vocabulary: number) =>
  Array.from({ length }, (_, i) => 1 + ((i * 37) % (vocabulary - 1)));

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

let small: ModelInMemory;
let large: ModelInMemory;
let inPage: Tracer;
const client = createTraceClient();
const input = {
  ids: [5, 17, 3, 42, 8, 1, 30],
  texts: ['I', 'lived', 'in', 'Ireland', 'so', 'at', 'school']
};

beforeAll(async () => {
  await tf.setBackend('cpu');
  small = await saveModel(notebookModel(50, 8), 'memory');
  large = await saveModel(notebookModel(8185, 64), 'memory');
  inPage = new Tracer(await loadModel(small));
});
afterAll(() => client.dispose());

describe('createTraceClient() in a browser', () => {
  it('createTraceClient() starts a module worker on the cpu backend', async () => {
    expect(client.mode).toBe('worker');
    expect(await client.ready()).toBe('cpu');
  });

  it('client.trace(key, input) through the worker gives the same numbers as a Tracer in the page', async () => {
    const info = await client.load('small', small);
    expect(info).toMatchObject({ key: 'small', backend: 'cpu', input: { kind: 'ids' } });
    const trace = await client.trace('small', input, { includeInputs: true });
    expect(trace).toEqual(inPage.trace(input, { includeInputs: true }));
    expect(trace.check.backend).toBe('cpu');
    expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(1e-6);
  });

  it('client.load(key, files) reads a model.json and its weights picked as files', async () => {
    const json = modelJsonFor(small as tf.io.ModelArtifacts, 'small.weights.bin');
    const files = [
      new File([JSON.stringify(json)], 'model.json', { type: 'application/json' }),
      new File([joinedWeightData(small as tf.io.ModelArtifacts)], 'small.weights.bin')
    ];
    await client.load('picked', files);
    expect(await client.trace('picked', input)).toEqual(inPage.trace(input));
  });

  it('client.trace(key, input, { onProgress }) reports every stage in order, ending with done', async () => {
    const seen: TraceProgress[] = [];
    await client.trace('small', input, { onProgress: (progress) => seen.push(progress) });
    expect(seen.map(({ stage }) => stage)).toEqual([
      'replay',
      'check',
      'influence',
      'format',
      'done'
    ]);
    expect(seen.map(({ done }) => done)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(seen.map(({ total }) => total))).toEqual(new Set([4]));
  });

  it('client.trace(key, input, { signal }) aborted rejects with code cancelled and the worker keeps working', async () => {
    await client.load('large', large);
    const controller = new AbortController();
    const stages: string[] = [];
    const long = client.trace(
      'large',
      { ids: ids(500, 8185) },
      {
        signal: controller.signal,
        onProgress: ({ stage }) => {
          stages.push(stage);
          controller.abort();
        }
      }
    );
    const error = await rejection(long);
    expect(error).toBeInstanceOf(UnrolledError);
    expect((error as UnrolledError).code).toBe('cancelled');
    expect(stages).toEqual(['replay']);
    expect(await client.trace('small', input)).toEqual(inPage.trace(input));
    const already = client.trace('small', input, { signal: AbortSignal.abort() });
    expect(await rejection(already)).toMatchObject({ code: 'cancelled' });
  });

  it('client.trace(key, badInput) rejects with the typed error from inside the worker', async () => {
    const error = await rejection(client.trace('small', { ids: [1, 2, 50] }));
    expect(error).toBeInstanceOf(UnrolledError);
    expect(error).toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('vocabulary')
    });
    const empty = await rejection(client.trace('small', { ids: [] }));
    expect(empty).toMatchObject({ code: 'bad-input', message: expect.stringContaining('empty') });
    const broken = await rejection(
      client.load('broken', { ...small, weightData: new ArrayBuffer(12) })
    );
    expect(broken).toMatchObject({ code: 'bad-weights' });
  });

  it('client.load(key, relativeUrl) fetches it from the page’s folder, not the worker’s', async () => {
    const error = await rejection(client.load('missing', 'no-such-folder/model.json'));
    expect(error).toMatchObject({ code: 'bad-input' });
    expect(error.message).toContain(new URL('no-such-folder/model.json', location.href).href);
  });

  it('client.trace(key, nonsense) turns an unexpected failure into a one-line Error', async () => {
    const nonsense = { ids: 'not a list' } as unknown as { ids: number[] };
    const error = await rejection(client.trace('small', nonsense));
    expect(error).not.toBeInstanceOf(UnrolledError);
    expect(error.message).toMatch(/^Tracing failed: \S/);
    expect(error.message).not.toContain('\n');
  });

  it('the page keeps drawing frames while the worker runs a 500-step trace', async () => {
    await client.load('large', large);
    let frames = 0;
    let drawing = true;
    const frame = () => {
      frames++;
      if (drawing) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const trace = await client.trace('large', { ids: ids(500, 8185) });
    drawing = false;
    expect(trace.layers.map(({ steps }) => steps.length)).toEqual([500, 500]);
    expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(1e-5);
    // A trace this long blocks a thread for several stages; drawn in the page, it would leave a handful of frames.
    expect(frames).toBeGreaterThan(10);
    // About 11 s alone on a 2-core machine, and past 15 s while the rest of the suite loads it: not a timing test.
  }, 60_000);
});

describe('createTraceClient({ backend: "wasm", wasmPaths })', () => {
  it('traces on the wasm backend with the .wasm files Vite serves', async () => {
    const wasm = createTraceClient({
      backend: 'wasm',
      wasmPaths: {
        'tfjs-backend-wasm.wasm': wasmPlain,
        'tfjs-backend-wasm-simd.wasm': wasmSimd,
        'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
      }
    });
    try {
      expect(await wasm.ready()).toBe('wasm');
      await wasm.load('small', small);
      const trace = await wasm.trace('small', input);
      expect(trace.check).toMatchObject({ backend: 'wasm' });
      expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(1e-5);
      const cpu = inPage.trace(input);
      trace.output.forEach((value, i) => expect(value).toBeCloseTo(cpu.output[i]!, 5));
    } finally {
      wasm.dispose();
    }
  });

  it('a wasm backend that cannot find its files fails every call with one clear line', async () => {
    const lost = createTraceClient({ backend: 'wasm', wasmPaths: '/no-such-folder/' });
    try {
      const error = await rejection(lost.ready());
      expect(error.message).toMatch(/^Starting failed: the wasm backend could not start/);
      const load = await rejection(lost.load('small', small));
      expect(load.message).toContain('wasm backend could not start');
    } finally {
      lost.dispose();
    }
  });
});
