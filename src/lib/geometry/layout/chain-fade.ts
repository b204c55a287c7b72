// How long a chain cell takes to fade in when the cursor reaches it. A fade longer than a step leaves several cells
// fading at once (30 at 120 steps/s), each one repainted on every frame, for a trail nobody can follow at that speed.

/** The fade a reader stepping by hand sees, in ms. */
export const CELL_FADE_MS = 250;

/** Below this many ms a fade would end within one frame at 60 Hz: no fade at all. */
const FRAME_MS = 1000 / 60;

/**
 * The fade-in of a cell, in ms: CELL_FADE_MS, but never longer than one step of a playback (so at most one cell is
 * fading at a time) and none when steps come faster than frames; 0 under reduced motion.
 */
export function cellFadeMs(playing: boolean, speed: number, reducedMotion: boolean): number {
  if (reducedMotion) return 0;
  if (!playing || !(speed > 0)) return CELL_FADE_MS;
  const step = 1000 / speed;
  return step < FRAME_MS ? 0 : Math.min(CELL_FADE_MS, Math.round(step));
}
