// Page updates one per rendered frame: each job changes a little state, Svelte applies it, the browser
// draws it, then the next job runs. A run of figure updates that would be one long task on a loaded
// machine becomes several short ones, and the page answers input in between.
import { tick } from 'svelte';

/** Resolves after the browser's next frame has been drawn (or after `fallback` ms in a hidden tab). */
export function afterNextFrame(fallback = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      // A task after the frame's callbacks: the frame's style, layout and paint come first.
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(go);
    // Hidden tabs give no frames.
    setTimeout(go, fallback);
  });
}

/** A queue of page updates, run one per frame in the order added. */
export class PacedUpdates {
  #queue: (() => void)[] = [];
  #running = false;
  #waiting: (() => void)[] = [];

  /** True while jobs are queued or running. */
  get busy(): boolean {
    return this.#running;
  }

  /** Queues a job; it runs after the jobs before it, each in its own frame. */
  add(job: () => void): void {
    this.#queue.push(job);
    if (!this.#running) void this.#drain();
  }

  /** Resolves once every queued job (and every job they queued) has run and been drawn. */
  idle(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Drops the jobs not yet run. */
  clear(): void {
    this.#queue.length = 0;
  }

  async #drain(): Promise<void> {
    this.#running = true;
    // Start in a task of our own, not in the caller's (a message handler, an input event).
    await afterNextFrame();
    while (this.#queue.length > 0) {
      const job = this.#queue.shift()!;
      try {
        job();
      } catch (error) {
        // One broken update must not stop the ones after it; the error still reaches the console.
        setTimeout(() => {
          throw error;
        }, 0);
      }
      // Effects run now, so jobs they queue are seen before the queue is judged empty.
      await tick();
      await afterNextFrame();
    }
    this.#running = false;
    for (const resolve of this.#waiting.splice(0)) resolve();
  }
}
