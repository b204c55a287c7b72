import { afterEach, describe, expect, it, vi } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { Tracer } from '$lib/tf/tracer.js';

describe('unrolled/tf/node in a library call', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loadModelFromFile + trace print no tfjs banner and leave IS_TEST as it was', async () => {
    const printed: string[] = [];
    for (const method of ['log', 'warn', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      });
    }
    const model = await loadModelFromFile('static/models/memory-lstm');
    const trace = new Tracer(model).trace({ ids: [2, 11, 3, 106] });
    expect(trace.layers[0]!.steps).toHaveLength(4);
    expect(printed.filter((line) => /TensorFlow\.js in Node/.test(line))).toEqual([]);
    expect(tf.env().getBool('IS_TEST')).toBe(false);
    model.dispose();
  });
});
