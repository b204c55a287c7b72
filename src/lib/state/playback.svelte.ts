// One playback cursor that every view of a trace follows: the current step, playing or not, and how fast.
import { createContext, onDestroy, untrack } from 'svelte';

/** Options for a new playback cursor. */
export interface PlaybackOptions {
  /** Number of steps (tokens). @default 0 */
  count?: number;
  /** Starting step. @default 0 */
  step?: number;
  /** Steps per second while playing. @default 2 */
  speed?: number;
  /** Start again from the first step after the last. @default false */
  loop?: boolean;
}

/** Speeds offered by the controls, in steps per second. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4, 8] as const;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The shared cursor. Views read `step`; controls call the methods. The `announcement` changes only on deliberate
 * moves (step, seek, pause), never on every frame of playback, so a polite live region can read it.
 */
export class PlaybackState {
  /** The current step, 0-based. */
  step = $state(0);
  /** Number of steps. */
  count = $state(0);
  /** True while playing. */
  playing = $state(false);
  /** Steps per second while playing. */
  speed = $state(2);
  /** Wrap around at the end instead of stopping. */
  loop = $state(false);
  /** A short sentence for screen readers about the current step, updated on deliberate moves only. */
  announcement = $state('');
  /** True when the reader asked for reduced motion: views should not animate and nothing autoplays. */
  reducedMotion = $state(prefersReducedMotion());

  #frame: number | undefined;
  #last = 0;
  #carry = 0;

  constructor(options: PlaybackOptions = {}) {
    this.count = Math.max(0, Math.floor(options.count ?? 0));
    this.step = this.#clamp(options.step ?? 0);
    this.speed = options.speed ?? 2;
    this.loop = options.loop ?? false;
  }

  /** Fraction of the way through, 0 to 1. */
  get progress(): number {
    return this.count <= 1 ? 0 : this.step / (this.count - 1);
  }

  /** True at the last step. */
  get atEnd(): boolean {
    return this.step >= this.count - 1;
  }

  #clamp(step: number): number {
    return Math.min(Math.max(0, this.count - 1), Math.max(0, Math.round(step)));
  }

  #announce(): void {
    this.announcement = this.count === 0 ? 'No steps.' : `Step ${this.step + 1} of ${this.count}.`;
  }

  /** Changes the number of steps (a new trace), keeping the step in range. */
  setCount(count: number): void {
    // Untracked: views sharing this cursor call it from effects, and one showing another trace (of another length)
    // must not re-run every time the other sets its count, or they would set it back and forth forever.
    untrack(() => {
      this.count = Math.max(0, Math.floor(count));
      this.step = this.#clamp(this.step);
      if (this.count <= 1) this.pause();
    });
  }

  /** Jumps to a step. */
  seek(step: number): void {
    this.step = this.#clamp(step);
    this.#announce();
  }

  /** One step forward (stops at the end unless looping). */
  next(): void {
    this.seek(this.atEnd && this.loop ? 0 : this.step + 1);
  }

  /** One step back. */
  previous(): void {
    this.seek(this.step - 1);
  }

  /** To the first step. */
  first(): void {
    this.seek(0);
  }

  /** To the last step. */
  last(): void {
    this.seek(this.count - 1);
  }

  /** Starts playing from the current step (from the start when at the end). */
  play(): void {
    if (this.count <= 1 || this.playing) return;
    if (this.atEnd) this.step = 0;
    this.playing = true;
    this.#carry = 0;
    this.#last = performance.now();
    this.#schedule();
  }

  /** Stops playing where it is. */
  pause(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    if (this.playing) {
      this.playing = false;
      this.#announce();
    }
  }

  /** Play or pause. */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  #schedule(): void {
    this.#frame = requestAnimationFrame((now) => this.#tick(now));
  }

  #tick(now: number): void {
    if (!this.playing) return;
    this.#carry += ((now - this.#last) / 1000) * this.speed;
    this.#last = now;
    const whole = Math.floor(this.#carry);
    if (whole > 0) {
      this.#carry -= whole;
      const target = this.step + whole;
      if (target >= this.count && !this.loop) {
        this.step = this.count - 1;
        this.pause();
        return;
      }
      this.step = target % this.count;
    }
    this.#schedule();
  }

  /** Stops any running animation frame (call when the owner goes away). */
  destroy(): void {
    this.pause();
  }
}

const [getPlayback, setPlayback, hasPlayback] = createContext<PlaybackState>();

/** Shares a playback cursor with every unrolled view below this component. */
export function providePlayback(playback: PlaybackState): PlaybackState {
  return setPlayback(playback);
}

type Lazy<T> = T | (() => T);
const read = <T>(value: Lazy<T>): T => (typeof value === 'function' ? (value as () => T)() : value);

/**
 * The playback cursor given as a prop, else the one shared by an ancestor, else a new private one. Call it once
 * while the component is set up, passing getters so Svelte knows the props are read on purpose at that moment:
 * `const playback = usePlayback(() => props.playback, () => trace.tokens.length)`.
 */
export function usePlayback(
  given: Lazy<PlaybackState | undefined>,
  count: Lazy<number>
): PlaybackState {
  const explicit = read(given);
  if (explicit) return explicit;
  if (hasPlayback()) return getPlayback();
  const own = new PlaybackState({ count: read(count) });
  // A private cursor belongs to this component: stop its animation frames when the component goes.
  onDestroy(() => own.destroy());
  return own;
}
