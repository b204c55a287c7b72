import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UnrolledError } from '$lib/core/errors.js';
import { runSteps, traceInSteps, type Step, type TracePart } from '$lib/tf/trace-steps.js';
import { Tracer } from '$lib/tf/tracer.js';
import { yieldToEventLoop } from '$lib/tf/yield.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Steps that record their index when they run. */
function counted(count: number, ran: number[], extra: (i: number) => void = () => {}) {
  return Array.from({ length: count }, (_, i): Step<string> => ({
    stage: `s${i}`,
    run: () => {
      ran.push(i);
      extra(i);
    }
  }));
}

async function rejection(promise: Promise<unknown>): Promise<UnrolledError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  );
  expect(error).toBeInstanceOf(UnrolledError);
  return error as UnrolledError;
}

describe('yieldToEventLoop()', () => {
  it('yieldToEventLoop() lets a queued timer run, which awaiting a promise never does', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    for (let i = 0; i < 1000 && !fired; i++) await Promise.resolve();
    expect(fired).toBe(false);
    for (let i = 0; i < 1000 && !fired; i++) await yieldToEventLoop();
    expect(fired).toBe(true);
  });
});

describe('runSteps(steps, options)', () => {
  it('runSteps(steps, { onProgress }) runs each step in order, reporting its stage before it runs', async () => {
    const ran: number[] = [];
    const seen: string[] = [];
    await runSteps(counted(3, ran), {
      onProgress: ({ done, total, stage }) =>
        seen.push(`${done}/${total} ${stage} after ${ran.length}`)
    });
    expect(ran).toEqual([0, 1, 2]);
    expect(seen).toEqual([
      '0/3 s0 after 0',
      '1/3 s1 after 1',
      '2/3 s2 after 2',
      '3/3 done after 3'
    ]);
  });

  it('runSteps(steps, { signal }) starts no step after an abort and rejects with code cancelled', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const steps = counted(5, ran, (i) => i === 1 && controller.abort());
    const error = await rejection(runSteps(steps, { signal: controller.signal }));
    expect(error.code).toBe('cancelled');
    expect(ran).toEqual([0, 1]);
  });

  it('runSteps(steps, { signal }) with an aborted signal runs nothing', async () => {
    const ran: number[] = [];
    const error = await rejection(runSteps(counted(3, ran), { signal: AbortSignal.abort() }));
    expect(error.code).toBe('cancelled');
    expect(ran).toEqual([]);
  });

  it('runSteps(steps, { signal }) never resolves once aborted, even during the last step', async () => {
    const controller = new AbortController();
    const steps = counted(2, [], (i) => i === 1 && controller.abort());
    expect((await rejection(runSteps(steps, { signal: controller.signal }))).code).toBe(
      'cancelled'
    );
  });

  it('runSteps(steps, { signal }) sees an abort sent from another task between steps', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    setTimeout(() => controller.abort(), 0);
    const error = await rejection(runSteps(counted(1000, ran), { signal: controller.signal }));
    expect(error.code).toBe('cancelled');
    expect(ran.length).toBeLessThan(1000);
  });

  it('runSteps(steps, { pause }) with a microtask pause cannot see that abort (why the default yields)', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const timer = setTimeout(() => controller.abort(), 0);
    await runSteps(counted(1000, ran), {
      signal: controller.signal,
      pause: () => Promise.resolve()
    });
    clearTimeout(timer);
    expect(ran).toHaveLength(1000);
  });

  it('runSteps(steps) rejects with a failing step’s error and runs no later step', async () => {
    const ran: number[] = [];
    const steps = counted(3, ran, (i) => {
      if (i === 1) throw new Error('step 1 broke');
    });
    await expect(runSteps(steps)).rejects.toThrow('step 1 broke');
    expect(ran).toEqual([0, 1]);
  });
});

function lstmModel(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.embedding({ inputDim: 30, outputDim: 5, inputShape: [null] }),
      tf.layers.lstm({ units: 4, returnSequences: true }),
      tf.layers.bidirectional({ layer: tf.layers.gru({ units: 3 }) as tf.RNN, mergeMode: 'sum' }),
      tf.layers.dense({ units: 2, activation: 'softmax' })
    ]
  });
}

