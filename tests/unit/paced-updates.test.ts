import { describe, expect, it } from 'vitest';
import { PacedUpdates } from '$lib/state/paced-updates.js';

describe('PacedUpdates', () => {
  it('runs jobs one per task, in order, jobs they add included, then resolves idle', async () => {
    const pace = new PacedUpdates();
    const ran: string[] = [];
    let task = 0;
    const ticker = setInterval(() => task++, 1);
    pace.add(() => ran.push(`a@${task}`));
    pace.add(() => {
      ran.push(`b@${task}`);
      pace.add(() => ran.push(`c@${task}`));
    });
    expect(ran).toEqual([]);
    expect(pace.busy).toBe(true);
    await pace.idle();
    clearInterval(ticker);
    expect(ran.map((entry) => entry[0])).toEqual(['a', 'b', 'c']);
    // Each job ran in a later task than the one before.
    const tasks = ran.map((entry) => Number(entry.split('@')[1]));
    expect(tasks[1]!).toBeGreaterThan(tasks[0]!);
    expect(tasks[2]!).toBeGreaterThan(tasks[1]!);
    expect(pace.busy).toBe(false);
    await pace.idle();
  });

  it('goes on after a job that throws, and drops what clear() removes', async () => {
    const pace = new PacedUpdates();
    const ran: string[] = [];
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    pace.add(() => {
      throw new Error('broken');
    });
    pace.add(() => ran.push('after'));
    await pace.idle();
    pace.add(() => ran.push('dropped'));
    pace.clear();
    await pace.idle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('uncaughtException', onError);
    expect(ran).toEqual(['after']);
    expect(errors).toHaveLength(1);
  });
});
