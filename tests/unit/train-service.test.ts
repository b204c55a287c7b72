import { afterEach, describe, expect, it } from 'vitest';
import type { LabSettings } from '$lib/core/train/lab-settings.js';
import { createTrainService, type TrainReply } from '$lib/tf/train-worker.js';

const settings: LabSettings = {
  cells: ['simple_rnn'],
  units: 4,
  epochs: 2,
  samplesPerEpoch: 128,
  distances: { min: 2, max: 6 },
  curriculum: false,
  learningRate: 0.01,
  seed: 4
};

const until = async (replies: TrainReply[], test: (reply: TrainReply) => boolean) => {
  while (!replies.some(test)) await new Promise((resolve) => setTimeout(resolve, 20));
};

let service: ReturnType<typeof createTrainService> | undefined;
afterEach(() => service?.dispose());

describe('the training worker', () => {
  it('trains no further until the page says it has drawn the traces it was sent', async () => {
    const replies: TrainReply[] = [];
    // A wait longer than the test: only the page's word lets training go on.
    service = createTrainService((reply) => void replies.push(reply), { drawWaitMs: 600_000 });
    service.handle({ type: 'start', settings, backend: 'cpu' });
    await until(replies, (reply) => reply.type === 'initial');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(replies.map((reply) => reply.type)).toEqual(['backend', 'initial']);

    service.handle({ type: 'drawn', count: 1 });
    await until(replies, (reply) => reply.type === 'epoch');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(replies.filter((reply) => reply.type === 'epoch')).toHaveLength(1);
    expect(replies.some((reply) => reply.type === 'finished')).toBe(false);

    service.handle({ type: 'drawn', count: 2 });
    await until(replies, (reply) => reply.type === 'epoch' && reply.point.epoch === 2);
    service.handle({ type: 'drawn', count: 3 });
    await until(replies, (reply) => reply.type === 'finished');
    expect(replies.at(-1)).toEqual({ type: 'finished', stopped: false });
  }, 60_000);
});
