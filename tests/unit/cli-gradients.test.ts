import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTrace, validateTrace } from '$lib/core/trace/parse.js';
import { loadModelFromFile } from '$lib/tf/node-fs.js';
import { cli, expectOneLine } from './helpers/cli.js';

tf.env().set('IS_TEST', true);

// Embedding → LSTM(4) → Dense(2, softmax).
const fixture = 'tests/fixtures/models/tfjs-lstm/model.json';

afterEach(() => {
  vi.restoreAllMocks();
});

interface GradientsJson {
  output: number;
  layers: { name: string; direction: string; steps: { dx: number; dh: number; dc?: number }[] }[];
}

describe('unrolled gradients', () => {
  it('--json ends with {output, layers}, one step per token, dc for the LSTM', async () => {
    const { code, stdout } = await cli(
      'gradients',
      '--model',
      fixture,
      '--ids',
      '1,2,3,4,5',
      '--json'
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout.trimEnd().split('\n').at(-1)!) as GradientsJson;
    expect(Object.keys(result)).toEqual(['output', 'layers']);
    expect(result.layers).toHaveLength(1);
    expect(result.layers[0]!.direction).toBe('forward');
    expect(result.layers[0]!.steps).toHaveLength(5);
    for (const step of result.layers[0]!.steps) {
      expect(step.dx).toBeGreaterThan(0);
      expect(step.dc).toBeGreaterThanOrEqual(0);
    }
  });

  it('--output K: at the last step ∂(logit K)/∂h_T is the Dense kernel’s column K', async () => {
    const model = await loadModelFromFile(fixture);
    const kernel = model.layers[2]!.getWeights()[0]!.arraySync() as number[][];
    for (const output of [0, 1]) {
      const { code, stdout } = await cli(
        'gradients',
        '--model',
        fixture,
        '--ids',
        '1,2,3,4,5',
        '--output',
        String(output),
        '--json'
      );
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as GradientsJson;
      expect(result.output).toBe(output);
      const column = Math.hypot(...kernel.map((row) => row[output]!));
      expect(result.layers[0]!.steps.at(-1)!.dh).toBeCloseTo(column, 6);
    }
  });

  it('prints a table without --json', async () => {
    const { code, stdout } = await cli('gradients', '--model', fixture, '--ids', '1,2,3,4,5');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^y = the logit of output \d/);
    expect(stdout).toMatch(/‖∂y\/∂c_t‖/);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1 + 2 + 5);
  });

  it.each([
    [['--ids', '1,2,3,4,5', '--output', '2'], /--output must be a whole number from 0 to 1/],
    [['--ids', '1,2', '--output', '-1'], /--output must be a whole number ≥ 0/],
    [['--ids', '1,2', '--output', 'top'], /--output must be a whole number ≥ 0/],
    [['--text', 'hello'], /--text needs --tokenizer/],
    [['--ids', '1', '--input', 'x.json'], /exactly one of --ids, --text or --input/],
    [['--ids', '1,2', '--steps', '3'], /Unknown option --steps/]
  ])('%j: one line, exit 2', async (args, message) => {
    const { code, stderr } = await cli('gradients', '--model', fixture, ...args);
    expect(code).toBe(2);
    expectOneLine(stderr, message);
  });

  it('a missing model: one line, exit 2', async () => {
    const { code, stderr } = await cli('gradients', '--model', 'nowhere/model.json', '--ids', '1');
    expect(code).toBe(2);
    expectOneLine(stderr, /^unrolled gradients: /);
  });
});

describe('unrolled trace --gradients', () => {
  it('adds gradients that parseTrace accepts and the gradients command agrees with', async () => {
    const traced = await cli('trace', '--model', fixture, '--ids', '4,1,2,6,7', '--gradients');
    expect(traced.code).toBe(0);
    const trace = parseTrace(traced.stdout);
    const alone = await cli('gradients', '--model', fixture, '--ids', '4,1,2,6,7', '--json');
    const { output, layers } = trace.gradients!;
    expect(JSON.parse(alone.stdout)).toEqual({ output, layers });
    expect(trace.gradients!.of).toBe('logit');
  });

  it('parseTrace names what is wrong in a bad gradients entry', async () => {
    const { stdout } = await cli('trace', '--model', fixture, '--ids', '4,1,2,6,7', '--gradients');
    const trace = JSON.parse(stdout);
    delete trace.gradients.layers[0].steps[1].dc;
    expect(() => parseTrace(trace)).toThrow(/gradients\.layers\[0\]\.steps\[1\]\.dc: missing/);
    trace.gradients.layers[0].steps.pop();
    expect(validateTrace(trace).join('\n')).toMatch(/expected 5 steps \(tokens\), got 4/);
    trace.gradients.output = 7;
    expect(validateTrace(trace).join('\n')).toMatch(/gradients\.output: expected an index below 2/);
  });
});
