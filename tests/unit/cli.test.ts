import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseTrace } from '$lib/core/trace/parse.js';
import { saveModelToFile } from '$lib/tf/node-fs.js';
import { cli, expectOneLine } from './helpers/cli.js';

tf.env().set('IS_TEST', true);

const fixture = 'tests/fixtures/models/tfjs-lstm/model.json';
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'unrolled-cli-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('unrolled trace', () => {
  it('prints a valid, checked Trace for --ids', async () => {
    const { code, stdout } = await cli('trace', '--model', fixture, '--ids', '1,2,3,4,5');
    expect(code).toBe(0);
    const trace = parseTrace(stdout);
    expect(trace.tokens.map((t) => t.id)).toEqual([1, 2, 3, 4, 5]);
    expect(trace.check.maxAbsDiff).toBeLessThanOrEqual(1e-5);
    const expected = JSON.parse(
      await readFile('tests/fixtures/models/tfjs-lstm/expected.json', 'utf8')
    );
    trace.output.forEach((v, i) => expect(v).toBeCloseTo(expected.output[0][i], 5));
  });

  it('tokenizes --text with --tokenizer', async () => {
    const tokenizer = path.join(folder, 'words.json');
    await writeFile(
      tokenizer,
      JSON.stringify({ word_index: { i: 1, lived: 2, in: 3, ireland: 4, so: 5 } })
    );
    const { code, stdout } = await cli(
      'trace',
      '--model',
      fixture,
      '--text',
      'I lived in Ireland, so',
      '--tokenizer',
      tokenizer
    );
    expect(code).toBe(0);
    expect(parseTrace(stdout).tokens).toEqual([
      { text: 'I', id: 1 },
      { text: 'lived', id: 2 },
      { text: 'in', id: 3 },
      { text: 'Ireland', id: 4 },
      { text: 'so', id: 5 }
    ]);
  });

  it('reads float sequences from --input', async () => {
    const model = tf.sequential({ layers: [tf.layers.gru({ units: 2, inputShape: [null, 3] })] });
    const dir = path.join(folder, 'floats');
    await mkdir(dir, { recursive: true });
    await saveModelToFile(model, dir);
    const values = path.join(folder, 'values.json');
    await writeFile(
      values,
      JSON.stringify([
        [0.1, 0.2, 0.3],
        [0.4, -0.5, 0.6]
      ])
    );
    const { code, stdout } = await cli(
      'trace',
      '--model',
      path.join(dir, 'model.json'),
      '--input',
      values,
      '--inputs'
    );
    expect(code).toBe(0);
    const trace = parseTrace(stdout);
    expect(trace.layers[0]!.steps[1]!.x).toEqual([0.4000000059604645, -0.5, 0.6000000238418579]);
  });

  it('says how to call it when arguments are wrong', async () => {
    expectOneLine((await cli('trace', '--ids', '1')).stderr, /--model is required/);
    expectOneLine(
      (await cli('trace', '--model', fixture)).stderr,
      /Give exactly one of --ids, --text or --input/
    );
    expectOneLine(
      (await cli('trace', '--model', fixture, '--ids', '1,x')).stderr,
      /--ids must be whole numbers/
    );
    expectOneLine(
      (await cli('trace', '--model', fixture, '--ids', '1', '--colour', 'red')).stderr,
      /Unknown option --colour/
    );
    expectOneLine(
      (await cli('trace', '--model', fixture, '--ids', '1', '--backend', 'webgpu')).stderr,
      /--backend must be one of cpu, wasm/
    );
    expect((await cli('trace', '--ids', '1')).code).toBe(2);
  });

  it('rejects a missing file, a model.json that is not JSON, truncated weights and an unsupported layer', async () => {
    const missing = await cli(
      'trace',
      '--model',
      path.join(folder, 'nope', 'model.json'),
      '--ids',
      '1'
    );
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr, /There is no model file at/);

    const broken = path.join(folder, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(path.join(broken, 'model.json'), '{"modelTopology": {');
    const notJson = await cli('trace', '--model', path.join(broken, 'model.json'), '--ids', '1');
    expect(notJson.code).toBe(2);
    expectOneLine(notJson.stderr, /not JSON|JSON/);

    const truncated = path.join(folder, 'truncated');
    await mkdir(truncated, { recursive: true });
    await copyFile(fixture, path.join(truncated, 'model.json'));
    const weights = await readFile('tests/fixtures/models/tfjs-lstm/model.weights.bin');
    await writeFile(
      path.join(truncated, 'model.weights.bin'),
      weights.subarray(0, weights.length - 10)
    );
    const cut = await cli(
      'trace',
      '--model',
      path.join(truncated, 'model.json'),
      '--ids',
      '1,2,3,4,5'
    );
    expect(cut.code).toBe(2);
    expectOneLine(cut.stderr, /model\.weights\.bin.*bytes/);

    const convLstm = path.join(folder, 'conv-lstm');
    await mkdir(convLstm, { recursive: true });
    const topology = {
      class_name: 'Sequential',
      config: {
        name: 's',
        layers: [
          {
            class_name: 'ConvLSTM2D',
            config: {
              name: 'clstm',
              filters: 2,
              kernel_size: [1, 1],
              batch_input_shape: [null, 3, 4, 4, 1]
            }
          }
        ]
      }
    };
    await writeFile(
      path.join(convLstm, 'model.json'),
      JSON.stringify({ modelTopology: topology, weightsManifest: [] })
    );
    const unsupported = await cli(
      'trace',
      '--model',
      path.join(convLstm, 'model.json'),
      '--ids',
      '1'
    );
    expect(unsupported.code).toBe(2);
    expectOneLine(unsupported.stderr, /clstm.*ConvLSTM2D/);
  });

  it('rejects ids outside the vocabulary', async () => {
    const { code, stderr } = await cli('trace', '--model', fixture, '--ids', '1,2,3,4,99');
    expect(code).toBe(2);
    expectOneLine(stderr, /id 99, outside the model's vocabulary \(ids 0 to 11\)/);
  });
});

