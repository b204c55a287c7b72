import { describe, expect, it } from 'vitest';
import { learningRateAt } from '$lib/tf/train/schedule.js';
import { bar, ProgressBoard } from '../../scripts/train/progress.js';

function sink(isTTY: boolean, columns?: number) {
  const written: string[] = [];
  return { written, out: { isTTY, columns, write: (text: string) => written.push(text) } };
}

describe('ProgressBoard', () => {
  it('bar(0.5) is half full and says 50%', () => {
    expect(bar(0.5)).toBe(`[${'█'.repeat(14)}${'·'.repeat(14)}]  50%`);
    expect(bar(2)).toContain('100%');
  });

  it('ProgressBoard on a pipe writes plain lines: each quarter, then the summary', () => {
    const { written, out } = sink(false);
    const board = new ProgressBoard(['memory-rnn', 'memory-lstm'], out);
    for (let i = 1; i <= 10; i++) board.update('memory-lstm', i / 10);
    board.finish('memory-lstm', 'accuracy 1.000');
    expect(written.join('')).not.toContain('\x1b');
    expect(written.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      'memory-lstm 30%',
      'memory-lstm 50%',
      'memory-lstm 80%',
      expect.stringMatching(/^memory-lstm done in 0:0\d: accuracy 1\.000$/)
    ]);
  });

  it('ProgressBoard on a terminal redraws every row in place, cut to the width', () => {
    const { written, out } = sink(true, 40);
    const board = new ProgressBoard(['a', 'b'], out);
    board.finish('b', 'a summary far too long for a forty-column terminal');
    const last = written.at(-1)!;
    expect(last.startsWith('\x1b[2A\r')).toBe(true);
    const rows = last.slice('\x1b[2A\r'.length).trimEnd().split('\n');
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.replace('\x1b[2K', '').length).toBeLessThanOrEqual(39);
    expect(rows[1]).toContain('100%');
  });
});

describe('learningRateAt(base, fraction)', () => {
  it('learningRateAt keeps the base rate for the first half, then eases it down to a tenth', () => {
    expect(learningRateAt(0.01, 0)).toBe(0.01);
    expect(learningRateAt(0.01, 0.49)).toBe(0.01);
    expect(learningRateAt(0.01, 0.75)).toBeCloseTo(0.0055, 10);
    expect(learningRateAt(0.01, 1)).toBeCloseTo(0.001, 10);
  });
});
