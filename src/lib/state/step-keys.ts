/** The index a key press moves to in a row of `count` items from `index` (arrows, Home, End); undefined for other keys. */
export function indexForKey(
  key: string,
  index: number,
  count: number,
  rtl = false
): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return clamp(index + 1);
    case backward:
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
