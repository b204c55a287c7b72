import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '$lib/tf/cli/args.js';
import { evaluateCommand } from '$lib/tf/cli/evaluate-command.js';

tf.env().set('IS_TEST', true);
beforeAll(async () => {
  await tf.setBackend('cpu');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the command and returns what it printed. */
async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  const code = await evaluateCommand.run(argv);
  vi.restoreAllMocks();
  return { code, lines: printed.join('').trimEnd().split('\n') };
}

const MODEL = path.join('static', 'models', 'memory-gru', 'model.json');

describe('unrolled evaluate', () => {
  it('evaluate --model M --json ends with {"accuracy", "buckets"} for the six distance buckets', async () => {
    const { code, lines } = await run([
      '--model',
      MODEL,
      '--samples',
      '60',
      '--seed',
      '5',
      '--json'
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(lines.at(-1)!) as {
      accuracy: number;
      buckets: { name: string; accuracy: number; n: number }[];
    };
    expect(Object.keys(result)).toEqual(['accuracy', 'buckets']);
    expect(result.buckets.map((b) => b.name)).toEqual([
      '2–4',
      '5–8',
      '9–16',
      '17–24',
      '25–32',
      '33–40'
    ]);
    expect(result.buckets.reduce((sum, b) => sum + b.n, 0)).toBe(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0);
    expect(result.accuracy).toBeLessThanOrEqual(1);
  });

  it('evaluate --model M (sentiment) reports plain, negated and contrast in words', async () => {
    const model = path.join('static', 'models', 'sentiment-gru', 'model.json');
    const { code, lines } = await run(['--model', model, '--samples', '30', '--seed', '5']);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^sentiment-gru: 30 held-out samples, seed 5/);
    expect(lines.slice(2).map((line) => line.trim().split(/\s+/)[0])).toEqual([
      'plain',
      'negated',
      'contrast'
    ]);
  });

  it('evaluate --model M --seed <a training seed> is refused', async () => {
    const meta = JSON.parse(readFileSync(path.join(path.dirname(MODEL), 'meta.json'), 'utf8'));
    const trainingSeed = String(meta.training.dataSeeds[1]);
    await expect(
      run(['--model', MODEL, '--seed', trainingSeed, '--samples', '10'])
    ).rejects.toThrow(/generated training/);
  });

  it('evaluate --model M without meta.json next to it is a usage error', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'unrolled-evaluate-'));
    try {
      await cp(path.dirname(MODEL), folder, { recursive: true });
      await writeFile(path.join(folder, 'meta.json'), '{"task": "poetry"}');
      await expect(run(['--model', path.join(folder, 'model.json')])).rejects.toThrow(UsageError);
      await rm(path.join(folder, 'meta.json'));
      await expect(run(['--model', path.join(folder, 'model.json')])).rejects.toThrow(
        /Cannot read/
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
