import { describe, expect, it } from 'vitest';
import { frameHeightMessage } from '$lib/elements/embed/frame-height.js';
import { MAX_FRAME_HEIGHT, heightFromMessage } from '$lib/elements/embed/height-message.js';
import { resizeFramesOnMessage } from '$lib/elements/embed/resize-frames.js';

describe('heightFromMessage(frameHeightMessage(height))', () => {
  it('round-trips a height, rounded up to whole pixels', () => {
    expect(heightFromMessage(frameHeightMessage(412.2))).toBe(413);
  });

  it('ignores other messages and unusable heights', () => {
    for (const data of [
      null,
      'unrolled:height',
      { type: 'other', height: 300 },
      { type: 'unrolled:height', height: '300' },
      { type: 'unrolled:height', height: Number.NaN },
      { type: 'unrolled:height', height: Infinity },
      { type: 'unrolled:height', height: -5 },
      { type: 'unrolled:height', height: 0 }
    ])
      expect(heightFromMessage(data)).toBeUndefined();
  });

  it('caps a runaway height at MAX_FRAME_HEIGHT', () => {
    expect(heightFromMessage({ type: 'unrolled:height', height: 1e9 })).toBe(MAX_FRAME_HEIGHT);
  });
});

describe('resizeFramesOnMessage(window, root)', () => {
  /** A window stand-in that keeps its message listener, and frames with their own content windows. */
  function setup() {
    let listener: ((event: MessageEvent) => void) | undefined;
    const target = {
      addEventListener: (_: string, f: (event: MessageEvent) => void) => (listener = f),
      removeEventListener: () => (listener = undefined)
    } as unknown as Window;
    const frames = [0, 1].map(() => ({ contentWindow: {}, style: { height: '' } }));
    const root = { querySelectorAll: () => frames } as unknown as ParentNode;
    const stop = resizeFramesOnMessage(target, root);
    const send = (data: unknown, source: unknown) =>
      listener?.({ data, source } as unknown as MessageEvent);
    return { frames, send, stop };
  }

  it('sizes only the frame that sent the message', () => {
    const { frames, send } = setup();
    send(frameHeightMessage(321), frames[1]!.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual(['', '321px']);
  });

  it('ignores messages from elsewhere, and everything after stop()', () => {
    const { frames, send, stop } = setup();
    send(frameHeightMessage(321), {});
    send({ type: 'unrolled:height', height: 'tall' }, frames[0]!.contentWindow);
    stop();
    send(frameHeightMessage(200), frames[0]!.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual(['', '']);
  });
});
