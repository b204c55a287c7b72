// What an embed frame tells its parent page: its content height. The parent's side is height-message.ts.

/** The message an embed frame posts to its parent whenever its content height changes. */
export function frameHeightMessage(height: number): { type: 'unrolled:height'; height: number } {
  return { type: 'unrolled:height', height: Math.ceil(height) };
}
