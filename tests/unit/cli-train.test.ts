import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, expectOneLine } from './helpers/cli.js';
import type { ModelMeta } from '$lib/tf/models/meta.js';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unrolled-cli-train-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

// A small run: 4 units, 2 epochs of 128 sentences.
const small = (out: string, ...more: string[]) => [
  'train',
  '--task',
  'memory',
  '--cell',
  'lstm',
  '--units',
  '4',
  '--epochs',
  '2',
  '--samples',
  '128',
  '--seed',
  '3',
  '--out',
  out,
  ...more
];

describe('unrolled train', () => {
  it('train --json twice with one seed writes byte-identical folders, and evaluate reads them', async () => {
    const first = path.join(root, 'a');
    const second = path.join(root, 'b');
    const run = await cli(...small(first, '--json'));
    expect(run.code, run.stderr).toBe(0);
    const last = JSON.parse(run.stdout.trimEnd().split('\n').at(-1)!) as {
      epochs: { epoch: number; valAccuracy: number; buckets: { name: string }[] }[];
      model: string;
    };
    expect(last.model).toBe(path.join(first, 'model.json'));
    expect(last.epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(last.epochs[1]!.buckets.map((b) => b.name)).toEqual([
      '2–4',
      '5–8',
      '9–16',
      '17–24',
      '25–32',
      '33–40'
    ]);
    expect((await cli(...small(second, '--json'))).code).toBe(0);
    const files = (await readdir(first)).sort();
    expect(files).toEqual(['meta.json', 'model.json', 'model.weights.bin', 'tokenizer.json']);
    for (const file of files) {
      const a = await readFile(path.join(first, file));
      const b = await readFile(path.join(second, file));
      expect(b.equals(a), file).toBe(true);
    }
    const meta = JSON.parse(await readFile(path.join(first, 'meta.json'), 'utf8')) as ModelMeta;
    expect(meta.training!.curve.map((p) => p.valAccuracy)).toEqual(
      last.epochs.map((e) => e.valAccuracy)
    );
    const evaluation = await cli(
      'evaluate',
      '--model',
      last.model,
      '--seed',
      '424242',
      '--samples',
      '60',
      '--json'
    );
    expect(evaluation.code, evaluation.stderr).toBe(0);
    expect(JSON.parse(evaluation.stdout).buckets.length).toBeGreaterThan(0);
  }, 120_000);

  it('train --distances 2-8 --curriculum trains and validates on that range only', async () => {
    const out = path.join(root, 'short');
    const run = await cli(...small(out, '--distances', '2-8', '--curriculum', '--json'));
    expect(run.code, run.stderr).toBe(0);
    const meta = JSON.parse(await readFile(path.join(out, 'meta.json'), 'utf8')) as ModelMeta;
    expect(meta.distances).toEqual({ min: 2, max: 8 });
    expect(meta.training!.curve[0]!.buckets!.map((b) => b.name)).toEqual(['2–4', '5–8']);
    expect(meta.training!.curriculum).toMatch(/8 in epoch 1/);
  }, 120_000);

  it.each([
    [['train', '--cell', 'lstm', '--out', 'x'], /--task is required/],
    [['train', '--task', 'speech', '--cell', 'lstm', '--out', 'x'], /--task must be one of/],
    [['train', '--task', 'memory', '--cell', 'tcn', '--out', 'x'], /--cell must be one of/],
    [['train', '--task', 'memory', '--cell', 'gru'], /--out is required/],
    [['train', '--task', 'memory', '--cell', 'gru', '--out', 'x', '--units', '0'], /--units/],
    [
      ['train', '--task', 'memory', '--cell', 'gru', '--out', 'x', '--distances', '1-50'],
      /--distances must be A-B/
    ],
    [
      ['train', '--task', 'sentiment', '--cell', 'gru', '--out', 'x', '--curriculum'],
      /--curriculum is for the memory task/
    ],
    [
      ['train', '--task', 'memory', '--cell', 'gru', '--out', 'x', '--learning-rate', 'fast'],
      /--learning-rate must be a positive number/
    ],
    [['train', '--task', 'memory', '--cell', 'gru', '--out', 'x', '--backend', 'gpu'], /--backend/]
  ])('train %j prints one line and exits 2', async (argv, pattern) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expectOneLine(stderr, pattern);
  });
});
