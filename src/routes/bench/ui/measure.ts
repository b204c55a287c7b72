// Frame timing for the UI benchmark: frames per second while something plays, and the time a redraw takes.

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value below which `share` of the values fall (nearest rank); NaN for none. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** Resolves in the next animation frame's callbacks, with its timestamp. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves after the frame now being built has been rendered: a message posted from the frame's callbacks is only
 * handled once the browser has done that frame's style, layout and paint. */
export function afterRender(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

/** What counting frames found. */
export interface FrameCount {
  /** Frames per second over the window. */
  fps: number;
  /** Frames counted. */
  frames: number;
  /** Length of the window, ms. */
  elapsedMs: number;
  /** Frames in which `probe` returned something new (e.g. the cursor moved), out of `frames`. */
  changedFrames: number;
  /** 95th percentile of the time between frames, ms. */
  p95FrameMs: number;
  /** Longest time between two frames, ms. */
  worstFrameMs: number;
}

/** Counts animation frames for about `ms` milliseconds, noting in how many of them `probe()` changed. */
export async function countFrames(ms: number, probe: () => unknown): Promise<FrameCount> {
  const start = await nextFrame();
  let last = start;
  let seen = probe();
  let frames = 0;
  let changedFrames = 0;
  const gaps: number[] = [];
  while (last - start < ms) {
    const now = await nextFrame();
    frames++;
    gaps.push(now - last);
    last = now;
    const value = probe();
    if (value !== seen) changedFrames++;
    seen = value;
  }
  const elapsedMs = last - start;
  return {
    fps: (frames * 1000) / elapsedMs,
    frames,
    elapsedMs,
    changedFrames,
    p95FrameMs: percentile(gaps, 0.95),
    worstFrameMs: Math.max(...gaps)
  };
}