describe('unrolled trace --intervene', () => {
  const memory = 'static/models/memory-lstm';
  const sentence = ['--text', 'I lived in Ireland, so they made me learn to speak'];
  const traceWith = (spec: string) =>
    cli(
      'trace',
      '--model',
      `${memory}/model.json`,
      ...sentence,
      '--tokenizer',
      `${memory}/tokenizer.json`,
      '--intervene',
      spec
    );

  it('applies inline JSON and a file alike, and lists the interventions in the trace', async () => {
    const spec = [
      { layer: 'lstm', set: 'h', value: 0, units: [5], steps: [4, 8] },
      { token: 4, text: 'France' }
    ];
    const inline = await traceWith(JSON.stringify(spec));
    expect(inline.code).toBe(0);
    const trace = parseTrace(inline.stdout);
    expect(trace.tokens[3]!.text).toBe('France');
    expect(trace.layers[0]!.steps.slice(3, 8).map((step) => step.h[5])).toEqual([0, 0, 0, 0, 0]);
    expect(trace.interventions).toMatchObject([
      spec[0],
      { token: 4, text: 'France', replaced: { text: 'Ireland' } }
    ]);
    expect(trace.check.skipped).toEqual(['lstm (forward) from token 4', "the model's output"]);
    const file = path.join(folder, 'interventions.json');
    await writeFile(file, JSON.stringify(spec));
    expect(JSON.parse((await traceWith(file)).stdout)).toEqual(JSON.parse(inline.stdout));
  });

  it.each([
    [
      '[{"layer":"dense","set":"forget","value":1,"units":"all","steps":"all"}]',
      /no such recurrent layer \(layers: lstm\)/
    ],
    [
      '[{"layer":"lstm","set":"forget","value":1,"units":[32],"steps":"all"}]',
      /unit 32 is out of range/
    ],
    [
      '[{"layer":"lstm","set":"forget","value":1,"units":"all","steps":[2,99]}]',
      /step 99 is out of range \(steps 1 to 11\)/
    ],
    ['[{"layer":"lstm","set":"reset","value":1,"units":"all","steps":"all"}]', /has no reset gate/],
    ['[{"token":3}]', /needs "text" or "id"/],
    ['[{"layer":"lstm"', /not JSON/],
    ['missing-file.json', /Cannot read the interventions file/]
  ])('exits 2 with one line for %s', async (spec, message) => {
    const { code, stderr } = await traceWith(spec);
    expect(code).toBe(2);
    expectOneLine(stderr, message);
  });
});

describe('unrolled verify', () => {
  it('traces random inputs of the model’s own fixed length and reports the worst difference', async () => {
    const { code, stdout } = await cli(
      'verify',
      '--model',
      fixture,
      '--samples',
      '3',
      '--length',
      '50'
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^ok: worst absolute difference \S+ over 3 random token sequences of 5 steps on cpu/
    );
  });

  it('uses random float vectors for models that read vectors', async () => {
    const model = tf.sequential({ layers: [tf.layers.lstm({ units: 2, inputShape: [7, 2] })] });
    const dir = path.join(folder, 'vectors');
    await saveModelToFile(model, dir);
    const { code, stdout } = await cli(
      'verify',
      '--model',
      path.join(dir, 'model.json'),
      '--samples',
      '2'
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/over 2 random vector sequences of 7 steps/);
  });
});

describe('unrolled bench', () => {
  it('ends with a JSON line of the medians when asked', async () => {
    const { code, stdout } = await cli(
      'bench',
      '--model',
      fixture,
      '--length',
      '5',
      '--repeats',
      '3',
      '--json'
    );
    expect(code).toBe(0);
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(last)).toEqual(['traceMs', 'predictMs', 'ratio']);
    expect(last.traceMs).toBeGreaterThan(0);
    expect(last.ratio).toBeCloseTo(last.traceMs / last.predictMs, 10);
  });
});

describe('the unrolled launcher', () => {
  it('runs from a checkout without a build and exits 2 with usage when given nothing', async () => {
    const run = promisify(execFile);
    const help = await run('node', ['bin/unrolled.js', '--help']);
    expect(help.stdout).toMatch(/usage: unrolled <command>/);
    await expect(run('node', ['bin/unrolled.js', 'frobnicate'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^unrolled frobnicate: Unknown command "frobnicate"/)
    });
  }, 30_000);
});
