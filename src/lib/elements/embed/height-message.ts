// Reading an embed frame's height message on the host page. Kept apart from the frame's code so that
// embed-host.js imports nothing the frame script imports (it must build to one self-contained file).

/** The tallest height, in CSS pixels, a host page will give an embed: a runaway frame cannot grow forever. */
export const MAX_FRAME_HEIGHT = 20_000;

/** The height in an 'unrolled:height' message, or undefined for any other message or an unusable height. */
export function heightFromMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== 'unrolled:height' || typeof height !== 'number' || !Number.isFinite(height))
    return undefined;
  if (height <= 0) return undefined;
  return Math.min(Math.ceil(height), MAX_FRAME_HEIGHT);
}