describe('traceInSteps(tracer, input, options)', () => {
  const input = { ids: [3, 14, 15, 9, 2, 6], texts: ['a', 'b', 'c', 'd', 'e', 'f'] };

  it('traceInSteps(tracer, input) gives exactly what tracer.trace(input) gives', async () => {
    const tracer = new Tracer(lstmModel());
    expect(await traceInSteps(tracer, input)).toEqual(tracer.trace(input));
    const withInputs = await traceInSteps(tracer, input, { includeInputs: true });
    expect(withInputs).toEqual(tracer.trace(input, { includeInputs: true }));
    expect(withInputs.layers[0]!.steps[0]!.x).toHaveLength(5);
  });

  it('traceInSteps(tracer, values) traces float sequences like tracer.trace', async () => {
    const model = tf.sequential({
      layers: [tf.layers.simpleRNN({ units: 3, inputShape: [null, 2] })]
    });
    const tracer = new Tracer(model);
    const values = {
      values: [
        [0.1, -0.4],
        [0.3, 0.9],
        [-1, 0.5]
      ]
    };
    expect(await traceInSteps(tracer, values)).toEqual(tracer.trace(values));
  });

  it('traceInSteps(tracer, input, { onProgress }) reports replay, check, influence, format, then done', async () => {
    const stages: string[] = [];
    await traceInSteps(new Tracer(lstmModel()), input, {
      onProgress: ({ done, total, stage }) => stages.push(`${done}/${total} ${stage}`)
    });
    expect(stages).toEqual(['0/4 replay', '1/4 check', '2/4 influence', '3/4 format', '4/4 done']);
  });

  it('traceInSteps(tracer, input, { signal }) cancelled mid-way rejects and leaks no tensor', async () => {
    const tracer = new Tracer(lstmModel());
    tracer.trace(input); // builds the check model once, so that its tensors are not counted below
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const stages: string[] = [];
    const error = await rejection(
      traceInSteps(tracer, input, {
        signal: controller.signal,
        onProgress: ({ stage }) => {
          stages.push(stage);
          if (stage === 'check') controller.abort();
        }
      })
    );
    expect(error.code).toBe('cancelled');
    expect(stages).toEqual(['replay', 'check']);
    expect(tf.memory().numTensors).toBe(before);
    await traceInSteps(tracer, input);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('traceInSteps(tracer, input, { onPart }) gives the states, then the check, then influence, each as the trace has it', async () => {
    const tracer = new Tracer(lstmModel());
    const parts: TracePart[] = [];
    const stages: string[] = [];
    const trace = await traceInSteps(tracer, input, {
      onPart: (part) => parts.push(part),
      onProgress: ({ stage }) => stages.push(stage)
    });
    expect(parts.map((part) => part.stage)).toEqual(['replay', 'check', 'influence']);
    const [states, check, influence] = parts;
    const { influence: _influence, check: _check, ...expectedStates } = trace;
    expect(states).toEqual({ stage: 'replay', states: expectedStates });
    expect(check).toEqual({ stage: 'check', check: trace.check });
    expect(influence).toEqual({ stage: 'influence', influence: trace.influence });
  });

  it('traceInSteps(tracer, input, { signal }) stops between the pieces of the influence stage and leaks no tensor', async () => {
    const tracer = new Tracer(lstmModel());
    tracer.trace(input); // builds the check model once, so that its tensors are not counted below
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const progress: string[] = [];
    const parts: string[] = [];
    let piecesDone = 0;
    const error = await rejection(
      traceInSteps(tracer, input, {
        signal: controller.signal,
        onProgress: ({ stage }) => progress.push(stage),
        onPart: (part) => parts.push(part.stage),
        pause: async () => {
          // Pauses after the 'influence' report come between the influence stage's pieces.
          if (progress.at(-1) === 'influence' && ++piecesDone === 1) controller.abort();
          await yieldToEventLoop();
        }
      })
    );
    expect(error.code).toBe('cancelled');
    expect(piecesDone).toBe(1);
    expect(progress).toEqual(['replay', 'check', 'influence']);
    expect(parts).toEqual(['replay', 'check']);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('traceInSteps(tracer, badInput) rejects with bad-input before any stage', async () => {
    const stages: string[] = [];
    const error = await rejection(
      traceInSteps(
        new Tracer(lstmModel()),
        { ids: [1, 99] },
        { onProgress: ({ stage }) => stages.push(stage) }
      )
    );
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain('vocabulary');
    expect(stages).toEqual([]);
  });
});
